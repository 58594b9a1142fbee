// Workspace notices: trouble with the keychain or the cache is told to the user once.
#include "WorkspaceFixture.h"
#include "store/ConnectionCache.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

class TestWorkspaceNotices : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void keychainFailuresAreToldOnce();
    void noKeychainIsToldOnce();
    void cacheSetAsideIsTold();
    void cacheSetAsideBeforeTheWorkspaceIsToldOncePerRun();
};

void TestWorkspaceNotices::keychainFailuresAreToldOnce()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QSignalSpy notices(workspace, &Workspace::notice);
    m_keychain->mode = FakeSecretBackend::Mode::Denied;
    for (const QString &code : {u"erp"_s, u"shop"_s}) {
        const Answer<Workspace::Details> details = openDetails(workspace, code);
        QVERIFY(details.result);
        QVERIFY(!details.error().isError()); // the page still opens
    }
    QVERIFY(waitIdle(workspace));
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.first().first().toString().isEmpty());
}

void TestWorkspaceNotices::noKeychainIsToldOnce()
{
    m_keychain->mode = FakeSecretBackend::Mode::NoKeychain;
    Workspace *workspace = makeWorkspace();
    QSignalSpy notices(workspace, &Workspace::notice);
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait()); // nothing remembered, of course
    workspace->setPassword(m_pim->auth.password, true);
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    const Answer<Workspace::Details> details = openDetails(workspace, u"erp"_s);
    QVERIFY(details.result);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(notices.size(), 1);
    QVERIFY(m_keychain->entries.isEmpty()); // memory only
}

void TestWorkspaceNotices::cacheSetAsideIsTold()
{
    spoilCacheFile();
    Workspace *workspace = makeWorkspace();
    QSignalSpy notices(workspace, &Workspace::notice);
    QVERIFY(startOnline(workspace));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(), m_cache->openResult()->message);
    QCOMPARE(cachedSnapshot().codes(), (QStringList{u"erp"_s, u"shop"_s})); // the new file works
}

void TestWorkspaceNotices::cacheSetAsideBeforeTheWorkspaceIsToldOncePerRun()
{
    spoilCacheFile();
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
    m_instance = PimInstance{u"instance-2"_s, u"Other PIM"_s, pimUrl, u"admin"_s};
    Workspace *other = makeWorkspace();
    QSignalSpy otherNotices(other, &Workspace::notice);
    QVERIFY(startOnline(other));
    QCOMPARE(otherNotices.size(), 0);
}

QTEST_MAIN(TestWorkspaceNotices)
#include "tst_workspacenotices.moc"
