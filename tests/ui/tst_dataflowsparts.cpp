// The parts of the Data flows page without a PIM: why a chart is empty (ChartReason, row by
// row), the chart model (the previous day, exact totals, no reset for the same numbers), the
// business errors' order, and the connection chooser keeping its choice.
#include "domain/AuditCounts.h"
#include "monitoring/BusinessErrorsModel.h"
#include "monitoring/ChartReason.h"
#include "monitoring/ConnectionPicker.h"
#include "monitoring/DataFlowsChartModel.h"
#include "charts/DayChart.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Connection connection(const QString &code, FlowType flowType, bool tracked)
{
    Connection c;
    c.code = code;
    c.label = code.toUpper();
    c.flowType = flowType;
    c.auditable = tracked;
    return c;
}

AuditSeries weekOf(const QString &code, QList<qint64> counts)
{
    AuditSeries series;
    series.code = code;
    for (int day = 0; day < counts.size(); ++day) {
        const AuditDay value{QDate(2026, 11, 24).addDays(day), counts.at(day)};
        (day == 0 ? series.previous : series.week).append(value);
        series.total += day == 0 ? 0 : value.count;
    }
    return series;
}

} // namespace

class TestDataFlowsParts : public QObject
{
    Q_OBJECT

private slots:
    void reason_data();
    void reason();
    void chartModel();
    void businessErrorsOrder();
    void pickerKeepsItsChoice();
};

void TestDataFlowsParts::reason_data()
{
    QTest::addColumn<QList<Connection>>("connections");
    QTest::addColumn<QStringList>("counted");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<bool>("allZero");
    QTest::addColumn<bool>("wrongUsername"); // "shop" and "erp" used with someone else's
    QTest::addColumn<bool>("canCreate");
    QTest::addColumn<QString>("expected"); // the start of the text; "" for the chart itself
    QTest::addColumn<bool>("createLink");  // ends with "here." as a link to create one

    const QString all = AuditSeries::allCode();
    const Connection erp = connection(u"erp"_s, FlowType::Source, true);
    const Connection dam = connection(u"dam"_s, FlowType::Source, false);
    const Connection misc = connection(u"misc"_s, FlowType::Other, false);
    const QString fancy = u"Want to see some fancy charts about your source connections?"_s;
    QTest::newRow("nothing, can create")
        << QList<Connection>() << QStringList() << all << true << false << true
        << fancy + u"<br>Create and start"_s << true;
    QTest::newRow("nothing, cannot create")
        << QList<Connection>() << QStringList() << all << true << false << false << fancy << false;
    QTest::newRow("only Other") << QList<Connection>{misc} << QStringList() << all << true << false
                                << true
                                << u"Connections with the flow type “Other” are never counted."_s
                                << true;
    QTest::newRow("none tracked") << QList<Connection>{dam, misc} << QStringList() << all << true
                                  << false << true
                                  << u"None of your source connections is tracked."_s << false;
    QTest::newRow("tracking off") << QList<Connection>{erp, dam} << QStringList{u"erp"_s}
                                  << u"dam"_s << true << false << true
                                  << u"Tracking is off for “DAM”"_s << false;
    QTest::newRow("Other chosen") << QList<Connection>{misc} << QStringList() << u"misc"_s << true
                                  << false << true << u"“MISC” has the flow type “Other”"_s
                                  << false;
    QTest::newRow("counted") << QList<Connection>{erp} << QStringList{u"erp"_s} << all << false
                             << false << true << QString() << false;
    QTest::newRow("counted, all zero") << QList<Connection>{erp} << QStringList{u"erp"_s} << all
                                       << true << false << true << QString() << false;
    QTest::newRow("wrong username, all zero")
        << QList<Connection>{erp} << QStringList{u"erp"_s} << all << true << true << true
        << u"The connector of “ERP” calls the API with another user's username (someone)"_s
        << false;
    QTest::newRow("wrong username, chosen")
        << QList<Connection>{erp} << QStringList{u"erp"_s} << u"erp"_s << true << true << true
        << u"The connector of “ERP” calls"_s << false;
    QTest::newRow("wrong username, counted anyway")
        << QList<Connection>{erp} << QStringList{u"erp"_s} << u"erp"_s << false << true << true
        << QString() << false;
    QTest::newRow("an App (not in the list)")
        << QList<Connection>{erp} << QStringList{u"app"_s} << u"app"_s << true << false << true
        << QString() << false;
}

void TestDataFlowsParts::reason()
{
    QFETCH(QList<Connection>, connections);
    QFETCH(QStringList, counted);
    QFETCH(QString, selected);
    QFETCH(bool, allZero);
    QFETCH(bool, wrongUsername);
    QFETCH(bool, canCreate);
    QFETCH(QString, expected);
    QFETCH(bool, createLink);
    ChartFacts facts;
    facts.connections = connections;
    facts.counted = counted;
    facts.canCreate = canCreate;
    if (wrongUsername)
        facts.wrongCredentials.byCode.insert(u"erp"_s, {{u"someone"_s, QDateTime()}});
    const QString text = ChartReason::forSelection(facts, selected, allZero);
    QVERIFY2(expected.isEmpty() ? text.isEmpty() : text.startsWith(expected), qPrintable(text));
    QCOMPARE(text.contains(u"href=\"create\">here.</a>"_s), createLink);
}

void TestDataFlowsParts::chartModel()
{
    DataFlowsChartModel model(u"Products created"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DayChart chart(&model, Theme::Tone::Info);
    QVERIFY(model.isEmpty());
    const AuditSeries series = weekOf(u"erp"_s, {3, 0, 0, 5, 7, 0, 0, 2147483648LL});
    model.setSeries(series);
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(model.isPreviousDay(0));
    QVERIFY(!model.isPreviousDay(1));
    QCOMPARE(model.total(), 2147483660LL); // the previous day's 3 is not in it (§10, rule 3)
    QCOMPARE(model.today(), 2147483648LL);
    QCOMPARE(model.maximum(), 2147483648LL);
    QCOMPARE(model.index(7, DataFlowsChartModel::CountColumn).data(), QVariant(2147483648LL));
    QCOMPARE(model.index(0, 0).data(DataFlowsChartModel::DateRole).toDate(), QDate(2026, 11, 24));
    QCOMPARE(chart.line()->count(), 8);
    QCOMPARE(chart.line()->at(7), QPointF(7, 2147483648.0));
    QVERIFY(
        chart.toolTipFor(7).endsWith(u"Products created: "_s + QLocale().toString(2147483648LL)));
    QVERIFY(chart.toolTipFor(-1).isEmpty());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSeries(series);
    QCOMPARE(reset.count(), 0);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(chart.line()->count(), 0);
}

void TestDataFlowsParts::businessErrorsOrder()
{
    BusinessErrorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ErrorCounts counts{{{u"sap"_s, 4}, {u"bynder"_s, 15}, {u"akeneo"_s, 4}, {u"dam"_s, 0}}};
    model.setCounts(counts, [](const QString &code) { return code.toUpper(); });
    QCOMPARE(model.rowCount(), 4);
    const QStringList order = {u"bynder"_s, u"akeneo"_s, u"sap"_s, u"dam"_s};
    for (int row = 0; row < order.size(); ++row)
        QCOMPARE(model.codeAt(row), order.at(row));
    QCOMPARE(model.total(), 23);
    QCOMPARE(model.rowOf(u"sap"_s), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"BYNDER"_s);
    QCOMPARE(model.index(0, 1).data(BusinessErrorsModel::CountRole).toLongLong(), 15);
}

void TestDataFlowsParts::pickerKeepsItsChoice()
{
    ConnectionPicker picker;
    QSignalSpy changed(&picker, &ConnectionPicker::codeChanged);
    QVERIFY(!picker.isEnabled()); // only "All"
    picker.setEntries({{u"erp"_s, u"ERP"_s, true}, {u"dam"_s, u"DAM"_s, false}});
    QVERIFY(picker.isEnabled());
    QCOMPARE(picker.itemText(2), u"DAM (not tracked)"_s);
    picker.setCurrentCode(u"dam"_s);
    QCOMPARE(changed.count(), 1);
    // A new list that still has it: kept, nothing said.
    picker.setEntries({{u"dam"_s, u"DAM"_s, true}, {u"erp"_s, u"ERP"_s, true}});
    QCOMPARE(picker.currentCode(), u"dam"_s);
    QCOMPARE(picker.currentText(), u"DAM"_s);
    QCOMPARE(changed.count(), 1);
    // Gone: back to "All", said once.
    picker.setEntries({{u"erp"_s, u"ERP"_s, true}});
    QCOMPARE(picker.currentCode(), AuditSeries::allCode());
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestDataFlowsParts)
#include "tst_dataflowsparts.moc"
