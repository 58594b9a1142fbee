// The error monitoring's item models (docs/pim-api.md §9.3): the table of business errors, its
// search and sort proxy, and the CSV export of what it shows.
#include "Translations.h"
#include "domain/BusinessError.h"
#include "items/BusinessErrorCsv.h"
#include "items/BusinessErrorFilterModel.h"
#include "items/BusinessErrorTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Three errors, newest first as the PIM lists them: a violation with a product, locale,
// channel and documentation (a web link and a route), a domain error without a product, and
// an older violation whose message holds what a spreadsheet would take for a formula.
const QByteArray Sample =
    R"([{"connection_code":"erp","date_time":"2026-12-01T09:10:00+00:00","content":{)"
    R"("property":"values","message":"The purple value is not in the color attribute option list.",)"
    R"("attribute":"color","locale":"en_US","scope":"ecommerce","type":"violation_error",)"
    R"("documentation":[{"message":"More information about select attributes: {help}.",)"
    R"("parameters":{"help":{"type":"href","href":"https:\/\/help.akeneo.com\/x","title":"Manage options"}},)"
    R"("style":"information"},{"message":"Please check the {settings}.","parameters":)"
    R"({"settings":{"type":"route","route":"pim_enrich_attribute_edit","routeParameters":{"code":"color"},)"
    R"("title":"Options settings of the color attribute"}},"style":"text"}],)"
    R"("product":{"id":42,"identifier":"sneaker-01","label":"Runner, \"blue\"","family":"shoes"}}},)"
    R"({"connection_code":"erp","date_time":"2026-11-30T16:20:00+00:00","content":{)"
    R"("message":"The hats family does not exist.","type":"domain_error"}},)"
    R"({"connection_code":"erp","date_time":"2026-11-25T10:05:00+00:00","content":{)"
    "\"message\":\"=HYPERLINK(\\\"x\\\")\",\"type\":\"domain_error\","
    R"("product":{"id":null,"identifier":"cap-02","label":"","family":null}}}])";

QList<BusinessError> sample()
{
    QString error;
    const auto errors = BusinessError::listFromJson(Sample, &error);
    if (!errors)
        qFatal("the sample does not parse: %s", qPrintable(error));
    return *errors;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data().toString());
    return out;
}

} // namespace

class TestBusinessErrorModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The English plural forms ("1 result", "2 results").
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void tableShowsTheThreeColumns();
    void detailsSayWhatIsKnown();
    void timesFollowTheZone();
    void proxySortsNewestFirstAndBack();
    void proxySearchesTheContent_data();
    void proxySearchesTheContent();
    void resultsText_data();
    void resultsText();
    void csvField_data();
    void csvField();
    void csvOfTheSample();
};

void TestBusinessErrorModels::tableShowsTheThreeColumns()
{
    BusinessErrorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setErrors(sample());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Day and time"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Business error message"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Details"_s);
    // The message, then the documentation as plain text: the route's title, no markup.
    QCOMPARE(model.index(0, 1).data().toString(),
             u"The purple value is not in the color attribute option list.\n"
             "More information about select attributes: Manage options.\n"
             "Please check the Options settings of the color attribute."_s);
    QCOMPARE(model.index(0, 0).data(BusinessErrorTableModel::ErrorRole).value<BusinessError>(),
             sample().at(0));
    QCOMPARE(model.index(0, 0).data(BusinessErrorTableModel::SortRole).toLongLong(),
             QDateTime(QDate(2026, 12, 1), QTime(9, 10), QTimeZone::utc()).toMSecsSinceEpoch());
    model.setErrors({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBusinessErrorModels::detailsSayWhatIsKnown()
{
    const QList<BusinessError> errors = sample();
    QCOMPARE(BusinessErrorTableModel::detailsText(errors.at(0)),
             u"Product name: Runner, \"blue\" with the ID sneaker-01\nFamily: shoes\n"
             "Locale: en_US\nChannel: ecommerce"_s);
    QCOMPARE(BusinessErrorTableModel::detailsText(errors.at(1)), QString());
    QCOMPARE(BusinessErrorTableModel::detailsText(errors.at(2)), u"Product with the ID cap-02"_s);
    // A product without a name has its identifier as label: said once.
    BusinessError unnamed = errors.at(0);
    unnamed.product->label = unnamed.product->identifier;
    QCOMPARE(BusinessErrorTableModel::detailsText(unnamed),
             u"Product with the ID sneaker-01\nFamily: shoes\nLocale: en_US\nChannel: ecommerce"_s);
}

void TestBusinessErrorModels::timesFollowTheZone()
{
    BusinessErrorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setErrors(sample());
    model.setTimeZone(QTimeZone::utc());
    QCOMPARE(model.index(0, 0).data().toString(), u"01/12/2026 09:10"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"01/12/2026 18:10"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"01/12/2026 01:20"_s);
    // The instant does not move: sorting stays right across zones.
    QCOMPARE(model.index(0, 0).data(BusinessErrorTableModel::SortRole).toLongLong(),
             QDateTime(QDate(2026, 12, 1), QTime(9, 10), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TestBusinessErrorModels::proxySortsNewestFirstAndBack()
{
    BusinessErrorTableModel model;
    model.setTimeZone(QTimeZone::utc());
    // Given oldest first: the proxy still shows the newest first.
    QList<BusinessError> errors = sample();
    std::reverse(errors.begin(), errors.end());
    model.setErrors(errors);
    BusinessErrorFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(column(proxy, 0),
             QStringList({u"01/12/2026 09:10"_s, u"30/11/2026 16:20"_s, u"25/11/2026 10:05"_s}));
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(proxy, 0),
             QStringList({u"25/11/2026 10:05"_s, u"30/11/2026 16:20"_s, u"01/12/2026 09:10"_s}));
}

void TestBusinessErrorModels::proxySearchesTheContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty: all") << QString() << 3;
    QTest::newRow("blank: all") << u"   "_s << 3;
    QTest::newRow("message, other case") << u"PURPLE"_s << 1;
    QTest::newRow("product identifier") << u"cap-02"_s << 1;
    QTest::newRow("family") << u"shoes"_s << 1;
    QTest::newRow("documentation title") << u"manage options"_s << 1;
    QTest::newRow("in two errors") << u"the"_s << 2;
    QTest::newRow("a key in one, a value in another") << u"family"_s << 1;
    QTest::newRow("a key is not a value") << u"message_template"_s << 0;
    QTest::newRow("nothing") << u"zebra"_s << 0;
}

void TestBusinessErrorModels::proxySearchesTheContent()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    BusinessErrorTableModel model;
    model.setErrors(sample());
    BusinessErrorFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(text);
    QCOMPARE(proxy.rowCount(), rows);
    QCOMPARE(BusinessErrors::filtered(sample(), text).size(), rows);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestBusinessErrorModels::resultsText_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << u"No results"_s;
    QTest::newRow("1") << 1 << u"1 result"_s;
    QTest::newRow("2") << 2 << u"2 results"_s;
    QTest::newRow("100") << 100 << u"100 results"_s;
}

void TestBusinessErrorModels::resultsText()
{
    QFETCH(int, count);
    QFETCH(QString, text);
    QCOMPARE(BusinessErrorFilterModel::resultsText(count), text);
}

void TestBusinessErrorModels::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"shoes"_s << u"shoes"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+33 1"_s << u"'+33 1"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
}

void TestBusinessErrorModels::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(BusinessErrorCsv::field(value), field);
}

void TestBusinessErrorModels::csvOfTheSample()
{
    const QByteArray csv = BusinessErrorCsv::toCsv(sample(), QTimeZone::utc());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QString expected =
        u"Day and time,Business error message,Documentation,Product name,Product ID,Family,"
        "Locale,Channel,Attribute\r\n"
        "2026-12-01T09:10:00+00:00,The purple value is not in the color attribute option list.,"
        "\"More information about select attributes: Manage options.\n"
        "Please check the Options settings of the color attribute.\",\"Runner, \"\"blue\"\"\","
        "sneaker-01,shoes,en_US,ecommerce,color\r\n"
        "2026-11-30T16:20:00+00:00,The hats family does not exist.,,,,,,,\r\n"
        "2026-11-25T10:05:00+00:00,\"'=HYPERLINK(\"\"x\"\")\",,,cap-02,,,,\r\n"_s;
    QCOMPARE(text, expected);
    // In another zone, the offset says which.
    const QString tokyo =
        QString::fromUtf8(BusinessErrorCsv::toCsv(sample().mid(0, 1), QTimeZone("Asia/Tokyo")));
    QVERIFY2(tokyo.contains(u"2026-12-01T18:10:00+09:00,"_s), qPrintable(tokyo));
}

QTEST_GUILESS_MAIN(TestBusinessErrorModels)
#include "tst_businesserrormodels.moc"
