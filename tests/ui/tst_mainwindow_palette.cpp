// The window follows the desktop's palette, also when it changes while the app runs: the
// window is built in the light palette, then the system turns dark (QApplication::setPalette,
// as the platform theme does), and every label shown on every screen (the overview, a
// connection's page, its error monitoring, the Data flows, an App's page) stays readable:
// at least 4.5:1 (WCAG AA) against the background it is drawn on. Against the demo sandbox.
#include "Children.h"
#include "DarkPalette.h"
#include "MonitoringDemo.h"
#include "WindowTest.h"
#include "apps/AppPage.h"
#include "monitoring/DataFlowsPage.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"
#include "style/Theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowPalette : public WindowTest
{
    Q_OBJECT

protected:
    SandboxProcess::Options sandboxOptions() const override { return MonitoringDemo::options(); }

private:
    // The labels shown under root whose text is hard to read, with their ratio.
    static QString unreadableLabels(QWidget *root)
    {
        QStringList found;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->isEnabled())
                continue;
            const QPalette p = label->palette();
            const qreal ratio = Theme::contrastRatio(p.color(QPalette::WindowText),
                                                     p.color(label->backgroundRole()));
            if (ratio < 4.5)
                found << u"%1 \"%2\" %3:1"_s.arg(label->objectName(), label->text().left(30))
                             .arg(ratio, 0, 'f', 1);
        }
        return found.join(u"; "_s);
    }

private slots:
    void everyScreenReadableWhenTheSystemTurnsDark();
};

void TestMainWindowPalette::everyScreenReadableWhenTheSystemTurnsDark()
{
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(openSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->appsSection()->count(), 1, Wait);
    QVERIFY(openLoaded(u"erp"_s)); // built in the light palette
    m_window->openErrorMonitoring(u"erp"_s);
    auto *errors = child<ErrorMonitoringPage>(m_window.get(), u"errorMonitoringPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), Wait);
    QTest::qWait(300); // its errors listed

    // The system turns dark while the error monitoring is shown.
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light]() { QApplication::setPalette(light); });
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(Theme::isDark(m_window->palette()));
    QCOMPARE(unreadableLabels(m_window.get()), QString());

    m_window->showOverview();
    QTRY_VERIFY(m_window->overview()->isVisible());
    QCOMPARE(unreadableLabels(m_window.get()), QString());

    QVERIFY(openLoaded(u"erp"_s));
    QCOMPARE(unreadableLabels(m_window.get()), QString());

    m_window->findChild<QAction *>(u"dataFlowsAction"_s)->trigger();
    auto *flows = child<DataFlowsPage>(m_window.get(), u"dataFlowsPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(flows->isVisible() && flows->hasData(), Wait);
    QCOMPARE(unreadableLabels(m_window.get()), QString());

    m_window->openApp(u"content_translator"_s);
    auto *app = child<AppPage>(m_window.get(), u"appPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->isVisible() && app->isLoaded(), Wait);
    QCOMPARE(unreadableLabels(m_window.get()), QString());
}

QTEST_MAIN(TestMainWindowPalette)
#include "tst_mainwindow_palette.moc"
