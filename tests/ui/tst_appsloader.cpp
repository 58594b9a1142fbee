// The overview's connected Apps (docs/pim-api.md §11.2) kept in step with a workspace on the fake
// PIM: the tiles and the header's count when the PIM has Apps, each App's logo from its own
// address, the section hidden without a word of error when the PIM has no Apps for this user
// (feature off: 404; the right missing: 403), and back when it has them again.
#include "Children.h"
#include "MonitoringSamples.h"
#include "Translations.h"
#include "WorkspaceFixture.h"
#include "apps/AppsLoader.h"
#include "items/AppListModel.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "workspace/Monitoring.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString AppsPath = u"/rest/apps/connected-apps"_s;
const QString LogoPath = u"/path/to/logo/a"_s; // MonitoringSamples::apps' logo
} // namespace

class TestAppsLoader : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appsShownWithTheirLogo();
    void unavailableHidesTheSection_data();
    void unavailableHidesTheSection();
};

void TestAppsLoader::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestAppsLoader::appsShownWithTheirLogo()
{
    m_pim->auth.protect("GET", AppsPath, FakeAnswer::json(200, MonitoringSamples::apps));
    m_network->setAnswer("GET", LogoPath,
                         FakeAnswer::bytes(FakeConnectionsPim::logoBytes(), "image/png"));
    Workspace *workspace = makeWorkspace();
    OverviewPage overview;
    AppsLoader loader;
    overview.setModel(workspace->model());
    overview.setAppModel(loader.model());
    loader.setWorkspace(workspace); // before start(), as the window does
    QVERIFY(startOnline(workspace));

    QTRY_COMPARE(loader.model()->rowCount(), 1);
    QVERIFY(loader.isAvailable());
    ConnectionSection *apps = overview.appsSection();
    QCOMPARE(apps->count(), 1);
    QVERIFY(apps->isVisibleTo(&overview));
    const QModelIndex tile = apps->view()->model()->index(0, 0);
    QCOMPARE(tile.data().toString(), u"App A"_s);
    QCOMPARE(tile.data(ConnectionListModel::CodeRole).toString(), u"connectionCodeA"_s);
    QTRY_VERIFY(tile.data(ConnectionListModel::LogoRole).isValid());
    const int connections = workspace->model()->rowCount();
    QVERIFY2(overview.header()->countText().startsWith(u"You have %1 and 1 connected App. "_s.arg(
                 connections == 1 ? u"1 connection"_s : u"%1 connections"_s.arg(connections))),
             qPrintable(overview.header()->countText()));

    // An App deleted (through the facade): its tile goes.
    m_pim->auth.protect("DELETE", AppsPath + u"/connectionCodeA"_s, FakeAnswer::empty(204));
    QSignalSpy changed(workspace->monitoring(), &Monitoring::appsChanged);
    workspace->monitoring()->deleteApp(u"connectionCodeA"_s, this, {});
    QVERIFY(changed.wait());
    QCOMPARE(loader.model()->rowCount(), 0);
    QVERIFY(!apps->isVisibleTo(&overview));
}

void TestAppsLoader::unavailableHidesTheSection_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("feature off (404)") << 404;
    QTest::newRow("no Manage apps (403)") << 403;
}

void TestAppsLoader::unavailableHidesTheSection()
{
    QFETCH(int, status);
    m_pim->auth.protect("GET", AppsPath, FakeAnswer::json(200, MonitoringSamples::apps));
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    OverviewPage overview;
    AppsLoader loader;
    overview.setModel(workspace->model());
    overview.setAppModel(loader.model());
    loader.setWorkspace(workspace); // online already: reads at once
    QTRY_COMPARE(overview.appsSection()->count(), 1);

    m_pim->auth.protect("GET", AppsPath, FakeAnswer::html(status, "<html>Not here</html>"));
    QSignalSpy availability(&loader, &AppsLoader::availabilityChanged);
    loader.reload();
    QVERIFY(availability.wait());
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QVERIFY(!loader.isAvailable());
    QVERIFY(!loader.unavailableReason().isEmpty());
    QCOMPARE(loader.model()->rowCount(), 0);
    QVERIFY(!overview.appsSection()->isVisibleTo(&overview));
    QVERIFY(!overview.header()->countText().contains(u"connected App"_s));

    // The feature turned on again: the Apps are back.
    m_pim->auth.protect("GET", AppsPath, FakeAnswer::json(200, MonitoringSamples::apps));
    loader.reload();
    QVERIFY(availability.wait());
    QVERIFY(loader.isAvailable());
    QTRY_COMPARE(overview.appsSection()->count(), 1);
}

QTEST_MAIN(TestAppsLoader)
#include "tst_appsloader.moc"
