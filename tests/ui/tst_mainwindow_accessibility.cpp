// What a screen reader finds on every screen of the window, against the demo pim-sandbox: the
// QAccessible interfaces of the overview, the create and sign-in dialogs, a connection's page
// (with its credentials), the Data flows, a connection's error monitoring and an App's page,
// walked: no interactive control without a name. A tile says "label, flow type"; the tiles
// open with Enter.
#include "AccessibleTree.h"
#include "Children.h"
#include "MonitoringDemo.h"
#include "WindowTest.h"
#include "apps/AppPage.h"
#include "dialogs/CreateConnectionDialog.h"
#include "dialogs/SignInDialog.h"
#include "monitoring/DataFlowsPage.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"

#include <QAccessible>
#include <QAction>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowAccessibility : public WindowTest
{
    Q_OBJECT

protected:
    SandboxProcess::Options sandboxOptions() const override { return MonitoringDemo::options(); }

private:
    // The object names of the controls Tab visits from `from`, `count` of them.
    static QString tabOrder(QWidget *from, int count)
    {
        QStringList order;
        QWidget *focus = from;
        focus->setFocus();
        for (int i = 0; i < count && focus; ++i) {
            order << focus->objectName();
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
        return order.join(u' ');
    }

    // The nameless controls of the screen, after checking that the walk found its controls.
    static QString nameless(QWidget *screen, int atLeast)
    {
        int checked = 0;
        const QStringList found = AccessibleTree::namelessControls(screen, &checked);
        qInfo() << screen->metaObject()->className() << "interactive controls:" << checked;
        if (checked < atLeast)
            return u"only %1 interactive controls found"_s.arg(checked);
        return found.join(u"; "_s);
    }

private slots:
    void everyScreenNamesItsControls();
    void aTileSaysItsLabelAndFlowType();
    void tabFollowsTheScreens();
};

void TestMainWindowAccessibility::everyScreenNamesItsControls()
{
    QVERIFY(openSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->appsSection()->count(), 1, Wait);
    QCOMPARE(nameless(m_window.get(), 3), QString()); // the overview, its menus and header

    CreateConnectionDialog *create = openCreateDialog(*m_window);
    QVERIFY(create);
    QCOMPARE(nameless(create, 3), QString());
    create->reject();

    QVERIFY(openLoaded(u"erp"_s));
    QCOMPARE(nameless(m_window.get(), 3), QString()); // the page, its credentials panel

    m_window->openErrorMonitoring(u"erp"_s);
    auto *errors = child<ErrorMonitoringPage>(m_window.get(), u"errorMonitoringPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), Wait);
    QTest::qWait(500); // its errors listed
    QCOMPARE(nameless(m_window.get(), 3), QString());

    m_window->findChild<QAction *>(u"dataFlowsAction"_s)->trigger();
    auto *flows = child<DataFlowsPage>(m_window.get(), u"dataFlowsPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(flows->isVisible(), Wait);
    QTest::qWait(500); // its charts drawn
    QCOMPARE(nameless(m_window.get(), 3), QString());

    m_window->openApp(u"content_translator"_s);
    auto *app = child<AppPage>(m_window.get(), u"appPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->isVisible() && app->isLoaded(), Wait);
    QCOMPARE(nameless(m_window.get(), 3), QString());

    m_window->findChild<QAction *>(u"signInAction"_s)->trigger();
    SignInDialog *signIn = waitSignInDialog(*m_window);
    QVERIFY(signIn);
    QCOMPARE(nameless(signIn, 3), QString());
    signIn->reject();
}

void TestMainWindowAccessibility::aTileSaysItsLabelAndFlowType()
{
    QVERIFY(openSignedIn());
    ConnectionGridView *view = m_window->overview()->section(FlowType::Source)->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model() && view->model()->rowCount() > 0, Wait);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QVERIFY(!list->text(QAccessible::Name).isEmpty());
    QStringList tiles;
    for (int i = 0; i < list->childCount(); ++i)
        tiles << list->child(i)->text(QAccessible::Name);
    QVERIFY2(tiles.contains(u"ERP, Data source"_s), qPrintable(tiles.join(u" | "_s)));

    ConnectionGridView *apps = m_window->overview()->appsSection()->view();
    QTRY_VERIFY_WITH_TIMEOUT(apps->model() && apps->model()->rowCount() == 1, Wait);
    QAccessibleInterface *appList = QAccessible::queryAccessibleInterface(apps);
    QCOMPARE(appList->child(0)->text(QAccessible::Name), u"Content Translator, connected App"_s);

    // Enter on the current tile opens its page.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingConnection(), Wait);
}

void TestMainWindowAccessibility::tabFollowsTheScreens()
{
    QVERIFY(openSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->appsSection()->count(), 1, Wait);
    activate(*m_window);
    // The overview's header, then its sections, top to bottom.
    QCOMPARE(tabOrder(child<QWidget>(m_window.get(), u"search"_s), 6),
             u"search refresh create grid_data_source grid_data_destination grid_apps"_s);

    // A connection's page: its header, its settings and permissions, its credentials, its event
    // subscription (Test, Save and the secret's buttons are disabled while nothing changed), and
    // around to the header (no loop inside).
    QVERIFY(openLoaded(u"erp"_s));
    activate(*m_window);
    const QString pageOrder = tabOrder(child<QWidget>(m_window.get(), u"code"_s), 25);
    qInfo().noquote() << "connection page's tab order:" << pageOrder;
    QCOMPARE(pageOrder,
             u"code label data_source auditable chooseImage removeImage role group clientId "
             "copyClientId secret revealSecret copySecret regenerateSecret username copyUsername "
             "password regeneratePassword testCredentials eventsEnabled eventsUrl eventsSecret "
             "eventsUsesUuid eventsLogs back"_s);
}

QTEST_MAIN(TestMainWindowAccessibility)
#include "tst_mainwindow_accessibility.moc"
