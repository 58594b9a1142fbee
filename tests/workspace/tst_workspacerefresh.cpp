// Workspace refresh: what a refresh leaves in the cache and the keychain, and a refused list,
// which is an error to report, not "offline".
#include "WorkspaceFixture.h"
#include "items/ConnectionListModel.h"
#include "items/LogoCache.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

Q_DECLARE_METATYPE(FakeAnswer)

class TestWorkspaceRefresh : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void refreshWritesTheSnapshot();
    void connectionDeletedElsewhereLeavesTheKeychain();
    void refusedListIsAnErrorNotOffline();
};

void TestWorkspaceRefresh::refreshWritesTheSnapshot()
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

    // The downloaded logo goes to the cache too, with its thumbnail (what the next start reads).
    QTRY_VERIFY(workspace->logos()->contains(u"a/b/c/d/1f_erp.png"_s));
    QTRY_VERIFY(cachedSnapshot().logoThumbnails.contains(u"a/b/c/d/1f_erp.png"_s));

    const CacheSnapshot snapshot = cachedSnapshot();
    QCOMPARE(snapshot.codes(), (QStringList{u"erp"_s, u"shop"_s}));
    QCOMPARE(snapshot.connections[0].connection, m_pim->connections[0].connection);
    QCOMPARE(snapshot.wrongCredentials, m_pim->wrongCredentials);
    QCOMPARE(snapshot.maxLimitReached, std::optional<bool>(true));
    QCOMPARE(snapshot.syncedAt, fixedNow);
    QVERIFY(!snapshot.logos.contains(u"a/b/c/d/1f_erp.png"_s)); // its thumbnail instead
    QCOMPARE(cachedLogo(u"a/b/c/d/1f_erp.png"_s), FakeConnectionsPim::logoBytes());

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

void TestWorkspaceRefresh::connectionDeletedElsewhereLeavesTheKeychain()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    const Answer<Workspace::Details> details = openDetails(workspace, u"shop"_s);
    QVERIFY(details.result);
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

void TestWorkspaceRefresh::refusedListIsAnErrorNotOffline()
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

QTEST_MAIN(TestWorkspaceRefresh)
#include "tst_workspacerefresh.moc"
