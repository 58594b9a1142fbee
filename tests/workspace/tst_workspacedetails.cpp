// Workspace, the connection page: details and permissions from the PIM when online (cached
// without secrets, the secret in the keychain), from the cache and the keychain when not.
#include "WorkspaceFixture.h"
#include "items/ConnectionListModel.h"
#include "store/SecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

class TestWorkspaceDetails : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void detailsOnlineAreCachedWithoutSecret();
    void detailsOfflineComeFromCacheAndKeychain();
    void detailsOfflineOfAConnectionNeverOpened();
    void permissionsOnlineThenOffline();
};

void TestWorkspaceDetails::detailsOnlineAreCachedWithoutSecret()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    const ConnectionDetails server = m_pim->connections[0];

    const Answer<Workspace::Details> details = openDetails(workspace, u"erp"_s);
    QVERIFY(details.result);
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
    const Answer<Workspace::Details> again = openDetails(workspace, u"erp"_s);
    QVERIFY(again.result);
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

void TestWorkspaceDetails::detailsOfflineComeFromCacheAndKeychain()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    const Answer<Workspace::Details> online = openDetails(workspace, u"erp"_s);
    QVERIFY(online.result);
    Answer<SecretResult> saved;
    workspace->savePassword(u"erp"_s, u"1a2b3c4d5"_s, this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(saved.value().ok());
    QVERIFY(waitIdle(workspace));

    // The PIM goes away while the page is open: the next read comes from the cache.
    m_network->down = true;
    const Answer<Workspace::Details> offline = openDetails(workspace, u"erp"_s);
    QVERIFY(offline.result);
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

void TestWorkspaceDetails::detailsOfflineOfAConnectionNeverOpened()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    Workspace::Options options;
    options.forceOffline = true;
    workspace = makeWorkspace(options);
    workspace->start();
    QTRY_COMPARE(workspace->model()->rowCount(), 2);

    const Answer<Workspace::Details> shop = openDetails(workspace, u"shop"_s);
    QVERIFY(shop.result);
    QVERIFY(!shop.error().isError());
    QVERIFY(shop.value().fromCache);
    QVERIFY(!shop.value().credentialsKnown);
    QVERIFY(!shop.value().secretAvailable);
    QCOMPARE(shop.value().details.connection.label, u"Shop"_s);
    QVERIFY(shop.value().details.credentials.clientId.isEmpty());
    QCOMPARE(shop.value().fetchedAt, fixedNow); // the list's sync time

    const Answer<Workspace::Details> unknown = openDetails(workspace, u"nowhere"_s);
    QVERIFY(unknown.result);
    QCOMPARE(unknown.error().kind, Kind::Offline);
    QVERIFY(unknown.error().message().contains(u"nowhere"_s));

    Done permissions; // never fetched
    workspace->loadPermissions(this, permissions.callback());
    QVERIFY(permissions.wait());
    QCOMPARE(permissions.result->kind, Kind::Offline);
}

void TestWorkspaceDetails::permissionsOnlineThenOffline()
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

QTEST_MAIN(TestWorkspaceDetails)
#include "tst_workspacedetails.moc"
