#pragma once

// The inside of Workspace, shared by Workspace.cpp (construction, state, bookkeeping),
// WorkspaceSync.cpp (start, sign-in, refresh, connectivity: the life cycle, driven by
// WorkspaceStateMachine) and WorkspaceOperations.cpp (the connection page and the writes).
// Not installed, not for callers.
#include "workspace/Workspace.h"

#include "net/NetworkJob.h"
#include "store/CacheResult.h"
#include "store/CacheSnapshot.h"
#include "store/SecretKey.h"
#include "workspace/FailureClass.h"
#include "workspace/RetryBackoff.h"
#include "workspace/SecretFingerprints.h"
#include "workspace/SnapshotMirror.h"
#include "workspace/WorkspaceStateMachine.h"

#include <QPointer>
#include <QTimer>

#include <type_traits>

// Wraps a caller's callback so that it is called only while `context` lives (always when no
// context was given), and not at all when empty.
template<typename... Args>
std::function<void(Args...)> guardedCallback(QObject *context, std::function<void(Args...)> f)
{
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr,
            f = std::move(f)](Args... args) {
        if (!f || (hasContext && !guard))
            return;
        f(args...);
    };
}

class Workspace::Private
{
public:
    using Machine = WorkspaceStateMachine;

    Private(Workspace *q, const PimInstance &instance, Dependencies dependencies, Options options);

    // The life cycle (WorkspaceSync.cpp): every event goes to the state machine, which
    // decides; perform() does what it decided. `error`: the failure, or the offline reason.
    bool dispatch(Machine::Event event, const ApiError &error = {});
    Machine::Facts facts(const ApiError &error = {}) const;
    void perform(Machine::Actions actions, Machine::Event event, const ApiError &error,
                 const Machine::Facts &facts);
    void loadSnapshot();
    void applyCachedSnapshot(const CacheValue<CacheSnapshot> &loaded);
    void readRememberedPassword();
    void acceptSignIn();
    void onSignInFailed(const ApiError &error);
    void onRoundEnded(const ApiError &error);
    void applyRefresh(bool complete);
    // Announces the machine's connectivity when it (or the offline reason) changed.
    void publishConnectivity(bool reasonChanged);
    // What a failed call means (FailureClass.h): goes offline (and tries again later), or asks
    // for a password; returns the class so the caller can fall back to the cache.
    FailureClass noteFailure(const ApiError &error);

    // Bookkeeping (Workspace.cpp).
    void track(NetworkJob *job);
    void beginTask();
    void endTask();
    void updateBusy();
    void noticeOnce(bool *shown, const QString &message);
    // What the cache said when it opened, if the user must know it (set aside, unavailable).
    void tellCacheOpening();
    QDateTime now() const { return clock(); }
    bool canUseNetwork() const;
    ApiError writeRefusal() const;
    // Every write: refused with writeRefusal() on the next turn of the event loop (with
    // `empty` for the value) when the PIM cannot take it (offline, read-only); else the job
    // `make()` returns is tracked (busy), its failure noted (connectivity) and answered with
    // `empty`, and its `succeeded` signal goes to `onSuccess`.
    template<typename Answer, typename Make, typename OnSuccess, typename... Empty>
    void write(const Answer &answer, Make make, OnSuccess onSuccess, Empty... empty)
    {
        if (!q->canWrite()) {
            later([answer, error = writeRefusal(), empty...] { answer(error, empty...); });
            return;
        }
        auto *job = make();
        using Job = std::remove_pointer_t<decltype(job)>;
        track(job);
        QObject::connect(job, &NetworkJob::failed, q,
                         [this, answer, empty...](const ApiError &error) {
                             noteFailure(error);
                             answer(error, empty...);
                         });
        QObject::connect(job, &Job::succeeded, q, std::move(onSuccess));
        job->start();
    }
    // Runs `f` from the event loop (for answers that are known at once).
    void later(std::function<void()> f);

    // The connection page and secrets (WorkspaceOperations.cpp).
    void rememberDetails(const ConnectionDetails &details, const QDateTime &when);
    void storeSecretIfChanged(const QString &code, const QString &secret);
    void readSavedPassword(const QString &code, std::function<void(std::optional<QString>)> done);
    void replaceSavedPassword(const QString &code, const QString &password);
    void forgetSavedPassword(const QString &code);
    void detailsFromCache(const QString &code, Callback<Details> answer);
    void permissionsFromCache(DoneCallback answer);
    void refreshAfterWrite();
    SecretKey adminKey() const;
    SecretKey secretKey(const QString &code) const;
    SecretKey passwordKey(const QString &code) const;

    Workspace *q;
    PimInstance instance;
    ConnectionCache *cache = nullptr;
    SecretStore *secrets = nullptr;
    std::function<QDateTime()> clock;
    Options options;
    PimClient *client = nullptr;                 // child of q
    ConnectionsController *controller = nullptr; // child of q
    Monitoring *monitoring = nullptr;            // child of q; deleted before the client
    Events *events = nullptr;                    // child of q; deleted before the client
    QString addressError;                        // the instance's URL was refused
    RetryBackoff backoff;
    QTimer retryTimer; // runs only in the machine's WaitingToRetry
    SnapshotMirror mirror;
    SecretFingerprints fingerprints;
    SecretFingerprints webhookFingerprints; // the event subscriptions' secrets (Events)

    // The life cycle: phase, our sign-in, the refresh round (WorkspaceStateMachine.h).
    Machine machine;
    // What connectivityChanged() last announced: the machine's, once its actions before the
    // announcement (the refresh's own signals) have run.
    Connectivity announcedConnectivity = Connectivity::Starting;
    ApiError offlineReason; // the last reason given with GoOffline
    QDateTime syncedAt;
    bool limitReached = false;

    // Bookkeeping, outside the life cycle.
    int tasks = 0;              // keychain operations and jobs under way (isBusy())
    bool announcedBusy = false; // what busyChanged() last announced
    // The password typed with "remember", until the PIM has accepted it (then it goes to the
    // keychain) or refused it; wiped either way.
    QString passwordToRemember;
    // Each kind of trouble is told once per workspace (the cache's, the keychain's); the
    // SecretStore tells itself, once, that there is no keychain at all.
    bool cacheNoticeShown = false;
    bool keychainNoticeShown = false;
};
