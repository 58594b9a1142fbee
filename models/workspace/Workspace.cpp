// Workspace: construction, what it says about itself, and the bookkeeping shared by the rest.
// The life cycle (start, sign-in, refresh, connectivity) is in WorkspaceSync.cpp, driven by
// WorkspaceStateMachine; the connection page and the writes are in WorkspaceOperations.cpp.
#include "workspace/Workspace.h"

#include "items/ConnectionListModel.h"
#include "items/LogoCache.h"
#include "net/NetworkJob.h"
#include "net/PimSession.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "workspace/ConnectionsController.h"
#include "workspace/Events.h"
#include "workspace/Monitoring.h"
#include "workspace/PimClient.h"
#include "workspace/WorkspaceLogging.h"
#include "workspace/WorkspacePrivate.h"

using Event = WorkspaceStateMachine::Event;

Workspace::Private::Private(Workspace *q, const PimInstance &instance, Dependencies dependencies,
                            Options options)
    : q(q)
    , instance(instance)
    , cache(dependencies.cache)
    , secrets(dependencies.secrets)
    , clock(dependencies.clock ? std::move(dependencies.clock)
                               : [] { return QDateTime::currentDateTimeUtc(); })
    , options(options)
    , backoff(options.retryInterval, options.maxRetryInterval)
{
    client = new PimClient(dependencies.network, q);
    controller = new ConnectionsController(client, q);
    controller->setClock(clock);
    // No logo is downloaded before the PIM has been reached (and never when forced offline or
    // without logos): a logo request with no session only serves what is in memory.
    client->logos()->setSession(nullptr);
    if (!client->session()->setBaseUrl(instance.baseUrl.toString(), &addressError) &&
        addressError.isEmpty())
        addressError = tr("The PIM's address is not valid.");
    machine = Machine({options.forceOffline, addressError.isEmpty()});
    retryTimer.setSingleShot(true);
}

Workspace::Workspace(const PimInstance &instance, Dependencies dependencies, Options options,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, instance, std::move(dependencies), options))
{
    Q_ASSERT(d->cache && d->secrets);
    PimSession *session = d->client->session();

    connect(&d->retryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcWorkspace) << "trying the PIM again";
        d->dispatch(Event::RetryDue);
    });
    connect(session, &PimSession::signedIn, this, [this] { d->dispatch(Event::SignedIn); });
    connect(session, &PimSession::signInFailed, this,
            [this](const ApiError &error) { d->onSignInFailed(error); });
    connect(session, &PimSession::stateChanged, this, [this] { d->updateBusy(); });

    connect(d->controller, &ConnectionsController::busyChanged, this, [this] { d->updateBusy(); });
    connect(d->controller, &ConnectionsController::lastRefreshedChanged, this,
            [this] { d->dispatch(Event::ListArrived); });
    connect(d->controller, &ConnectionsController::refreshed, this,
            [this] { d->onRoundEnded(ApiError()); });
    connect(d->controller, &ConnectionsController::errorOccurred, this,
            [this](const ApiError &error) { d->onRoundEnded(error); });

    connect(d->client->logos(), &LogoCache::logoDownloaded, this,
            [this](const QString &path, const QByteArray &bytes) {
                d->cache->storeLogo(d->instance.id, path, bytes);
            });
    connect(d->client->logos(), &LogoCache::thumbnailMade, this,
            [this](const QString &path, const QByteArray &png) {
                d->cache->storeLogoThumbnail(d->instance.id, path, png);
            });
    // A connection's page wants the full logo: the offline cache has it when it has its
    // thumbnail.
    d->client->logos()->setEncodedSource(
        [this](const QString &path, std::function<void(const QByteArray &)> done) {
            d->cache->loadLogo(d->instance.id, path, this,
                               [done](const CacheValue<QByteArray> &loaded) {
                                   done(loaded.ok() ? loaded.value : QByteArray());
                               });
        });

    if (!d->cache->openResult())
        connect(d->cache, &ConnectionCache::opened, this, [this] { d->tellCacheOpening(); });
    connect(d->cache, &ConnectionCache::writeFailed, this,
            [this](const QString &message) { d->noticeOnce(&d->cacheNoticeShown, message); });
    connect(d->secrets, &SecretStore::keychainUnavailable, this, &Workspace::notice);
    d->monitoring = new Monitoring(this);
    d->events = new Events(this);
}

Workspace::~Workspace()
{
    // The jobs go first (PimClient deletes them: they abort and emit nothing), then the
    // controller, whose jobs are then gone; nothing reports to this object any more.
    d->dispatch(Event::Close);
    delete d->events; // before the client and the monitoring it asks about Apps
    d->events = nullptr;
    delete d->monitoring; // before the client: its jobs and downloads go with it
    d->monitoring = nullptr;
    disconnect(d->client->session(), nullptr, this, nullptr);
    disconnect(d->controller, nullptr, this, nullptr);
    disconnect(d->client->logos(), nullptr, this, nullptr);
    delete d->client;
    d->client = nullptr;
    delete d->controller;
    d->controller = nullptr;
    SecretStore::wipe(d->passwordToRemember);
}

const PimInstance &Workspace::instance() const
{
    return d->instance;
}

LogoCache *Workspace::logos() const
{
    return d->client->logos();
}

Monitoring *Workspace::monitoring() const
{
    return d->monitoring;
}

Events *Workspace::events() const
{
    return d->events;
}

ConnectionListModel *Workspace::model() const
{
    return d->controller->model();
}

// Bookkeeping -------------------------------------------------------------------------------

void Workspace::Private::track(NetworkJob *job)
{
    beginTask();
    connect(job, &NetworkJob::finished, q, [this] { endTask(); });
}

void Workspace::Private::beginTask()
{
    ++tasks;
    updateBusy();
}

void Workspace::Private::endTask()
{
    Q_ASSERT(tasks > 0);
    --tasks;
    updateBusy();
}

void Workspace::Private::updateBusy()
{
    if (machine.phase() == Machine::Phase::Closing)
        return;
    const bool now = tasks > 0 || controller->isBusy() ||
                     client->session()->state() == PimSession::State::SigningIn;
    if (now == announcedBusy)
        return;
    announcedBusy = now;
    emit q->busyChanged(announcedBusy);
}

void Workspace::Private::tellCacheOpening()
{
    const std::optional<CacheOpenResult> opened = cache->openResult();
    if (!opened)
        return;
    switch (opened->status) {
    case CacheOpenResult::Status::Unavailable:
        // No offline copy: true of every PIM opened, so told by each workspace.
        noticeOnce(&cacheNoticeShown, opened->message);
        break;
    case CacheOpenResult::Status::Reset:
        // The file set aside: told once per run, by the first workspace that opens.
        if (cache->claimSetAsideNotice())
            noticeOnce(&cacheNoticeShown, opened->message);
        break;
    case CacheOpenResult::Status::Opened:
    case CacheOpenResult::Status::Created:
    case CacheOpenResult::Status::Migrated:
        break;
    }
}

void Workspace::Private::noticeOnce(bool *shown, const QString &message)
{
    if (*shown || message.isEmpty())
        return;
    *shown = true;
    emit q->notice(message);
}

void Workspace::Private::later(std::function<void()> f)
{
    QTimer::singleShot(0, q, std::move(f));
}

bool Workspace::Private::canUseNetwork() const
{
    return !options.forceOffline && announcedConnectivity == Connectivity::Online;
}

ApiError Workspace::Private::writeRefusal() const
{
    return ApiError::make(ApiError::Kind::Offline, 0, q->writeDisabledReason());
}

SecretKey Workspace::Private::adminKey() const
{
    return SecretKey::adminPassword(instance.baseUrl, instance.username);
}

SecretKey Workspace::Private::secretKey(const QString &code) const
{
    return SecretKey::connectionSecret(instance.baseUrl, code);
}

SecretKey Workspace::Private::passwordKey(const QString &code) const
{
    return SecretKey::connectionPassword(instance.baseUrl, code);
}

// State ---------------------------------------------------------------------------------------

Workspace::Connectivity Workspace::connectivity() const
{
    return d->announcedConnectivity;
}

ApiError Workspace::offlineReason() const
{
    if (d->announcedConnectivity != Connectivity::Offline || d->options.forceOffline)
        return {};
    return d->offlineReason;
}

bool Workspace::isForcedOffline() const
{
    return d->options.forceOffline;
}

QDateTime Workspace::syncedAt() const
{
    return d->syncedAt;
}

bool Workspace::isBusy() const
{
    return d->announcedBusy;
}

bool Workspace::canWrite() const
{
    return d->canUseNetwork();
}

QString Workspace::writeDisabledReason() const
{
    if (canWrite())
        return {};
    if (d->options.forceOffline)
        return tr("Working offline: changes are made on the PIM, so they are not possible now.");
    switch (d->announcedConnectivity) {
    case Connectivity::Starting:
    case Connectivity::Connecting:
        return tr("Connecting to the PIM… Changes are possible once it has answered.");
    case Connectivity::Online:
        return {};
    case Connectivity::Offline:
        break;
    }
    switch (FailureClasses::of(d->offlineReason)) {
    case FailureClass::NeedsPassword:
        return tr("Sign in to the PIM to make changes.");
    case FailureClass::Unreachable:
    case FailureClass::Refused:
    case FailureClass::Ignored:
        break;
    }
    return tr("The PIM cannot be reached (%1). Changes are possible again once it answers.")
        .arg(ApiError::kindName(d->offlineReason.kind));
}

bool Workspace::limitReached() const
{
    return d->limitReached;
}

WrongCredentials Workspace::wrongCredentials() const
{
    return d->controller->model()->wrongCredentials();
}

QList<UserRole> Workspace::roles() const
{
    return d->mirror.snapshot().roles.value_or(QList<UserRole>());
}

QList<UserGroup> Workspace::groups() const
{
    return d->mirror.snapshot().groups.value_or(QList<UserGroup>());
}
