#pragma once

// The inside of Workspace, shared by Workspace.cpp (start, connectivity, refresh) and
// WorkspaceOperations.cpp (the connection page and the writes). Not installed, not for callers.
#include "workspace/Workspace.h"

#include "store/CacheResult.h"
#include "store/CacheSnapshot.h"
#include "workspace/FailureClass.h"
#include "workspace/RetryBackoff.h"
#include "workspace/SecretFingerprints.h"
#include "store/SecretKey.h"
#include "workspace/SnapshotMirror.h"

#include <QPointer>
#include <QTimer>

class NetworkJob;

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
    Private(Workspace *q, const PimInstance &instance, Dependencies dependencies, Options options);

    // Start and connectivity (Workspace.cpp).
    void applyCachedSnapshot(const CacheValue<CacheSnapshot> &loaded);
    void connectToPim();
    void readRememberedPassword();
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void onRefreshRoundEnd(const ApiError &error);
    void applyRefresh(bool complete);
    void retryNow();
    void scheduleRetry();
    void goOnline();
    void goOffline(const ApiError &reason);
    void requirePassword(const ApiError &reason);
    void setConnectivity(Connectivity connectivity, bool reasonChanged = false);
    // What a failed call means (FailureClass.h): goes offline (and tries again later), or asks
    // for a password; returns the class so the caller can fall back to the cache.
    FailureClass noteFailure(const ApiError &error);

    // Bookkeeping.
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
    // Every write starts with these. refuseWrite: when the PIM cannot take a write (offline,
    // read-only), answers writeRefusal() on the next turn of the event loop, with `empty` for
    // the value, and returns true. trackWrite: tracks the job (busy) and, when it fails, notes
    // the failure (connectivity) and answers it with `empty`.
    template<typename Answer, typename... Empty>
    bool refuseWrite(const Answer &answer, Empty... empty)
    {
        if (q->canWrite())
            return false;
        later([answer, error = writeRefusal(), empty...] { answer(error, empty...); });
        return true;
    }
    template<typename Answer, typename... Empty>
    void trackWrite(NetworkJob *job, const Answer &answer, Empty... empty)
    {
        track(job);
        QObject::connect(job, &NetworkJob::failed, q,
                         [this, answer, empty...](const ApiError &error) {
                             noteFailure(error);
                             answer(error, empty...);
                         });
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
    QString addressError;                        // the instance's URL was refused
    RetryBackoff backoff;
    QTimer retryTimer;
    SnapshotMirror mirror;
    SecretFingerprints fingerprints;

    Connectivity connectivity = Connectivity::Starting;
    ApiError offlineReason;
    QDateTime syncedAt;
    bool limitReached = false;

    bool started = false;
    bool snapshotLoaded = false;
    bool awaitingPassword = false;   // passwordRequired() emitted, no password given since
    bool refreshAfterSignIn = false; // the sign-in under way is ours: refresh when it succeeds
    bool signInAgain = false;        // a password came while signing in with the previous one
    bool roundListOk = false;        // the controller's current refresh got the list
    bool busy = false;
    bool destroying = false;
    int tasks = 0;
    // The password typed with "remember", until the PIM has accepted it (then it goes to the
    // keychain) or refused it; wiped either way.
    QString passwordToRemember;

    // Each kind of trouble is told once per workspace (the cache's, the keychain's); the
    // SecretStore tells itself, once, that there is no keychain at all.
    bool cacheNoticeShown = false;
    bool keychainNoticeShown = false;
};
