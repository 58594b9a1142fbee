// ChartModule: the charts are a module loaded when the first chart is made. This program does not
// link it; it is pointed at a module that is not there, as a broken installation would be.
#include "monitoring/ChartModule.h"
#include "monitoring/ChartPanel.h"
#include "monitoring/DataFlowsChartModel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChartModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aMissingModuleLeavesTheNumbersAndSaysWhy();
};

void TestChartModule::initTestCase()
{
    qputenv("PIM_CONNECTIONS_CHARTS_MODULE", "/nonexistent/libpim-connections-charts.so");
}

void TestChartModule::aMissingModuleLeavesTheNumbersAndSaysWhy()
{
    ChartPanel panel(u"created"_s, u"Products created"_s, Theme::Tone::Info);
    AuditSeries series;
    series.code = u"erp"_s;
    series.previous = {AuditDay{QDate(2026, 11, 23), 1}};
    for (int day = 0; day < 7; ++day)
        series.week.append(AuditDay{QDate(2026, 11, 24).addDays(day), day});
    series.total = 21;
    panel.model()->setSeries(series);
    panel.showChart();
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QVERIFY(ChartModule::loadedFrom().isEmpty());
    QString error;
    QVERIFY(!ChartModule::load(&error));
    QVERIFY2(error.contains(u"/nonexistent/libpim-connections-charts.so"_s), qPrintable(error));
    auto *why = qobject_cast<QLabel *>(panel.chart());
    QVERIFY(why);
    QCOMPARE(why->objectName(), u"createdChart"_s);
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(u"/nonexistent/libpim-connections-charts.so"_s),
             qPrintable(why->text()));
    QVERIFY(why->text().contains(u"could not be loaded"_s));
    // The exact numbers are still there.
    auto *total = panel.findChild<QLabel *>(u"total"_s);
    QVERIFY(total && total->isVisible());
    QVERIFY2(total->text().contains(u"21"_s), qPrintable(total->text()));
}

QTEST_MAIN(TestChartModule)
#include "tst_chartmodule.moc"
