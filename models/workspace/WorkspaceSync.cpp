// Workspace: the life cycle. Start (the cached snapshot, then the PIM), sign-in, refresh,
// offline and back. What happens is decided by WorkspaceStateMachine (its table is in its
// header); this file turns what happens into its events and does the actions it decides.
#include "workspace/Workspace.h"

#include "items/ConnectionListModel.h"
#include "items/LogoCache.h"
#include "net/PimSession.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "workspace/ConnectionsController.h"
#include "workspace/PimClient.h"
#include "workspace/WorkspaceLogging.h"
#include "workspace/WorkspacePrivate.h"

using Machine = WorkspaceStateMachine;
using Event = Machine::Event;
using Action = Machine::Action;

// The machine -------------------------------------------------------------------------------

Machine::Facts Workspace::Private::facts(const ApiError &error) const
{
    const PimSession *session = client->session();
    Machine::Facts facts;
    facts.failure = FailureClasses::of(error);
    facts.hasPassword = session->hasPassword();
    facts.signedIn = session->isSignedIn();
    facts.signingIn = session->state() == PimSession::State::SigningIn;
    return facts;
}

bool Workspace::Private::dispatch(Event event, const ApiError &error)
{
    const Machine::Facts now = facts(error);
    const Machine::Transition t = machine.handle(event, now);
    if (t.accepted)
        perform(t.actions, event, error, now);
    return t.accepted;
}

void Workspace::Private::perform(Machine::Actions actions, Event event, const ApiError &error,
                                 const Machine::Facts &facts)
{
    PimSession *session = client->session();
    if (actions & Action::ForgetPassword) {
        // Never remember a password the PIM refused, nor try it again.
        SecretStore::wipe(passwordToRemember);
        session->forgetPassword();
    }
    if (actions & Action::EndSession) {
        SecretStore::wipe(passwordToRemember);
        controller->cancel();
        session->signOut();
        client->logos()->setSession(nullptr);
    }
    if (actions & Action::ApplyRefresh)
        applyRefresh(!error.isError());
    if (actions & (Action::StopRetry | Action::GoOnline))
        retryTimer.stop();
    if (actions & (Action::ResetBackoff | Action::GoOnline))
        backoff.reset();

    // SignedOut with no password known, from a call: "none is known", not a refusal.
    const bool noneKnown = (event == Event::CallFailed || event == Event::RoundEnded) &&
                           error.kind == ApiError::Kind::SignedOut && !facts.hasPassword;
    const ApiError reason = noneKnown ? ApiError() : error;
    bool reasonChanged = false;
    if (actions & Action::GoOnline) {
        reasonChanged = offlineReason.isError();
        offlineReason = ApiError();
    }
    if (actions & Action::GoOffline) {
        const ApiError offline =
            reason.isError() ? reason : ApiError::make(ApiError::Kind::SignedOut);
        reasonChanged =
            offlineReason.kind != offline.kind || offlineReason.httpStatus != offline.httpStatus;
        offlineReason = offline;
        qCInfo(lcWorkspace) << "offline:" << ApiError::kindName(offline.kind) << offline.detail;
    }
    publishConnectivity(reasonChanged);
    if (actions & Action::AskPassword)
        emit q->passwordRequired(reason);
    if (actions & Action::ScheduleRetry) {
        const auto delay = backoff.next();
        qCInfo(lcWorkspace) << "offline; trying again in" << delay.count() << "ms";
        retryTimer.start(delay);
    }
    if (actions & Action::AcceptSignIn)
        acceptSignIn();
    if (actions & Action::ReportError)
        emit q->errorOccurred(error);
    if (actions & Action::ReadKeychain)
        readRememberedPassword();
    if (actions & Action::StartSignIn)
        session->signIn();
    if (actions & Action::RefreshList)
        controller->refresh(); // coalesced with one under way (it runs again after it)
    if (actions & Action::LoadSnapshot)
        loadSnapshot();
}

void Workspace::Private::publishConnectivity(bool reasonChanged)
{
    const Connectivity next = machine.connectivity();
    if (machine.phase() == Machine::Phase::Closing ||
        (next == announcedConnectivity && !reasonChanged))
        return;
    const bool couldWrite = q->canWrite();
    announcedConnectivity = next;
    emit q->connectivityChanged(next);
    if (q->canWrite() != couldWrite)
        emit q->canWriteChanged(!couldWrite);
}

// Start ---------------------------------------------------------------------------------------

void Workspace::start()
{
    d->dispatch(Event::Start);
}

void Workspace::Private::loadSnapshot()
{
    qCInfo(lcWorkspace) << "starting" << instance.name << (options.forceOffline ? "offline" : "");
    // The cache may have opened before this workspace existed: what it had to say still
    // matters here.
    if (cache->openResult())
        later([this] { tellCacheOpening(); });
    // With the logos' thumbnails decoded at the size the tiles draw them: the overview is first
    // drawn with them, not with placeholders the logos then replace.
    ConnectionCache::ThumbnailDecoding decoding;
    if (options.loadLogos)
        decoding = {client->logos()->tileBound(), &LogoCache::decodeThumbnailAhead};
    cache->loadSnapshot(
        instance.id, q,
        [this](const CacheValue<CacheSnapshot> &loaded) { applyCachedSnapshot(loaded); }, decoding);
}

void Workspace::Private::applyCachedSnapshot(const CacheValue<CacheSnapshot> &loaded)
{
    if (!loaded.ok()) {
        qCWarning(lcWorkspace) << "no cached snapshot:" << loaded.error;
        noticeOnce(&cacheNoticeShown, loaded.error);
    }
    const CacheSnapshot &snapshot = loaded.value;
    if (options.loadLogos) {
        // Decoded off the GUI thread; the rows find them when they ask (see LogoCache). The
        // tile-sized thumbnails where the cache has them: no full-size logo at start. Those the
        // prefetch decoded (at start, while the window was built) are drawn at once.
        for (auto it = snapshot.logoThumbnails.cbegin(); it != snapshot.logoThumbnails.cend(); ++it)
            client->logos()->insertThumbnail(
                it.key(), it.value(), snapshot.decodedThumbnails.value(it.key()).value<QImage>(),
                snapshot.decodedThumbnailBound);
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

    // Forced offline: stays there. A refused address: offline with why. Else the PIM: with the
    // password given to setPassword(), or the remembered one.
    dispatch(Event::SnapshotLoaded,
             addressError.isEmpty() ? ApiError()
                                    : ApiError::make(ApiError::Kind::Malformed, 0, addressError));
}

void Workspace::Private::readRememberedPassword()
{
    beginTask();
    secrets->read(adminKey(), q, [this](const SecretResult &result) {
        endTask();
        const bool found = result.ok() && !result.value.isEmpty();
        const Event event = found ? Event::RememberedPassword : Event::NoRememberedPassword;
        // A password typed meanwhile wins (its sign-in is under way), and signOut() ends this.
        if (!machine.peek(event, facts()).accepted)
            return;
        if (found) {
            qCInfo(lcWorkspace) << "signing in with the remembered password";
            client->session()->setCredentials(instance.username, result.value);
        } else if (result.status != SecretResult::Status::NotFound) {
            noticeOnce(&keychainNoticeShown, result.message());
        }
        dispatch(event);
    });
}

// Sign-in -------------------------------------------------------------------------------------

void Workspace::setPassword(const QString &password, bool remember)
{
    SecretStore::wipe(d->passwordToRemember);
    if (remember)
        d->passwordToRemember = password;
    d->client->session()->setCredentials(d->instance.username, password);
    d->dispatch(Event::PasswordGiven); // before start(): start() signs in with it
}

void Workspace::Private::acceptSignIn()
{
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
}

void Workspace::Private::onSignInFailed(const ApiError &error)
{
    qCInfo(lcWorkspace) << "sign-in failed:" << ApiError::kindName(error.kind);
    // A refused password is asked again with the refusal as the reason; an unreachable PIM is
    // tried again later, and the password typed with "remember" stays until a sign-in gives
    // an answer about it.
    dispatch(Event::SignInFailed, error);
}

void Workspace::signOut()
{
    d->dispatch(Event::SignOut, ApiError::make(ApiError::Kind::SignedOut));
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

// Refresh -------------------------------------------------------------------------------------

void Workspace::refresh()
{
    d->dispatch(Event::RefreshAsked);
}

void Workspace::Private::onRoundEnded(const ApiError &error)
{
    if (machine.state().listArrived && error.isError()) {
        // The list came, the wrong credentials or the limit did not: the next refresh brings
        // them; a refusal is still worth telling.
        qCInfo(lcWorkspace) << "partial refresh:" << ApiError::kindName(error.kind);
    }
    dispatch(Event::RoundEnded, error);
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
    dispatch(Event::CallFailed, error);
    return FailureClasses::of(error);
}
