// Workspace offline: a PIM that cannot be reached leaves the cached overview, refuses writes
// with a reason and is tried again until it answers; --offline never calls it.
#include "WorkspaceFixture.h"
#include "items/ConnectionListModel.h"
#include "items/LogoCache.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

Q_DECLARE_METATYPE(FakeAnswer)

class TestWorkspaceOffline : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void offlineAfterNetworkFailureThenBackByItself();
    void unreachableKinds_data();
    void unreachableKinds();
    void forcedOfflineMakesNoRequest();
};

void TestWorkspaceOffline::offlineAfterNetworkFailureThenBackByItself()
{
    CacheSnapshot cached;
    cached.connections = {CachedConnection::fromListItem(listed(u"cached"_s, u"Cached"_s))};
    cached.syncedAt = fixedNow.addDays(-1);
    seedCache(cached);
    rememberAdminPassword(m_pim->auth.password);
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

void TestWorkspaceOffline::unreachableKinds_data()
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

void TestWorkspaceOffline::unreachableKinds()
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

void TestWorkspaceOffline::forcedOfflineMakesNoRequest()
{
    CacheSnapshot cached;
    ConnectionDetails erp = m_pim->connections[0];
    cached.connections = {CachedConnection::fromDetails(erp, fixedNow)};
    cached.logos.insert(erp.connection.image, FakeConnectionsPim::logoBytes());
    cached.roles = m_pim->roles;
    cached.groups = m_pim->groups;
    cached.syncedAt = fixedNow;
    seedCache(cached);
    rememberAdminPassword(m_pim->auth.password);
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
    QTRY_VERIFY(workspace->logos()->contains(erp.connection.image));

    workspace->setPassword(m_pim->auth.password, true);
    workspace->refresh();
    const Answer<Workspace::Details> details = openDetails(workspace, u"erp"_s);
    QVERIFY(details.result);
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

QTEST_MAIN(TestWorkspaceOffline)
#include "tst_workspaceoffline.moc"
