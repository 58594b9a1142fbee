// The window against a pim-sandbox with the demo data: the connected Apps (docs/pim-api.md
// §11.2). The overview shows the App's tile and counts it; the tile opens the App's page (what
// the PIM says of it, never a connection's credentials or settings form); its flow type and
// tracking are saved at once; its error monitoring follows them; deleting asks first and says
// that the App's authorisation goes too; offline, the page shows what the cache has.
#include "Children.h"
#include "MonitoringDemo.h"
#include "WindowTest.h"
#include "apps/AppPage.h"
#include "apps/AppSettingsForm.h"
#include "connection/ConnectionSettingsForm.h"
#include "connection/CredentialsPanel.h"
#include "items/ConnectionListModel.h"
#include "monitoring/ErrorMonitoringPanel.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "services/MessageBox.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "workspace/Monitoring.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {
const QString AppCode = u"content_translator"_s;
} // namespace

class TestMainWindowApps : public WindowTest
{
    Q_OBJECT

protected:
    SandboxProcess::Options sandboxOptions() const override { return MonitoringDemo::options(); }

private slots:
    void tileShownCountedAndOpened();
    void settingsSavedAtOnce();
    void errorMonitoringFollowsTheSettings();
    void deleteAsksAndRemovesTheApp();
    void offlineShowsTheCache();

private:
    ConnectionSection *apps() const { return m_window->overview()->appsSection(); }
    AppPage *appPage() const { return child<AppPage>(m_window.get(), u"appPage"_s); }
    // The App's tile clicked in the overview, and its page loaded.
    bool openFromTile();
    // The App's settings as the PIM has them, read through the facade.
    AppMonitoringSettings settingsOnThePim();
};

bool TestMainWindowApps::openFromTile()
{
    if (!QTest::qWaitFor([&]() { return apps()->count() == 1; }, Wait))
        return false;
    ConnectionGridView *view = apps()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    return QTest::qWaitFor([&]() { return appPage()->isVisible() && appPage()->isLoaded(); }, Wait);
}

AppMonitoringSettings TestMainWindowApps::settingsOnThePim()
{
    std::optional<AppMonitoringSettings> read;
    m_window->workspace()->monitoring()->loadAppSettings(
        AppCode, this,
        [&](const ApiError &error, const Monitoring::Answer<AppMonitoringSettings> &answer) {
            if (!error.isError() && !answer.fromCache)
                read = answer.value;
        });
    if (!QTest::qWaitFor([&]() { return read.has_value(); }, Wait))
        qWarning() << "the App's settings were not read from the PIM";
    return read.value_or(AppMonitoringSettings());
}

void TestMainWindowApps::tileShownCountedAndOpened()
{
    const QList<ConnectedApp> onPim = MonitoringDemo::apps(*m_admin);
    QCOMPARE(onPim.size(), 1);
    QVERIFY(openSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(apps()->count(), 1, Wait);
    QVERIFY(apps()->isVisible());
    QCOMPARE(apps()->title(), u"Connected Apps"_s);
    QCOMPARE(apps()->countText(), u"1 App"_s);
    const QModelIndex tile = apps()->view()->model()->index(0, 0);
    QCOMPARE(tile.data().toString(), u"Content Translator"_s);
    QCOMPARE(tile.data(ConnectionListModel::CodeRole).toString(), AppCode);
    // Its logo, from its own address (else the initials, as a connection without an image).
    QTRY_VERIFY_WITH_TIMEOUT(tile.data(ConnectionListModel::LogoRole).isValid(), Wait);
    // The header counts it with the connections, toward the PIM's limit.
    QCOMPARE(m_window->overview()->header()->countText().section(u'.', 0, 0),
             u"You have 3 connections and 1 connected App"_s);
    // The App is not a connection: it is in none of the connections' sections.
    QCOMPARE(m_window->overview()->section(FlowType::Source)->count(), 2);
    QCOMPARE(m_window->overview()->section(FlowType::Destination)->count(), 1);
    QCOMPARE(m_window->overview()->section(FlowType::Other)->count(), 0);

    QVERIFY(openFromTile());
    AppPage *shown = appPage();
    QCOMPARE(shown->header()->title(), u"Content Translator"_s);
    QCOMPARE(shown->header()->subtitle(), u"Developed by Lingo Workshop"_s);
    QCOMPARE(shown->header()->breadcrumb(), u"System › Connected Apps › Content Translator"_s);
    auto *form = child<AppSettingsForm>(shown, u"appSettings"_s);
    QCOMPARE(form->usernameText(), onPim.at(0).connectionUsername);
    QCOMPARE(form->scopesText(), onPim.at(0).scopes.join(u'\n'));
    // Never a connection's credentials nor its settings form (docs/pim-api.md §11.1).
    QVERIFY(!shown->findChild<CredentialsPanel *>());
    QVERIFY(!shown->findChild<ConnectionSettingsForm *>());
    QVERIFY(!shown->findChild<QPushButton *>(u"regenerateSecret"_s));

    // Back (Esc): the overview, the App's tile chosen.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->overview()->isVisible());
    QCOMPARE(apps()->view()->currentCode(), AppCode);
    QCOMPARE(m_window->overview()->currentCode(), QString()); // not a connection to delete
}

void TestMainWindowApps::settingsSavedAtOnce()
{
    QVERIFY(openSignedIn());
    QVERIFY(openFromTile());
    auto *form = child<AppSettingsForm>(appPage(), u"appSettings"_s);
    auto *tracked = child<QCheckBox>(form, u"auditable"_s);
    auto *flowType = child<FlowTypeChooser>(form, u"flowType"_s);
    // The demo App: a tracked destination.
    QCOMPARE(flowType->flowType(), FlowType::Destination);
    QVERIFY(tracked->isChecked());
    QVERIFY(tracked->isEnabled());

    QSignalSpy saved(appPage(), &AppPage::settingsSaved);
    QTest::mouseClick(tracked, Qt::LeftButton, {}, QPoint(8, tracked->height() / 2));
    QVERIFY(saved.wait(Wait));
    QCOMPARE(appPage()->messageBar()->text(), u"App settings successfully updated."_s);
    QCOMPARE(settingsOnThePim(), (AppMonitoringSettings{FlowType::Destination, false}));

    // "Other" is never tracked: the box goes off and cannot be ticked.
    QTest::mouseClick(tracked, Qt::LeftButton, {}, QPoint(8, tracked->height() / 2));
    QVERIFY(saved.wait(Wait));
    flowType->button(FlowType::Other)->click();
    QVERIFY(saved.wait(Wait));
    QVERIFY(!tracked->isChecked());
    QVERIFY(!tracked->isEnabled());
    QCOMPARE(settingsOnThePim(), (AppMonitoringSettings{FlowType::Other, false}));
    // What the overview knows follows.
    QCOMPARE(m_window->workspace()->monitoring()->knownApps().value(0).settings,
             (std::optional<AppMonitoringSettings>(AppMonitoringSettings{FlowType::Other, false})));
}

void TestMainWindowApps::errorMonitoringFollowsTheSettings()
{
    QVERIFY(openSignedIn());
    QVERIFY(openFromTile());
    auto *panel = appPage()->errorMonitoring();
    appPage()->showErrorMonitoring();
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ErrorMonitoringPanel::State::NotSource, Wait);
    QCOMPARE(panel->code(), AppCode);
    // Asked for the App's errors (as the dashboard does): its page, on that tab.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->overview()->isVisible());
    m_window->openErrorMonitoring(AppCode);
    QTRY_VERIFY(appPage()->isVisible() && appPage()->isLoaded());
    QCOMPARE(child<QTabWidget>(appPage(), u"appTabs"_s)->currentIndex(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ErrorMonitoringPanel::State::NotSource, Wait);

    // A source, not tracked: the monitoring offers to track it, through the App's settings.
    auto *tabs = child<QTabWidget>(appPage(), u"appTabs"_s);
    tabs->setCurrentIndex(0);
    auto *form = child<AppSettingsForm>(appPage(), u"appSettings"_s);
    QSignalSpy saved(appPage(), &AppPage::settingsSaved);
    child<FlowTypeChooser>(form, u"flowType"_s)->button(FlowType::Source)->click();
    QVERIFY(saved.wait(Wait));
    child<QCheckBox>(form, u"auditable"_s)->click();
    QVERIFY(saved.wait(Wait));
    QCOMPARE(settingsOnThePim(), (AppMonitoringSettings{FlowType::Source, false}));
    appPage()->showErrorMonitoring();
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ErrorMonitoringPanel::State::Unmonitored, Wait);
    QPushButton *activate = child<QPushButton>(panel, u"emptyAction"_s);
    QVERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), ErrorMonitoringPanel::State::NoError, Wait);
    QCOMPARE(settingsOnThePim(), (AppMonitoringSettings{FlowType::Source, true}));
    QVERIFY(child<QCheckBox>(form, u"auditable"_s)->isChecked());
}

void TestMainWindowApps::deleteAsksAndRemovesTheApp()
{
    QVERIFY(openSignedIn());
    QVERIFY(openFromTile());
    auto *deleteAction = child<QAction>(appPage(), u"deleteApp"_s);
    QVERIFY(deleteAction->isEnabled());

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    deleteAction->trigger();
    const MessageBox::Question question = *m_box->lastQuestion();
    QCOMPARE(question.title, u"Confirm deletion"_s);
    QCOMPARE(question.text,
             u"Are you sure you want to delete the app? Not sure about the impacts?"_s);
    QVERIFY2(question.informativeText.contains(u"authorisation"_s),
             qPrintable(question.informativeText));
    QVERIFY(question.destructive);
    QTest::qWait(200);
    QVERIFY(appPage()->isVisible());
    QCOMPARE(MonitoringDemo::apps(*m_admin).size(), 1);

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    deleteAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overview()->isVisible(), Wait);
    QCOMPARE(child<MessageBar>(m_window.get(), u"windowMessage"_s)->text(),
             u"App successfully deleted."_s);
    QCOMPARE(MonitoringDemo::apps(*m_admin).size(), 0);
    QTRY_COMPARE(apps()->count(), 0);
    QVERIFY(!apps()->isVisible());
    QTRY_VERIFY(
        m_window->overview()->header()->countText().startsWith(u"You have 3 connections. "_s));
}

void TestMainWindowApps::offlineShowsTheCache()
{
    QVERIFY(openSignedIn());
    QVERIFY(openFromTile()); // the App and its settings kept in the cache
    m_window.reset();

    m_sandbox->stop();
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Offline, Wait);
    QVERIFY(openFromTile());
    QVERIFY(appPage()->isFromCache());
    QCOMPARE(appPage()->settings(), (std::optional<AppMonitoringSettings>(
                                        AppMonitoringSettings{FlowType::Destination, true})));
    auto *form = child<AppSettingsForm>(appPage(), u"appSettings"_s);
    auto *tracked = child<QCheckBox>(form, u"auditable"_s);
    QVERIFY(tracked->isChecked());
    QVERIFY(!tracked->isEnabled());
    QVERIFY(!tracked->toolTip().isEmpty());
    QVERIFY(!child<QAction>(appPage(), u"deleteApp"_s)->isEnabled());
}

QTEST_MAIN(TestMainWindowApps)
#include "tst_mainwindow_apps.moc"
