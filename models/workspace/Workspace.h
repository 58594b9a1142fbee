#pragma once

#include "domain/ApiError.h"
#include "domain/Connection.h"
#include "domain/Permissions.h"
#include "domain/WrongCredentials.h"
#include "store/PimInstance.h"
#include "store/SecretResult.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class ConnectionCache;
class ConnectionListModel;
class ConnectionsController;
class Events;
class LogoCache;
class Monitoring;
class PimNetworkAccessManager;
class SecretStore;

// One PIM instance as the window and the CLI use it: the network client (models/net), the list
// model, the offline cache (models/store) and the keychain, behind one object. No widgets.
//
// Reads work offline: the model is filled from the cache first, before any network call, then
// refreshed from the PIM; the connection page reads its details from the PIM, or from the cache
// (and the secret from the keychain) when the PIM cannot be reached. Writes need the PIM: when
// it cannot be reached, canWrite() is false and writeDisabledReason() says why.
//
// Every operation answers once through its callback, later (never from inside the call), on
// this object's thread, and only while `context` lives (a null context: always). A failure is an
// ApiError; success is an ApiError whose isError() is false. A write refused because the PIM
// cannot be used is ApiError::Kind::Offline, with writeDisabledReason() as its message.
//
// Connectivity: Starting → Connecting → Online; Offline when the PIM cannot be reached (network,
// timeout, a refused certificate, an answer that is not a PIM's, a gateway's 502/503/504: see
// FailureClass.h), with offlineReason() saying why; the refresh is then tried again with a
// growing delay, and the workspace goes back Online by itself at the next successful refresh
// (refresh() tries at once). While a password is needed (none known, or the PIM refused it),
// the workspace is Offline too, with offlineReason() SignedOut or SignInRefused, and does not
// try again until setPassword(). Reading (the model, loadDetails, loadPermissions) works in
// every state, from the cache when not Online. The whole life cycle, state by state and event
// by event, is WorkspaceStateMachine's table (WorkspaceStateMachine.h).
//
// What it keeps where (docs/pim-api.md §2 and §3; ../shared/style.md):
//  - after every successful refresh, the instance's snapshot is replaced in the cache in one
//    transaction (list, wrong credentials marks, limit flag, synced time); details fetched for
//    a page, roles and groups, and downloaded logos are stored as they arrive;
//  - no secret or password ever goes to the cache: the connection's secret goes to the
//    keychain (when Options::keepSecretsInKeychain), the administrator's password only when
//    the user asked to remember it, a one-time password only through savePassword();
//  - regenerating replaces what the keychain holds; deleting a connection removes its cache
//    rows and keychain entries.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Connectivity {
        Starting,   // the cached snapshot is loading; nothing asked of the PIM yet
        Connecting, // signing in or refreshing for the first time
        Online,     // the last refresh succeeded
        Offline,    // the PIM cannot be reached (or --offline): showing the cached snapshot
    };
    Q_ENUM(Connectivity)

    struct Dependencies
    {
        ConnectionCache *cache = nullptr;           // required
        SecretStore *secrets = nullptr;             // required
        PimNetworkAccessManager *network = nullptr; // null: the workspace makes its own
        std::function<QDateTime()> clock;           // null: the current UTC time
    };

    struct Options
    {
        bool forceOffline = false;         // --offline: never call the PIM
        bool keepSecretsInKeychain = true; // the setting "keep secrets for offline use"
        // While offline (not forced), the refresh is tried again after this delay, doubling up
        // to maxRetryInterval, so the window goes back online by itself.
        std::chrono::milliseconds retryInterval{std::chrono::seconds(30)};
        std::chrono::milliseconds maxRetryInterval{std::chrono::minutes(5)};
        // Show the logos: decode the cached ones and download the missing ones once online (the
        // CLI, which draws none, turns this off: no image is decoded nor downloaded).
        bool loadLogos = true;
    };

    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    // What the connection page shows. `fromCache` when read offline: then the secret is the
    // one kept in the keychain (empty when none is kept) and `details.credentials.password`
    // is empty; `savedPassword` is a one-time password the user saved in the keychain.
    // `credentialsKnown` is false for a connection never opened while online: the cache only
    // has its list fields (code, label, flow type, image, auditable), so client id, username,
    // role and group are empty; the page shows what is known and says the rest needs the PIM.
    struct Details
    {
        ConnectionDetails details;
        bool fromCache = false;
        QDateTime fetchedAt; // UTC; from the cache: when the details (or the list) were fetched
        bool secretAvailable = false;
        std::optional<QString> savedPassword;
        bool credentialsKnown = true;
    };

    Workspace(const PimInstance &instance, Dependencies dependencies, Options options,
              QObject *parent = nullptr);
    ~Workspace() override;

    const PimInstance &instance() const;
    ConnectionListModel *model() const;
    // The connections' logos (what the model's rows show): a screen asks for one with
    // request() and hears logoReady(); they are downloaded only once the PIM has been reached.
    LogoCache *logos() const;
    // The Data flows dashboard, the business errors and the connected Apps of this PIM.
    Monitoring *monitoring() const;
    // The event subscriptions and event logs of this PIM's connections (docs/pim-api.md §8).
    Events *events() const;

    // Loads the cached snapshot into the model (snapshotLoaded), then, unless forced offline,
    // signs in and refreshes: with the password given to setPassword() if any, else the one
    // remembered in the keychain; without either, passwordRequired() asks for one.
    void start();
    // The password typed in the sign-in dialog (or PIM_PASSWORD); `remember` stores it in the
    // keychain once the PIM has accepted it. Signs in and refreshes when started.
    void setPassword(const QString &password, bool remember);
    // Refreshes now (when offline: tries the PIM at once and starts the delays again; when a
    // password is needed: passwordRequired() again). Nothing when forced offline.
    void refresh();
    // Signs out of the PIM and forgets the password in memory (not the keychain).
    void signOut();
    // Forgets the remembered administrator password in the keychain (the value says how it
    // went; NotFound when none was remembered).
    void forgetRememberedPassword(QObject *context = nullptr, Callback<SecretResult> done = {});

    Connectivity connectivity() const;
    // Why the PIM cannot be reached (when Offline and not forced); no error otherwise.
    ApiError offlineReason() const;
    bool isForcedOffline() const;
    // When what the model shows was last fetched from the PIM (invalid: never).
    QDateTime syncedAt() const;
    // Signing in, refreshing, a write, or a keychain operation it started is under way. The CLI
    // waits for this to be false before quitting, so that nothing it started is cut short.
    bool isBusy() const;
    bool canWrite() const;
    QString writeDisabledReason() const; // translated, for tooltips; empty when canWrite()
    bool limitReached() const;
    WrongCredentials wrongCredentials() const;
    QList<UserRole> roles() const;
    QList<UserGroup> groups() const;

    // The connection page.
    void loadDetails(const QString &code, QObject *context, Callback<Details> done);
    // Roles and groups: from the PIM when online (and cached), else from the cache; then read
    // roles() and groups(). Offline and never fetched: an Offline error.
    void loadPermissions(QObject *context, DoneCallback done);

    // Writes (refused with an error when !canWrite()). Each refreshes the list afterwards.
    // The created connection comes with its one-time password.
    void createConnection(const QString &code, const QString &label, FlowType flowType,
                          QObject *context, Callback<ConnectionDetails> done);
    void updateConnection(const ConnectionUpdate &update, QObject *context, DoneCallback done);
    // Uploads a local image file; the answer is the PIM's file path, for ConnectionUpdate::image.
    void uploadImage(const QString &localFile, QObject *context, Callback<QString> done);
    void deleteConnection(const QString &code, QObject *context, DoneCallback done);
    // The details again, with the new secret.
    void regenerateSecret(const QString &code, QObject *context, Callback<ConnectionDetails> done);
    // The new one-time password.
    void regeneratePassword(const QString &code, QObject *context, Callback<QString> done);
    // "Save in keychain", offered where a one-time password is shown once. Works offline too.
    // The error is always None: the SecretResult says how the keychain answered.
    void savePassword(const QString &code, const QString &password, QObject *context,
                      Callback<SecretResult> done);
    // The setting "keep connection secrets in the keychain for offline use" (on by
    // default). Turned off, the secrets this workspace kept are removed from the keychain (the
    // one-time passwords the user saved on purpose stay); `done` gets the first keychain failure,
    // or Ok. Turned on, secrets are kept again as connections are opened or regenerated.
    bool keepsSecretsInKeychain() const;
    void setKeepSecretsInKeychain(bool keep, QObject *context = nullptr,
                                  std::function<void(const SecretResult &)> done = {});
    // Asks the PIM's API for a token with these credentials and calls it (docs/pim-api.md §5).
    void testCredentials(const Credentials &credentials, const QString &password, QObject *context,
                         DoneCallback done);

signals:
    // The cached snapshot is in the model (possibly empty: first use).
    void snapshotLoaded();
    void connectivityChanged(Workspace::Connectivity connectivity);
    void syncedAtChanged(const QDateTime &syncedAt);
    void busyChanged(bool busy);
    void canWriteChanged(bool canWrite);
    void limitReachedChanged(bool reached);
    void wrongCredentialsChanged();
    // The window should ask for the administrator's password: none is known, or the PIM
    // refused it (`reason` is then SignInRefused).
    void passwordRequired(const ApiError &reason);
    void signedIn();
    // A failure the user should see that is not "offline" (a server error, a refused refresh).
    void errorOccurred(const ApiError &error);
    // Something to tell the user once (translated): the cache was set aside, there is no
    // keychain and secrets stay in memory, a keychain write failed...
    void notice(const QString &message);

private:
    friend class Monitoring; // uses the network, the cache and the connectivity
    friend class Events;     // the same, and the keychain
    friend struct WorkspaceReads;
    class Private;
    std::unique_ptr<Private> d;
};
