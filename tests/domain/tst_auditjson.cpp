// The Data flows dashboard's answers (docs/pim-api.md §10): the shapes as a real PIM writes
// them, read and written back byte for byte, and the malformed ones refused with a reason.
#include "domain/AuditCounts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Shape = WeeklyAudit::Shape;

namespace {

// As Symfony writes them: its JSON_HEX_TAG escapes keys too, so "<all>" is "\u003Call\u003E".
// 8 dates; the first is the day before the week (§10, rule 3: 3 on it, 12 after, total 12).
const QByteArray weekly =
    R"({"\u003Call\u003E":{"daily":{"2020-01-01":3,"2020-01-02":0,"2020-01-03":2,"2020-01-04":0,)"
    R"("2020-01-05":10,"2020-01-06":0,"2020-01-07":0,"2020-01-08":0},"weekly_total":12},)"
    R"("bynder":{"daily":{"2020-01-01":3,"2020-01-02":0,"2020-01-03":2,"2020-01-04":0,)"
    R"("2020-01-05":10,"2020-01-06":0,"2020-01-07":0,"2020-01-08":0},"weekly_total":12},)"
    R"("9_erp":{"daily":{"2020-01-01":0,"2020-01-02":0,"2020-01-03":0,"2020-01-04":0,)"
    R"("2020-01-05":0,"2020-01-06":0,"2020-01-07":0,"2020-01-08":0},"weekly_total":0}})";

const QByteArray weeklyError =
    R"({"\u003Call\u003E":{"previous_week":{"2020-01-03":4},"current_week":{"2020-01-04":1,"2020-01-05":0,)"
    R"("2020-01-06":200,"2020-01-07":0,"2020-01-08":0,"2020-01-09":3,"2020-01-10":5},)"
    R"("current_week_total":209},"erp_1":{"previous_week":{"2020-01-03":4},"current_week":)"
    R"({"2020-01-04":1,"2020-01-05":0,"2020-01-06":200,"2020-01-07":0,"2020-01-08":0,)"
    R"("2020-01-09":3,"2020-01-10":5},"current_week_total":209}})";

} // namespace

class TestAuditJson : public QObject
{
    Q_OBJECT

private slots:
    void weeklyEvents();
    void weeklyErrors();
    void roundTripsByteForByte_data();
    void roundTripsByteForByte();
    void missingTotalIsComputed();
    void unknownKeysAreIgnored();
    void malformed_data();
    void malformed();
    void errorCounts();
    void errorCountsMalformed_data();
    void errorCountsMalformed();
    void typeNames();
};

void TestAuditJson::weeklyEvents()
{
    QString error;
    const auto audit = WeeklyAudit::fromJson(Shape::Events, weekly, &error);
    QVERIFY2(audit, qPrintable(error));
    QCOMPARE(audit->series.size(), 3);
    QVERIFY(audit->series.first().isAll());
    QCOMPARE(audit->connectionCodes(), (QStringList{u"bynder"_s, u"9_erp"_s})); // the PIM's order
    const AuditSeries *all = audit->all();
    QVERIFY(all);
    QCOMPARE(all->previous, (QList<AuditDay>{{QDate(2020, 1, 1), 3}}));
    QCOMPARE(all->week.size(), 7);
    QCOMPARE(all->week.first(), (AuditDay{QDate(2020, 1, 2), 0}));
    QCOMPARE(all->week.at(3), (AuditDay{QDate(2020, 1, 5), 10}));
    QCOMPARE(all->total, 12);
    QCOMPARE(all->lastDay(), 0);
    QCOMPARE(all->days().size(), 8);
    QVERIFY(audit->find(u"bynder"_s));
    QVERIFY(!audit->find(u"unknown"_s));
}

void TestAuditJson::weeklyErrors()
{
    QString error;
    const auto audit = WeeklyAudit::fromJson(Shape::Errors, weeklyError, &error);
    QVERIFY2(audit, qPrintable(error));
    const AuditSeries *erp = audit->find(u"erp_1"_s);
    QVERIFY(erp);
    QCOMPARE(erp->previous, (QList<AuditDay>{{QDate(2020, 1, 3), 4}}));
    QCOMPARE(erp->week.size(), 7);
    QCOMPARE(erp->week.at(2).count, 200);
    QCOMPARE(erp->total, 209);
    QCOMPARE(erp->lastDay(), 5);
}

void TestAuditJson::roundTripsByteForByte_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("weekly") << int(Shape::Events) << weekly;
    QTest::newRow("weekly-error") << int(Shape::Errors) << weeklyError;
    QTest::newRow("empty maps are PHP's []")
        << int(Shape::Errors)
        << QByteArray(R"({"\u003Call\u003E":{"previous_week":[],"current_week":[],)"
                      R"("current_week_total":0}})");
}

void TestAuditJson::roundTripsByteForByte()
{
    QFETCH(int, shape);
    QFETCH(QByteArray, json);
    QString error;
    const auto audit = WeeklyAudit::fromJson(Shape(shape), json, &error);
    QVERIFY2(audit, qPrintable(error));
    QCOMPARE(audit->toSymfonyJson().toJson(), json);
}

void TestAuditJson::missingTotalIsComputed()
{
    const auto audit = WeeklyAudit::fromJson(
        Shape::Events,
        R"({"<all>":{"daily":{"2020-01-01":3,"2020-01-02":1,"2020-01-03":1,"2020-01-04":1,)"
        R"("2020-01-05":1,"2020-01-06":1,"2020-01-07":1,"2020-01-08":1}}})",
        nullptr);
    QVERIFY(audit);
    QCOMPARE(audit->all()->total, 7); // the first day is not in the week
}

void TestAuditJson::unknownKeysAreIgnored()
{
    const auto audit = WeeklyAudit::fromJson(
        Shape::Events,
        R"({"<all>":{"daily":{"2020-01-08":2},"weekly_total":2,"monthly_total":99},"new":{"daily":[]}})",
        nullptr);
    QVERIFY(audit);
    QCOMPARE(audit->all()->week, (QList<AuditDay>{{QDate(2020, 1, 8), 2}}));
    QVERIFY(audit->all()->previous.isEmpty()); // fewer than 8 days: all in the week
    QCOMPARE(audit->find(u"new"_s)->total, 0);
}

void TestAuditJson::malformed_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const int events = int(Shape::Events);
    const int errors = int(Shape::Errors);
    QTest::newRow("html") << events << QByteArray("<html>login</html>") << u"HTML"_s;
    QTest::newRow("truncated") << events << weekly.left(weekly.size() - 3) << u"not valid JSON"_s;
    QTest::newRow("empty") << events << QByteArray() << u"empty"_s;
    QTest::newRow("a list") << events << QByteArray(R"([{"daily":{}}])") << u"an object"_s;
    QTest::newRow("[] has no <all>") << events << QByteArray("[]") << u"\"<all>\" is missing"_s;
    QTest::newRow("no <all>") << events << QByteArray(R"({"erp":{"daily":[]}})")
                              << u"\"<all>\" is missing"_s;
    QTest::newRow("series not an object") << events << QByteArray(R"({"<all>":12})")
                                          << u"\"<all>\" should be an object, not number"_s;
    QTest::newRow("daily missing")
        << events << QByteArray(R"({"<all>":{"weekly_total":1}})") << u"\"daily\" is missing"_s;
    QTest::newRow("daily a string") << events << QByteArray(R"({"<all>":{"daily":"none"}})")
                                    << u"\"daily\" should be an object, not string"_s;
    QTest::newRow("count a string")
        << events << QByteArray(R"({"<all>":{"daily":{"2020-01-01":"3"}}})")
        << u"\"2020-01-01\" should be a whole number, not string"_s;
    QTest::newRow("negative count")
        << events << QByteArray(R"({"<all>":{"daily":{"2020-01-01":-1}}})") << u"from 0"_s;
    QTest::newRow("fraction") << events << QByteArray(R"({"<all>":{"daily":{"2020-01-01":1.5}}})")
                              << u"from 0"_s;
    QTest::newRow("total a string")
        << events << QByteArray(R"({"<all>":{"daily":[],"weekly_total":"12"}})")
        << u"\"weekly_total\" should be a whole number"_s;
    QTest::newRow("not a day") << events << QByteArray(R"({"<all>":{"daily":{"2020-13-01":1}}})")
                               << u"\"2020-13-01\" in \"daily\" is not a day"_s;
    QTest::newRow("a time, not a day")
        << events << QByteArray(R"({"<all>":{"daily":{"2020-01-01T00:00:00":1}}})")
        << u"is not a day"_s;
    QTest::newRow("names the connection")
        << events << QByteArray(R"({"<all>":{"daily":[]},"erp":{"daily":{"x":1}}})")
        << u"\"erp\": \"x\" in \"daily\""_s;
    QTest::newRow("current_week missing")
        << errors << QByteArray(R"({"<all>":{"previous_week":{"2020-01-03":4}}})")
        << u"\"current_week\" is missing"_s;
    QTest::newRow("previous_week a list")
        << errors << QByteArray(R"({"<all>":{"previous_week":[4],"current_week":[]}})")
        << u"\"previous_week\" should be an object, not array"_s;
    QTest::newRow("events read as errors") << errors << weekly << u"\"current_week\" is missing"_s;
}

void TestAuditJson::malformed()
{
    QFETCH(int, shape);
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!WeeklyAudit::fromJson(Shape(shape), json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAuditJson::errorCounts()
{
    const QByteArray json = R"({"sap":40,"bynder":15,"akeneo":0})";
    QString error;
    const auto counts = ErrorCounts::fromJson(json, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->counts.first().first, u"sap"_s); // the PIM's order, not sorted
    QCOMPARE(counts->countOf(u"bynder"_s), 15);
    QCOMPARE(counts->countOf(u"unknown"_s), 0);
    QCOMPARE(counts->total(), 55);
    QCOMPARE(counts->toSymfonyJson().toJson(), json);

    const auto none = ErrorCounts::fromJson("[]", &error);
    QVERIFY(none);
    QVERIFY(none->counts.isEmpty());
    QCOMPARE(none->toSymfonyJson().toJson(), QByteArray("[]"));
}

void TestAuditJson::errorCountsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html>") << u"HTML"_s;
    QTest::newRow("truncated") << QByteArray(R"({"sap":4)") << u"not valid JSON"_s;
    QTest::newRow("a non-empty list") << QByteArray("[15,40]") << u"should be an object"_s;
    QTest::newRow("count a string")
        << QByteArray(R"({"sap":"40"})") << u"\"sap\" should be a whole number, not string"_s;
    QTest::newRow("count null") << QByteArray(R"({"sap":null})")
                                << u"\"sap\" should be a whole number, not null"_s;
}

void TestAuditJson::errorCountsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!ErrorCounts::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAuditJson::typeNames()
{
    for (AuditEventType type : AuditTypes::allEvents())
        QCOMPARE(AuditTypes::eventFromApi(AuditTypes::toApi(type)), type);
    QCOMPARE(AuditTypes::toApi(AuditEventType::ProductRead), u"product_read"_s);
    QVERIFY(!AuditTypes::eventFromApi(u"product_deleted"_s));
    QCOMPARE(AuditTypes::errorFromApi(u"technical"_s), AuditErrorType::Technical);
    QCOMPARE(AuditTypes::toApi(AuditErrorType::Business), u"business"_s);
    QVERIFY(!AuditTypes::errorFromApi(u"Business"_s));

    DataFlows flows;
    flows.events(AuditEventType::ProductUpdated).series.append(AuditSeries{u"<all>"_s, {}, {}, 4});
    QCOMPARE(flows.productUpdated.all()->total, 4);
    QCOMPARE(flows.errors.shape, Shape::Errors);
}

QTEST_GUILESS_MAIN(TestAuditJson)
#include "tst_auditjson.moc"
