// Workspace: construction, start, sign-in, refresh and connectivity. The connection page and
// the writes are in WorkspaceOperations.cpp.
#include "workspace/Workspace.h"

#include "store/ConnectionCache.h"
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "items/LogoCache.h"
#include "net/NetworkJob.h"
#include "workspace/PimClient.h"
#include "net/PimSession.h"
#include "store/SecretStore.h"
#include "workspace/WorkspaceLogging.h"
#include "workspace/WorkspacePrivate.h"

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
    retryTimer.setSingleShot(true);
}

Workspace::Workspace(const PimInstance &instance, Dependencies dependencies, Options options,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, instance, std::move(dependencies), options))
{
    Q_ASSERT(d->cache && d->secrets);
    PimSession *session = d->client->session();

    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->retryNow(); });
    connect(session, &PimSession::signedIn, this, [this] { d->onSignedIn(); });
    connect(session, &PimSession::signInFailed, this,
            [this](const ApiError &error) { d->onSignInFailed(error); });
    connect(session, &PimSession::stateChanged, this, [this] { d->updateBusy(); });

    connect(d->controller, &ConnectionsController::busyChanged, this, [this] { d->updateBusy(); });
    connect(d->controller, &ConnectionsController::lastRefreshedChanged, this,
            [this] { d->roundListOk = true; });
    connect(d->controller, &ConnectionsController::refreshed, this,
            [this] { d->onRefreshRoundEnd(ApiError()); });
    connect(d->controller, &ConnectionsController::errorOccurred, this,
            [this](const ApiError &error) { d->onRefreshRoundEnd(error); });

    connect(d->client->logos(), &LogoCache::logoDownloaded, this,
            [this](const QString &path, const QByteArray &bytes) {
                d->cache->storeLogo(d->instance.id, path, bytes);
            });

    if (!d->cache->openResult())
        connect(d->cache, &ConnectionCache::opened, this, [this] { d->tellCacheOpening(); });
    connect(d->cache, &ConnectionCache::writeFailed, this,
            [this](const QString &message) { d->noticeOnce(&d->cacheNoticeShown, message); });
    connect(d->secrets, &SecretStore::keychainUnavailable, this, &Workspace::notice);
}

Workspace::~Workspace()
{
    // The jobs go first (PimClient deletes them: they abort and emit nothing), then the
    // controller, whose jobs are then gone; nothing reports to this object any more.
    d->destroying = true;
    d->retryTimer.stop();
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

PimClient *Workspace::client() const
{
    return d->client;
}

ConnectionListModel *Workspace::model() const
{
    return d->controller->model();
}

void Workspace::start()
{
    if (d->started)
        return;
    d->started = true;
    qCInfo(lcWorkspace) << "starting" << d->instance.name
                        << (d->options.forceOffline ? "offline" : "");
    // The cache may have opened before this workspace existed: what it had to say still
    // matters here.
    if (d->cache->openResult())
        d->later([this] { d->tellCacheOpening(); });
    d->cache->loadSnapshot(d->instance.id, this, [this](const CacheValue<CacheSnapshot> &loaded) {
        d->applyCachedSnapshot(loaded);
    });
}

void Workspace::Private::applyCachedSnapshot(const CacheValue<CacheSnapshot> &loaded)
{
    if (!loaded.ok()) {
        qCWarning(lcWorkspace) << "no cached snapshot:" << loaded.error;
        noticeOnce(&cacheNoticeShown, loaded.error);
    }
    const CacheSnapshot &snapshot = loaded.value;
    if (options.loadLogos) {
        // Decoded off the GUI thread; the rows find them when they ask (see LogoCache).
        for (auto it = snapshot.logos.cbegin(); it != snapshot.logos.cend(); ++it)
            client->logos()->insertEncoded(it.key(), it.value());
    }
    QList<Connection> connections;
    connections.reserve(snapshot.connections.size());
    for (const CachedConnection &c : snapshot.connections)
        connections.append(c.connection);
    ConnectionListModel *model = controller->model();
    model->setConnections(connections);
    model->setWrongCredentials(snapshot.wrongCredentials);
    mirror.reset(snapshot);

    snapshotLoaded = true;
    qCInfo(lcWorkspace) << "cached snapshot:" << connections.size() << "connections, synced"
                        << snapshot.syncedAt;
    if (snapshot.maxLimitReached.value_or(false) != limitReached) {
        limitReached = !limitReached;
        emit q->limitReachedChanged(limitReached);
    }
    if (!snapshot.wrongCredentials.isEmpty())
        emit q->wrongCredentialsChanged();
    if (snapshot.syncedAt.isValid()) {
        syncedAt = snapshot.syncedAt;
        emit q->syncedAtChanged(syncedAt);
    }
    emit q->snapshotLoaded();

    if (options.forceOffline) {
        setConnectivity(Connectivity::Offline);
        return;
    }
    connectToPim();
}

void Workspace::Private::connectToPim()
{
    if (!addressError.isEmpty()) {
        goOffline(ApiError::make(ApiError::Kind::Malformed, 0, addressError));
        return;
    }
    if (connectivity != Connectivity::Online)
        setConnectivity(Connectivity::Connecting);
    if (client->session()->hasPassword()) {
        refreshAfterSignIn = true;
        client->session()->signIn();
        return;
    }
    readRememberedPassword();
}

void Workspace::Private::readRememberedPassword()
{
    beginTask();
    secrets->read(adminKey(), q, [this](const SecretResult &result) {
        endTask();
        // A password typed meanwhile (setPassword) wins: its sign-in is under way.
        if (client->session()->hasPassword())
            return;
        if (result.ok() && !result.value.isEmpty()) {
            qCInfo(lcWorkspace) << "signing in with the remembered password";
            client->session()->setCredentials(instance.username, result.value);
            refreshAfterSignIn = true;
            client->session()->signIn();
            return;
        }
        if (result.status != SecretResult::Status::NotFound)
            noticeOnce(&keychainNoticeShown, result.message());
        requirePassword(ApiError());
    });
}

void Workspace::setPassword(const QString &password, bool remember)
{
    SecretStore::wipe(d->passwordToRemember);
    if (remember)
        d->passwordToRemember = password;
    d->awaitingPassword = false;
    PimSession *session = d->client->session();
    session->setCredentials(d->instance.username, password);
    if (!d->started || !d->snapshotLoaded || d->options.forceOffline)
        return; // start() signs in with it
    if (!d->addressError.isEmpty())
        return;
    d->retryTimer.stop();
    d->backoff.reset();
    if (d->connectivity != Connectivity::Online)
        d->setConnectivity(Connectivity::Connecting);
    d->refreshAfterSignIn = true;
    if (session->state() == PimSession::State::SigningIn) {
        d->signInAgain = true; // the sign-in under way uses the previous password
        return;
    }
    session->signIn();
}

void Workspace::Private::onSignedIn()
{
    if (std::exchange(signInAgain, false)) {
        client->session()->signIn();
        return;
    }
    awaitingPassword = false;
    if (!passwordToRemember.isEmpty()) {
        // Only now that the PIM accepted it; store() replaces a password remembered before.
        beginTask();
        secrets->store(adminKey(), passwordToRemember, q, [this](const SecretResult &result) {
            endTask();
            if (!result.ok())
                noticeOnce(&keychainNoticeShown, result.message());
        });
        SecretStore::wipe(passwordToRemember);
    }
    emit q->signedIn();
    // A sign-in that renewed an expired session for a job: the job repeats its own call.
    if (std::exchange(refreshAfterSignIn, false))
        controller->refresh();
}

void Workspace::Private::onSignInFailed(const ApiError &error)
{
    if (std::exchange(signInAgain, false)) {
        client->session()->signIn();
        return;
    }
    refreshAfterSignIn = false;
    qCInfo(lcWorkspace) << "sign-in failed:" << ApiError::kindName(error.kind);
    switch (FailureClasses::of(error)) {
    case FailureClass::Ignored:
        return;
    case FailureClass::NeedsPassword:
        // Never remember a password the PIM refused, nor try it again: ask for another one.
        SecretStore::wipe(passwordToRemember);
        client->session()->forgetPassword();
        requirePassword(error);
        return;
    case FailureClass::Unreachable:
    case FailureClass::Refused:
        // Not signed in, whatever the reason: the PIM cannot be used. The password typed with
        // "remember" stays until a sign-in gives an answer about it.
        goOffline(error);
        scheduleRetry();
        return;
    }
}

void Workspace::refresh()
{
    if (!d->started || !d->snapshotLoaded || d->options.forceOffline || !d->addressError.isEmpty())
        return;
    PimSession *session = d->client->session();
    d->retryTimer.stop();
    d->backoff.reset();
    if (session->isSignedIn()) {
        d->controller->refresh();
        return;
    }
    if (!session->hasPassword()) {
        d->awaitingPassword = false; // ask again
        d->requirePassword(ApiError());
        return;
    }
    d->refreshAfterSignIn = true;
    session->signIn();
}

void Workspace::Private::retryNow()
{
    if (options.forceOffline || awaitingPassword)
        return;
    PimSession *session = client->session();
    qCInfo(lcWorkspace) << "trying the PIM again";
    if (session->isSignedIn()) {
        controller->refresh();
    } else if (session->hasPassword()) {
        refreshAfterSignIn = true;
        session->signIn();
    } else {
        requirePassword(ApiError());
    }
}

void Workspace::Private::scheduleRetry()
{
    if (options.forceOffline || awaitingPassword || retryTimer.isActive())
        return;
    const auto delay = backoff.next();
    qCInfo(lcWorkspace) << "offline; trying again in" << delay.count() << "ms";
    retryTimer.start(delay);
}

void Workspace::Private::onRefreshRoundEnd(const ApiError &error)
{
    const bool listOk = std::exchange(roundListOk, false);
    if (listOk) {
        applyRefresh(!error.isError());
        goOnline();
        if (error.isError()) {
            // The list came, the wrong credentials or the limit did not: the next refresh
            // brings them; a refusal is still worth telling.
            qCInfo(lcWorkspace) << "partial refresh:" << ApiError::kindName(error.kind);
            if (FailureClasses::of(error) == FailureClass::Refused)
                emit q->errorOccurred(error);
        }
        return;
    }
    if (noteFailure(error) == FailureClass::Refused) {
        // The PIM answered: it can be reached, it refused the list.
        if (connectivity == Connectivity::Connecting)
            goOnline();
        emit q->errorOccurred(error);
    }
}

void Workspace::Private::applyRefresh(bool complete)
{
    const ConnectionListModel *model = controller->model();
    const QList<Connection> connections = model->connections();
    const WrongCredentials wrong = model->wrongCredentials();
    const WrongCredentials wrongBefore = mirror.snapshot().wrongCredentials;
    // The limit only when its own call answered in this refresh; otherwise the cache keeps the
    // value it has.
    const std::optional<bool> limit =
        complete ? std::optional<bool>(controller->limitReached()) : std::nullopt;
    QStringList vanished;
    const CacheSnapshot snapshot =
        mirror.applyRefresh(connections, wrong, limit, controller->lastRefreshed(), &vanished);
    cache->replaceSnapshot(instance.id, snapshot);

    // Deleted elsewhere (the web UI, another client): their keychain entries go too.
    for (const QString &code : std::as_const(vanished)) {
        qCInfo(lcWorkspace) << "connection" << code << "is gone: forgetting its secrets";
        fingerprints.forget(code);
        beginTask();
        secrets->removeConnection(instance.baseUrl, code, q,
                                  [this](const SecretResult &) { endTask(); });
    }

    if (limit && *limit != limitReached) {
        limitReached = *limit;
        emit q->limitReachedChanged(limitReached);
    }
    if (wrong != wrongBefore)
        emit q->wrongCredentialsChanged();
    syncedAt = snapshot.syncedAt;
    emit q->syncedAtChanged(syncedAt);

    if (options.loadLogos) {
        LogoCache *logos = client->logos();
        logos->setSession(client->session());
        for (const Connection &connection : connections)
            logos->request(connection.image); // nothing for those in memory or on their way
    }
}

FailureClass Workspace::Private::noteFailure(const ApiError &error)
{
    const FailureClass failure = FailureClasses::of(error);
    switch (failure) {
    case FailureClass::Ignored:
    case FailureClass::Refused:
        break;
    case FailureClass::Unreachable:
        goOffline(error);
        scheduleRetry();
        break;
    case FailureClass::NeedsPassword:
        // SignedOut with no password known: "none is known", not a refusal.
        requirePassword(error.kind == ApiError::Kind::SignedOut && !client->session()->hasPassword()
                            ? ApiError()
                            : error);
        break;
    }
    return failure;
}

void Workspace::Private::goOnline()
{
    retryTimer.stop();
    backoff.reset();
    awaitingPassword = false;
    const bool reasonChanged = offlineReason.isError();
    offlineReason = ApiError();
    setConnectivity(Connectivity::Online, reasonChanged);
}

void Workspace::Private::goOffline(const ApiError &reason)
{
    const bool reasonChanged =
        offlineReason.kind != reason.kind || offlineReason.httpStatus != reason.httpStatus;
    offlineReason = reason;
    if (reason.isError())
        qCInfo(lcWorkspace) << "offline:" << ApiError::kindName(reason.kind) << reason.detail;
    setConnectivity(Connectivity::Offline, reasonChanged);
}

void Workspace::Private::requirePassword(const ApiError &reason)
{
    retryTimer.stop();
    if (awaitingPassword)
        return; // already asked (a refused sign-in, then the calls that waited for it)
    awaitingPassword = true;
    goOffline(reason.isError() ? reason : ApiError::make(ApiError::Kind::SignedOut));
    emit q->passwordRequired(reason);
}

void Workspace::Private::setConnectivity(Connectivity next, bool reasonChanged)
{
    if (next == connectivity && !reasonChanged)
        return;
    const bool couldWrite = q->canWrite();
    connectivity = next;
    emit q->connectivityChanged(next);
    if (q->canWrite() != couldWrite)
        emit q->canWriteChanged(!couldWrite);
}

void Workspace::signOut()
{
    d->retryTimer.stop();
    d->refreshAfterSignIn = false;
    d->signInAgain = false;
    SecretStore::wipe(d->passwordToRemember);
    d->controller->cancel();
    d->client->session()->signOut();
    d->client->logos()->setSession(nullptr);
    if (d->started && d->snapshotLoaded && !d->options.forceOffline)
        d->goOffline(ApiError::make(ApiError::Kind::SignedOut));
}

void Workspace::forgetRememberedPassword(QObject *context, Callback<SecretResult> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->beginTask();
    d->secrets->remove(d->adminKey(), this, [this, answer](const SecretResult &result) {
        d->endTask();
        answer(ApiError(), result);
    });
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
    if (destroying)
        return;
    const bool now = tasks > 0 || controller->isBusy() ||
                     client->session()->state() == PimSession::State::SigningIn;
    if (now == busy)
        return;
    busy = now;
    emit q->busyChanged(busy);
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
    return !options.forceOffline && connectivity == Connectivity::Online;
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
    return d->connectivity;
}

ApiError Workspace::offlineReason() const
{
    if (d->connectivity != Connectivity::Offline || d->options.forceOffline)
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
    return d->busy;
}

bool Workspace::canWrite() const
{
    return !d->options.forceOffline && d->connectivity == Connectivity::Online;
}

QString Workspace::writeDisabledReason() const
{
    if (canWrite())
        return {};
    if (d->options.forceOffline)
        return tr("Working offline: changes are made on the PIM, so they are not possible now.");
    switch (d->connectivity) {
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
