// Workspace: one PIM instance as the window and the CLI use it. The cached overview comes
// first, then the PIM; offline it reads the cache and the keychain, refuses writes with a reason
// and comes back by itself; what it fetches goes to the cache without secrets, and secrets go to
// the keychain only.
#include "store/ConnectionCache.h"
#include "items/ConnectionListModel.h"
#include "FakeConnectionsPim.h"
#include "FakeSecretBackend.h"
#include "items/LogoCache.h"
#include "workspace/PimClient.h"
#include "store/SecretStore.h"
#include "SwitchableNetwork.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Connectivity = Workspace::Connectivity;

namespace {

const QDateTime fixedNow(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
const QUrl pimUrl(u"https://pim.test"_s);

// Waits for a callback's answer.
template<typename T> struct Answer
{
    std::optional<std::pair<ApiError, T>> result;
    Workspace::Callback<T> callback()
    {
        return [this](const ApiError &error, const T &value) {
            result.emplace(error, value);
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    ApiError error() const { return result ? result->first : ApiError(); }
    T value() const { return result ? result->second : T(); }
};

struct Done
{
    std::optional<ApiError> result;
    Workspace::DoneCallback callback()
    {
        return [this](const ApiError &error) {
            result = error;
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

const char *kindText(Kind kind)
{
    static QByteArray text;
    text = ApiError::kindName(kind).toUtf8();
    return text.constData();
}

} // namespace

Q_DECLARE_METATYPE(FakeAnswer)

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cachedSnapshotIsShownBeforeAnyRequest();
    void withoutPasswordItAsksForOne();
    void startsWithTheRememberedPassword();
    void rememberedOnlyOnceThePimAcceptedIt();
    void refusedPasswordAsksAgainWithTheReason();
    void refreshWritesTheSnapshot();
    void connectionDeletedElsewhereLeavesTheKeychain();
    void offlineAfterNetworkFailureThenBackByItself();
    void unreachableKinds_data();
    void unreachableKinds();
    void refusedListIsAnErrorNotOffline();
    void forcedOfflineMakesNoRequest();
    void detailsOnlineAreCachedWithoutSecret();
    void detailsOfflineComeFromCacheAndKeychain();
    void detailsOfflineOfAConnectionNeverOpened();
    void createUpdateRegenerateDelete();
    void regeneratedPasswordIsSavedOnlyIfOneWas();
    void secretsAreNotKeptWhenTheSettingSaysSo();
    void turningTheSettingOffRemovesKeptSecrets();
    void permissionsOnlineThenOffline();
    void keychainFailuresAreToldOnce();
    void noKeychainIsToldOnce();
    void cacheSetAsideIsTold();
    void cacheSetAsideBeforeTheWorkspaceIsToldOncePerRun();
    void signOutForgetsThePasswordInMemory();

private:
    Workspace *makeWorkspace(Workspace::Options options = {});
    Workspace::Options fastRetries() const;
    void seedCache(const CacheSnapshot &snapshot);
    CacheSnapshot cachedSnapshot();
    std::optional<CachedConnection> cached(const QString &code)
    {
        const CacheSnapshot snapshot = cachedSnapshot();
        const CachedConnection *found = snapshot.find(code);
        return found ? std::optional<CachedConnection>(*found) : std::nullopt;
    }
    bool startOnline(Workspace *workspace);
    bool waitIdle(Workspace *workspace);
    QString keychain(const SecretKey &key) const
    {
        return m_keychain->entries.value(key.toString());
    }
    bool inKeychain(const SecretKey &key) const
    {
        return m_keychain->entries.contains(key.toString());
    }
    QByteArray cacheFileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cachePath;
    SwitchableNetwork *m_network = nullptr;
    std::unique_ptr<FakeConnectionsPim> m_pim;
    ConnectionCache *m_cache = nullptr;
    FakeSecretBackend *m_keychain = nullptr; // owned by m_secrets
    SecretStore *m_secrets = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PimInstance m_instance;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cachePath = m_dir->filePath(u"cache.sqlite"_s);
    m_network = new SwitchableNetwork;
    m_pim = std::make_unique<FakeConnectionsPim>(m_network);
    m_pim->add(u"erp"_s, u"ERP"_s, FlowType::Source, u"a/b/c/d/1f_erp.png"_s);
    m_pim->add(u"shop"_s, u"Shop"_s, FlowType::Destination);
    m_cache = new ConnectionCache(m_cachePath);
    auto backend = std::make_unique<FakeSecretBackend>();
    m_keychain = backend.get();
    m_secrets = new SecretStore(std::move(backend));
    m_secrets->setTimeout(std::chrono::seconds(5));
    m_instance = PimInstance{u"instance-1"_s, u"Test PIM"_s, pimUrl, u"admin"_s};
}

void TestWorkspace::cleanup()
{
    m_tester.reset();
    delete m_workspace;
    m_workspace = nullptr;
    delete m_secrets;
    delete m_cache;
    m_pim.reset();
    delete m_network;
    m_dir.reset();
}

Workspace::Options TestWorkspace::fastRetries() const
{
    Workspace::Options options;
    options.retryInterval = std::chrono::milliseconds(20);
    options.maxRetryInterval = std::chrono::milliseconds(80);
    return options;
}

Workspace *TestWorkspace::makeWorkspace(Workspace::Options options)
{
    Workspace::Dependencies deps;
    deps.cache = m_cache;
    deps.secrets = m_secrets;
    deps.network = m_network;
    deps.clock = [] {
        return fixedNow;
    };
    m_workspace = new Workspace(m_instance, deps, options);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_workspace->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_workspace;
}

void TestWorkspace::seedCache(const CacheSnapshot &snapshot)
{
    bool stored = false;
    QObject context;
    m_cache->replaceSnapshot(m_instance.id, snapshot, &context, [&](const CacheStatus &status) {
        QVERIFY2(status.ok(), qPrintable(status.error));
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
}

CacheSnapshot TestWorkspace::cachedSnapshot()
{
    std::optional<CacheSnapshot> loaded;
    QObject context;
    m_cache->loadSnapshot(m_instance.id, &context,
                          [&](const CacheValue<CacheSnapshot> &value) { loaded = value.value; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 5000))
        return {};
    return *loaded;
}

bool TestWorkspace::startOnline(Workspace *workspace)
{
    m_keychain->entries.insert(SecretKey::adminPassword(pimUrl, u"admin"_s).toString(),
                               m_pim->auth.password);
    workspace->start();
    return QTest::qWaitFor(
               [workspace] { return workspace->connectivity() == Connectivity::Online; }, 5000) &&
           waitIdle(workspace);
}

bool TestWorkspace::waitIdle(Workspace *workspace)
{
    return QTest::qWaitFor([workspace] { return !workspace->isBusy(); }, 5000);
}

QByteArray TestWorkspace::cacheFileBytes()
{
    // Everything queued is written when the cache closes.
    m_tester.reset();
    delete m_workspace;
    m_workspace = nullptr;
    delete m_cache;
    m_cache = nullptr;
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
        QFile file(m_cachePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    m_cache = new ConnectionCache(m_cachePath);
    return bytes;
}

void TestWorkspace::cachedSnapshotIsShownBeforeAnyRequest()
{
    CacheSnapshot cached;
    Connection old;
    old.code = u"old"_s;
    old.label = u"Old one"_s;
    old.image = u"x/old.png"_s;
    cached.connections = {CachedConnection::fromListItem(old)};
    cached.logos.insert(u"x/old.png"_s, FakeConnectionsPim::logoBytes());
    cached.wrongCredentials.byCode.insert(u"old"_s, {{u"someone"_s, fixedNow.addDays(-3)}});
    cached.maxLimitReached = true;
    cached.syncedAt = fixedNow.addDays(-1);
    seedCache(cached);

    Workspace *workspace = makeWorkspace();
    QCOMPARE(workspace->connectivity(), Connectivity::Starting);
    int requestsWhenLoaded = -1;
    int rowsWhenLoaded = -1;
    connect(workspace, &Workspace::snapshotLoaded, this, [&] {
        requestsWhenLoaded = int(m_network->requests().size());
        rowsWhenLoaded = workspace->model()->rowCount();
    });
    QSignalSpy loaded(workspace, &Workspace::snapshotLoaded);
    QVERIFY(startOnline(workspace));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(requestsWhenLoaded, 0);
    QCOMPARE(rowsWhenLoaded, 1);

    // Then the PIM's list replaced it in place, and its state came along.
    QCOMPARE(workspace->model()->connections().size(), 2);
    QCOMPARE(workspace->model()->connectionAt(0).code, u"erp"_s);
    QVERIFY(!workspace->limitReached());
    QVERIFY(workspace->wrongCredentials().isEmpty());
    QCOMPARE(workspace->syncedAt(), fixedNow);
}

void TestWorkspace::withoutPasswordItAsksForOne()
{
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    QVERIFY(!asked.first().first().value<ApiError>().isError()); // none known, nothing refused
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QVERIFY(m_network->requests().isEmpty());
    QVERIFY(!workspace->canWrite());
    QVERIFY(!workspace->writeDisabledReason().isEmpty());

    QSignalSpy signedIn(workspace, &Workspace::signedIn);
    workspace->setPassword(m_pim->auth.password, false);
    QVERIFY(signedIn.wait());
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(workspace->canWrite());
    QVERIFY(workspace->writeDisabledReason().isEmpty());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s))); // not asked to remember
    QCOMPARE(asked.size(), 1);
}

void TestWorkspace::startsWithTheRememberedPassword()
{
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    QSignalSpy states(workspace, &Workspace::connectivityChanged);
    QVERIFY(startOnline(workspace));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(m_pim->auth.successfulSignIns(), 1);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states[0][0].value<Connectivity>(), Connectivity::Connecting);
    QCOMPARE(states[1][0].value<Connectivity>(), Connectivity::Online);
    QCOMPARE(workspace->model()->rowCount(), 2);
}

void TestWorkspace::rememberedOnlyOnceThePimAcceptedIt()
{
    const SecretKey admin = SecretKey::adminPassword(pimUrl, u"admin"_s);
    m_keychain->entries.insert(admin.toString(), u"an old password"_s);
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    QCOMPARE(asked.last().first().value<ApiError>().kind, Kind::SignInRefused);

    workspace->setPassword(u"wrong too"_s, true);
    QVERIFY(asked.wait());
    QCOMPARE(asked.size(), 2);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(admin), u"an old password"_s); // a refused password is not remembered

    workspace->setPassword(m_pim->auth.password, true);
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(admin), m_pim->auth.password); // replaced once accepted
}

void TestWorkspace::refusedPasswordAsksAgainWithTheReason()
{
    m_keychain->entries.insert(SecretKey::adminPassword(pimUrl, u"admin"_s).toString(),
                               u"not it"_s);
    Workspace *workspace = makeWorkspace(fastRetries());
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    const ApiError reason = asked.first().first().value<ApiError>();
    QCOMPARE(reason.kind, Kind::SignInRefused);
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->offlineReason().kind, Kind::SignInRefused);
    QCOMPARE(workspace->writeDisabledReason(),
             Workspace::tr("Sign in to the PIM to make changes."));
    // No retry with a password the PIM refused: it waits for a new one.
    QTest::qWait(200);
    QCOMPARE(m_pim->auth.loginChecks(), 1);
    QCOMPARE(asked.size(), 1);
    // Asking to refresh asks for the password again.
    workspace->refresh();
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(m_pim->auth.loginChecks(), 1);
}

void TestWorkspace::refreshWritesTheSnapshot()
{
    m_pim->limitReached = true;
    m_pim->wrongCredentials.byCode.insert(u"shop"_s, {{u"erp_0001"_s, fixedNow.addDays(-2)}});
    Workspace *workspace = makeWorkspace();
    QSignalSpy limit(workspace, &Workspace::limitReachedChanged);
    QSignalSpy marks(workspace, &Workspace::wrongCredentialsChanged);
    QVERIFY(startOnline(workspace));
    QCOMPARE(limit.size(), 1);
    QVERIFY(workspace->limitReached());
    QCOMPARE(marks.size(), 1);
    QVERIFY(workspace->wrongCredentials().contains(u"shop"_s));

    // The downloaded logo goes to the cache too.
    QTRY_VERIFY(workspace->client()->logos()->contains(u"a/b/c/d/1f_erp.png"_s));
    QTRY_VERIFY(cachedSnapshot().logos.contains(u"a/b/c/d/1f_erp.png"_s));

    const CacheSnapshot snapshot = cachedSnapshot();
    QCOMPARE(snapshot.codes(), (QStringList{u"erp"_s, u"shop"_s}));
    QCOMPARE(snapshot.connections[0].connection, m_pim->connections[0].connection);
    QCOMPARE(snapshot.wrongCredentials, m_pim->wrongCredentials);
    QCOMPARE(snapshot.maxLimitReached, std::optional<bool>(true));
    QCOMPARE(snapshot.syncedAt, fixedNow);
    QCOMPARE(snapshot.logos.value(u"a/b/c/d/1f_erp.png"_s), FakeConnectionsPim::logoBytes());

    // A later refresh replaces it.
    m_pim->add(u"pim_app"_s, u"Another"_s, FlowType::Other);
    m_pim->limitReached = false;
    workspace->refresh();
    QVERIFY(limit.wait());
    QVERIFY(waitIdle(workspace));
    QTRY_COMPARE(cachedSnapshot().codes(), (QStringList{u"erp"_s, u"shop"_s, u"pim_app"_s}));
    QCOMPARE(cachedSnapshot().maxLimitReached, std::optional<bool>(false));
    QCOMPARE(workspace->model()->rowCount(), 3);
}

void TestWorkspace::connectionDeletedElsewhereLeavesTheKeychain()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    Answer<Workspace::Details> details;
    workspace->loadDetails(u"shop"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(inKeychain(SecretKey::connectionSecret(pimUrl, u"shop"_s)));
    m_keychain->entries.insert(SecretKey::connectionPassword(pimUrl, u"shop"_s).toString(),
                               u"saved"_s);

    m_pim->connections.removeLast(); // deleted in the web UI
    workspace->refresh();
    QTRY_COMPARE(workspace->model()->rowCount(), 1);
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"shop"_s)));
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"shop"_s)));
    QCOMPARE(cachedSnapshot().codes(), QStringList{u"erp"_s});
}

void TestWorkspace::offlineAfterNetworkFailureThenBackByItself()
{
    CacheSnapshot cached;
    Connection c;
    c.code = u"cached"_s;
    c.label = u"Cached"_s;
    cached.connections = {CachedConnection::fromListItem(c)};
    cached.syncedAt = fixedNow.addDays(-1);
    seedCache(cached);
    m_keychain->entries.insert(SecretKey::adminPassword(pimUrl, u"admin"_s).toString(),
                               m_pim->auth.password);
    m_network->down = true;

    Workspace *workspace = makeWorkspace(fastRetries());
    QSignalSpy states(workspace, &Workspace::connectivityChanged);
    QSignalSpy canWrite(workspace, &Workspace::canWriteChanged);
    QSignalSpy errors(workspace, &Workspace::errorOccurred);
    workspace->start();
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->offlineReason().kind, Kind::Network);
    // What the window and the CLI show names the address that was tried.
    QVERIFY2(workspace->offlineReason().message().startsWith(u"Cannot reach https://pim.test:"_s),
             qPrintable(workspace->offlineReason().message()));
    QVERIFY(!workspace->canWrite());
    QVERIFY(workspace->writeDisabledReason().contains(ApiError::kindName(Kind::Network)));
    QCOMPARE(workspace->model()->rowCount(), 1); // the cached overview stays
    QCOMPARE(workspace->syncedAt(), fixedNow.addDays(-1));

    // Writes are refused with the reason, without a request.
    Answer<ConnectionDetails> created;
    workspace->createConnection(u"new_one"_s, u"New one"_s, FlowType::Other, this,
                                created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.error().kind, Kind::Offline);
    QCOMPARE(created.error().message(), workspace->writeDisabledReason());
    Done deleted;
    workspace->deleteConnection(u"cached"_s, this, deleted.callback());
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.result->kind, Kind::Offline);
    for (const QString &tried : std::as_const(m_network->triedWhileDown)) // retries only
        QVERIFY2(tried.startsWith(u"GET "_s), qPrintable(tried));
    QVERIFY(m_network->requestsTo("POST", u"/rest/connections"_s).isEmpty());

    // It tries again by itself, with growing delays, and comes back when the PIM answers.
    QTRY_VERIFY(m_network->refusedWhileDown >= 3);
    m_network->down = false;
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(workspace->canWrite());
    QVERIFY(!workspace->offlineReason().isError());
    QCOMPARE(workspace->model()->rowCount(), 2);
    QCOMPARE(workspace->syncedAt(), fixedNow);
    QCOMPARE(states.first().first().value<Connectivity>(), Connectivity::Connecting);
    QCOMPARE(states.last().first().value<Connectivity>(), Connectivity::Online);
    QCOMPARE(canWrite.size(), 1);
    QCOMPARE(errors.size(), 0); // offline is not an error to report
}

void TestWorkspace::unreachableKinds_data()
{
    QTest::addColumn<FakeAnswer>("loginPage");
    QTest::addColumn<int>("kind");
    QTest::newRow("refused certificate")
        << FakeAnswer::tls(QSslError::SelfSignedCertificate) << int(Kind::Tls);
    QTest::newRow("not a PIM") << FakeAnswer::html(200, "<html><body>Hotel Wi-Fi</body></html>")
                               << int(Kind::Malformed);
    QTest::newRow("gateway down") << FakeAnswer::html(503, "<html>Service Unavailable</html>")
                                  << int(Kind::Server);
    QTest::newRow("reset") << FakeAnswer::failure(QNetworkReply::RemoteHostClosedError, u"closed"_s)
                           << int(Kind::Network);
}

void TestWorkspace::unreachableKinds()
{
    QFETCH(FakeAnswer, loginPage);
    QFETCH(int, kind);
    m_network->setHandler("GET", u"/user/login"_s,
                          [loginPage](const RecordedRequest &) { return loginPage; });
    Workspace::Options options;
    options.retryInterval = std::chrono::seconds(60); // no retry during the test
    Workspace *workspace = makeWorkspace(options);
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    QSignalSpy errors(workspace, &Workspace::errorOccurred);
    workspace->setPassword(m_pim->auth.password, false);
    workspace->start();
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Offline);
    QVERIFY2(workspace->offlineReason().kind == Kind(kind),
             kindText(workspace->offlineReason().kind));
    QVERIFY(!workspace->offlineReason().message().isEmpty());
    QVERIFY(!workspace->canWrite());
    QCOMPARE(asked.size(), 0);
    QCOMPARE(errors.size(), 0);
}

void TestWorkspace::refusedListIsAnErrorNotOffline()
{
    m_pim->auth.protect("GET", u"/rest/connections"_s,
                        FakeAnswer::html(500, "<html>Internal Server Error</html>"));
    Workspace *workspace = makeWorkspace();
    QSignalSpy errors(workspace, &Workspace::errorOccurred);
    QVERIFY(startOnline(workspace));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, Kind::Server);
    QVERIFY(workspace->canWrite());
    QVERIFY(!workspace->syncedAt().isValid()); // nothing was synced
}

void TestWorkspace::forcedOfflineMakesNoRequest()
{
    CacheSnapshot cached;
    ConnectionDetails erp = m_pim->connections[0];
    cached.connections = {CachedConnection::fromDetails(erp, fixedNow)};
    cached.logos.insert(erp.connection.image, FakeConnectionsPim::logoBytes());
    cached.roles = m_pim->roles;
    cached.groups = m_pim->groups;
    cached.syncedAt = fixedNow;
    seedCache(cached);
    m_keychain->entries.insert(SecretKey::adminPassword(pimUrl, u"admin"_s).toString(),
                               m_pim->auth.password);
    m_network->forbidden = true;

    Workspace::Options options = fastRetries();
    options.forceOffline = true;
    Workspace *workspace = makeWorkspace(options);
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    QSignalSpy loaded(workspace, &Workspace::snapshotLoaded);
    workspace->start();
    QVERIFY(loaded.wait());
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QVERIFY(workspace->isForcedOffline());
    QVERIFY(!workspace->offlineReason().isError());
    QVERIFY(!workspace->canWrite());
    QVERIFY(!workspace->writeDisabledReason().isEmpty());
    QCOMPARE(workspace->model()->rowCount(), 1);
    // The cached logo is shown, none is downloaded.
    QTRY_VERIFY(workspace->client()->logos()->contains(erp.connection.image));

    workspace->setPassword(m_pim->auth.password, true);
    workspace->refresh();
    Answer<Workspace::Details> details;
    workspace->loadDetails(u"erp"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(!details.error().isError());
    QVERIFY(details.value().fromCache);
    Done permissions;
    workspace->loadPermissions(this, permissions.callback());
    QVERIFY(permissions.wait());
    QVERIFY(!permissions.result->isError());
    QCOMPARE(workspace->roles(), m_pim->roles);
    Answer<QString> regenerated;
    workspace->regeneratePassword(u"erp"_s, this, regenerated.callback());
    QVERIFY(regenerated.wait());
    QCOMPARE(regenerated.error().kind, Kind::Offline);
    Done tested;
    workspace->testCredentials(erp.credentials, u"pw"_s, this, tested.callback());
    QVERIFY(tested.wait());
    QCOMPARE(tested.result->kind, Kind::Offline);

    QTest::qWait(150); // several retry intervals: none may happen
    QCOMPARE(m_network->requests().size(), 0);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
}

void TestWorkspace::detailsOnlineAreCachedWithoutSecret()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    const ConnectionDetails server = m_pim->connections[0];

    Answer<Workspace::Details> details;
    workspace->loadDetails(u"erp"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(!details.error().isError());
    QVERIFY(!details.value().fromCache);
    QVERIFY(details.value().credentialsKnown);
    QVERIFY(details.value().secretAvailable);
    QCOMPARE(details.value().fetchedAt, fixedNow);
    QCOMPARE(details.value().details.credentials.secret, server.credentials.secret);
    QVERIFY(!details.value().savedPassword);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(SecretKey::connectionSecret(pimUrl, u"erp"_s)), server.credentials.secret);

    // The same secret again: the keychain is read (saved password) but not written.
    const int calls = m_keychain->calls;
    Answer<Workspace::Details> again;
    workspace->loadDetails(u"erp"_s, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(m_keychain->calls, calls + 1);

    const std::optional<CachedConnection> erp = cached(u"erp"_s);
    QVERIFY(erp);
    QVERIFY(erp->hasDetails);
    QCOMPARE(erp->clientId, server.credentials.clientId);
    QCOMPARE(erp->username, server.credentials.username);
    QCOMPARE(erp->detailsFetchedAt, fixedNow);

    const QByteArray bytes = cacheFileBytes();
    QVERIFY(bytes.contains(server.credentials.clientId.toUtf8()));
    QVERIFY(!bytes.contains(server.credentials.secret.toUtf8()));
    QVERIFY(!bytes.contains(m_pim->auth.password.toUtf8()));
}

void TestWorkspace::detailsOfflineComeFromCacheAndKeychain()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    Answer<Workspace::Details> online;
    workspace->loadDetails(u"erp"_s, this, online.callback());
    QVERIFY(online.wait());
    Answer<SecretResult> saved;
    workspace->savePassword(u"erp"_s, u"1a2b3c4d5"_s, this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(saved.value().ok());
    QVERIFY(waitIdle(workspace));

    // The PIM goes away while the page is open: the next read comes from the cache.
    m_network->down = true;
    Answer<Workspace::Details> offline;
    workspace->loadDetails(u"erp"_s, this, offline.callback());
    QVERIFY(offline.wait());
    QVERIFY(!offline.error().isError());
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    const Workspace::Details d = offline.value();
    QVERIFY(d.fromCache);
    QVERIFY(d.credentialsKnown);
    QVERIFY(d.secretAvailable);
    QCOMPARE(d.fetchedAt, fixedNow);
    QCOMPARE(d.details.connection, m_pim->connections[0].connection);
    QCOMPARE(d.details.credentials.clientId, m_pim->connections[0].credentials.clientId);
    QCOMPARE(d.details.credentials.secret, m_pim->connections[0].credentials.secret);
    QVERIFY(!d.details.credentials.password);
    QCOMPARE(d.savedPassword, std::optional<QString>(u"1a2b3c4d5"_s));
}

void TestWorkspace::detailsOfflineOfAConnectionNeverOpened()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    m_tester.reset();
    delete m_workspace;
    Workspace::Options options;
    options.forceOffline = true;
    workspace = makeWorkspace(options);
    workspace->start();
    QTRY_COMPARE(workspace->model()->rowCount(), 2);

    Answer<Workspace::Details> shop;
    workspace->loadDetails(u"shop"_s, this, shop.callback());
    QVERIFY(shop.wait());
    QVERIFY(!shop.error().isError());
    QVERIFY(shop.value().fromCache);
    QVERIFY(!shop.value().credentialsKnown);
    QVERIFY(!shop.value().secretAvailable);
    QCOMPARE(shop.value().details.connection.label, u"Shop"_s);
    QVERIFY(shop.value().details.credentials.clientId.isEmpty());
    QCOMPARE(shop.value().fetchedAt, fixedNow); // the list's sync time

    Answer<Workspace::Details> unknown;
    workspace->loadDetails(u"nowhere"_s, this, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown.error().kind, Kind::Offline);
    QVERIFY(unknown.error().message().contains(u"nowhere"_s));

    Done permissions; // never fetched
    workspace->loadPermissions(this, permissions.callback());
    QVERIFY(permissions.wait());
    QCOMPARE(permissions.result->kind, Kind::Offline);
}

void TestWorkspace::createUpdateRegenerateDelete()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));

    // Create: the answer has the one-time password; the secret goes to the keychain only.
    Answer<ConnectionDetails> created;
    workspace->createConnection(u"magento"_s, u"Magento"_s, FlowType::Destination, this,
                                created.callback());
    QVERIFY(created.wait());
    QVERIFY2(!created.error().isError(), qPrintable(created.error().message()));
    const ConnectionDetails fresh = created.value();
    QVERIFY(fresh.credentials.password && !fresh.credentials.password->isEmpty());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(workspace->model()->rowCount(), 3); // the list was refreshed
    QCOMPARE(keychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)), fresh.credentials.secret);
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"magento"_s))); // only if saved
    QVERIFY(cached(u"magento"_s) && cached(u"magento"_s)->hasDetails);

    Answer<SecretResult> saved;
    workspace->savePassword(u"magento"_s, *fresh.credentials.password, this, saved.callback());
    QVERIFY(saved.wait());
    QCOMPARE(keychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)),
             *fresh.credentials.password);

    // Update: the PIM, then the cache and the overview.
    ConnectionUpdate update = ConnectionUpdate::from(fresh);
    update.label = u"Magento 2"_s;
    update.userRoleId = u"2"_s;
    Done updated;
    workspace->updateConnection(update, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY(!updated.result->isError());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(m_pim->find(u"magento"_s)->connection.label, u"Magento 2"_s);
    QCOMPARE(workspace->model()->connectionAt(2).label, u"Magento 2"_s);
    QTRY_COMPARE(cached(u"magento"_s).value_or(CachedConnection()).userRoleId, u"2"_s);

    // Regenerate the secret: the keychain gets the new one.
    Answer<ConnectionDetails> secret;
    workspace->regenerateSecret(u"magento"_s, this, secret.callback());
    QVERIFY(secret.wait());
    QVERIFY(!secret.error().isError());
    QVERIFY(secret.value().credentials.secret != fresh.credentials.secret);
    QCOMPARE(secret.value().credentials.secret, m_pim->find(u"magento"_s)->credentials.secret);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)),
             secret.value().credentials.secret);

    // Regenerate the password: the saved one is replaced.
    Answer<QString> password;
    workspace->regeneratePassword(u"magento"_s, this, password.callback());
    QVERIFY(password.wait());
    QCOMPARE(password.value(), *m_pim->find(u"magento"_s)->credentials.password);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)), password.value());

    // A refusal is reported as the PIM said it.
    Answer<ConnectionDetails> duplicate;
    workspace->createConnection(u"magento"_s, u"Magento again"_s, FlowType::Other, this,
                                duplicate.callback());
    QVERIFY(duplicate.wait());
    QCOMPARE(duplicate.error().kind, Kind::Validation);
    QCOMPARE(duplicate.error().fieldMessage(u"code"_s),
             ValidationKeys::message(ValidationKeys::codeMustBeUnique()));
    QVERIFY(workspace->canWrite());

    // Delete: the PIM, the cache, the keychain, the overview.
    Done deleted;
    workspace->deleteConnection(u"magento"_s, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY(!deleted.result->isError());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!m_pim->find(u"magento"_s));
    QCOMPARE(workspace->model()->rowCount(), 2);
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)));
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)));
    QVERIFY(!cached(u"magento"_s));

    const QByteArray bytes = cacheFileBytes();
    QVERIFY(!bytes.contains(fresh.credentials.secret.toUtf8()));
    QVERIFY(!bytes.contains(secret.value().credentials.secret.toUtf8()));
    QVERIFY(!bytes.contains(password.value().toUtf8()));
    QVERIFY(!bytes.contains(fresh.credentials.password->toUtf8()));
}

void TestWorkspace::regeneratedPasswordIsSavedOnlyIfOneWas()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    Answer<QString> password;
    workspace->regeneratePassword(u"erp"_s, this, password.callback());
    QVERIFY(password.wait());
    QVERIFY(!password.error().isError());
    QVERIFY(!password.value().isEmpty());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"erp"_s)));
}

void TestWorkspace::secretsAreNotKeptWhenTheSettingSaysSo()
{
    Workspace::Options options;
    options.keepSecretsInKeychain = false;
    Workspace *workspace = makeWorkspace(options);
    QVERIFY(startOnline(workspace));
    Answer<Workspace::Details> details;
    workspace->loadDetails(u"erp"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(details.value().secretAvailable); // shown, from the PIM
    Answer<ConnectionDetails> created;
    workspace->createConnection(u"magento"_s, u"Magento"_s, FlowType::Destination, this,
                                created.callback());
    QVERIFY(created.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"erp"_s)));
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)));
}

void TestWorkspace::turningTheSettingOffRemovesKeptSecrets()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QVERIFY(workspace->keepsSecretsInKeychain());
    Answer<Workspace::Details> details;
    workspace->loadDetails(u"erp"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(waitIdle(workspace));
    const SecretKey secret = SecretKey::connectionSecret(pimUrl, u"erp"_s);
    QVERIFY(inKeychain(secret));
    // A one-time password the user saved on purpose is not a kept secret: it stays.
    Answer<SecretResult> saved;
    workspace->savePassword(u"erp"_s, u"chosen-to-keep"_s, this, saved.callback());
    QVERIFY(saved.wait());
    const SecretKey password = SecretKey::connectionPassword(pimUrl, u"erp"_s);
    QVERIFY(inKeychain(password));

    std::optional<SecretResult> removed;
    workspace->setKeepSecretsInKeychain(false, this,
                                        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QVERIFY(!workspace->keepsSecretsInKeychain());
    QVERIFY(!inKeychain(secret));
    QVERIFY(inKeychain(password));

    // Off: opening the page again keeps nothing.
    Answer<Workspace::Details> again;
    workspace->loadDetails(u"erp"_s, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(secret));

    // On again: the next opening keeps it.
    removed.reset();
    workspace->setKeepSecretsInKeychain(true, this,
                                        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    Answer<Workspace::Details> third;
    workspace->loadDetails(u"erp"_s, this, third.callback());
    QVERIFY(third.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(inKeychain(secret));
}

void TestWorkspace::permissionsOnlineThenOffline()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QVERIFY(workspace->roles().isEmpty());
    Done online;
    workspace->loadPermissions(this, online.callback());
    QVERIFY(online.wait());
    QVERIFY(!online.result->isError());
    QCOMPARE(workspace->roles(), m_pim->roles);
    QCOMPARE(workspace->groups(), m_pim->groups);
    QTRY_COMPARE(cachedSnapshot().roles, std::optional<QList<UserRole>>(m_pim->roles));
    QCOMPARE(cachedSnapshot().groups, std::optional<QList<UserGroup>>(m_pim->groups));

    m_network->down = true;
    Done offline;
    workspace->loadPermissions(this, offline.callback());
    QVERIFY(offline.wait());
    QVERIFY(!offline.result->isError()); // the PIM went away: the cached lists answer
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->groups(), m_pim->groups);
}

void TestWorkspace::keychainFailuresAreToldOnce()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QSignalSpy notices(workspace, &Workspace::notice);
    m_keychain->mode = FakeSecretBackend::Mode::Denied;
    for (const QString &code : {u"erp"_s, u"shop"_s}) {
        Answer<Workspace::Details> details;
        workspace->loadDetails(code, this, details.callback());
        QVERIFY(details.wait());
        QVERIFY(!details.error().isError()); // the page still opens
    }
    QVERIFY(waitIdle(workspace));
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.first().first().toString().isEmpty());
}

void TestWorkspace::noKeychainIsToldOnce()
{
    m_keychain->mode = FakeSecretBackend::Mode::NoKeychain;
    Workspace *workspace = makeWorkspace();
    QSignalSpy notices(workspace, &Workspace::notice);
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait()); // nothing remembered, of course
    workspace->setPassword(m_pim->auth.password, true);
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    Answer<Workspace::Details> details;
    workspace->loadDetails(u"erp"_s, this, details.callback());
    QVERIFY(details.wait());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(notices.size(), 1);
    QVERIFY(m_keychain->entries.isEmpty()); // memory only
}

void TestWorkspace::cacheSetAsideIsTold()
{
    delete m_cache;
    QFile file(m_cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    m_cache = new ConnectionCache(m_cachePath);
    Workspace *workspace = makeWorkspace();
    QSignalSpy notices(workspace, &Workspace::notice);
    QVERIFY(startOnline(workspace));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(), m_cache->openResult()->message);
    QCOMPARE(cachedSnapshot().codes(), (QStringList{u"erp"_s, u"shop"_s})); // the new file works
}

void TestWorkspace::cacheSetAsideBeforeTheWorkspaceIsToldOncePerRun()
{
    delete m_cache;
    QFile file(m_cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    m_cache = new ConnectionCache(m_cachePath);
    // The app builds the cache first: it may well be open before any workspace exists.
    QSignalSpy opened(m_cache, &ConnectionCache::opened);
    QVERIFY(opened.wait());
    QCOMPARE(m_cache->openResult()->status, CacheOpenResult::Status::Reset);

    Workspace *workspace = makeWorkspace();
    QSignalSpy notices(workspace, &Workspace::notice);
    QVERIFY(startOnline(workspace));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(), m_cache->openResult()->message);

    // Another PIM opened in the same run: the set-aside file was told already.
    m_tester.reset();
    delete m_workspace;
    m_instance = PimInstance{u"instance-2"_s, u"Other PIM"_s, pimUrl, u"admin"_s};
    Workspace *other = makeWorkspace();
    QSignalSpy otherNotices(other, &Workspace::notice);
    QVERIFY(startOnline(other));
    QCOMPARE(otherNotices.size(), 0);
}

void TestWorkspace::signOutForgetsThePasswordInMemory()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->signOut();
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->offlineReason().kind, Kind::SignedOut);
    QVERIFY(!workspace->canWrite());
    QCOMPARE(workspace->model()->rowCount(), 2); // still shown
    workspace->refresh();
    QTRY_COMPARE(asked.size(), 1);
    QVERIFY(!asked.first().first().value<ApiError>().isError());
    // The keychain keeps the remembered one until asked to forget it.
    QVERIFY(inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s)));
    Answer<SecretResult> forgotten;
    workspace->forgetRememberedPassword(this, forgotten.callback());
    QVERIFY(forgotten.wait());
    QVERIFY(forgotten.value().ok());
    QVERIFY(!inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s)));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
