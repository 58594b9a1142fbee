// Business errors of the error monitoring page (docs/pim-api.md §9.1, §9.3): the contract's
// samples read, shown and written back byte for byte; malformed ones refused with a reason;
// the screen's search.
#include "domain/BusinessError.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The contract's violation error (§9.1), as Symfony writes it.
const QByteArray violation =
    R"({"connection_code":"erp","date_time":"2020-01-07T00:00:00+00:00","content":{)"
    R"("property":"values","message":"The unknown_color value is not in the color attribute option list.",)"
    R"("attribute":"color","locale":null,"scope":null,"type":"violation_error",)"
    R"("message_template":"The %invalid_option% value is not in the %attribute_code% attribute option list.",)"
    R"("message_parameters":{"%attribute_code%":"color","%invalid_option%":"unknown_color"},)"
    R"("documentation":[{"message":"More information about select attributes: {manage_attributes_options}.",)"
    R"("parameters":{"manage_attributes_options":{"type":"href",)"
    R"("href":"https:\/\/help.akeneo.com\/pim\/serenity\/articles\/manage-your-attributes.html",)"
    R"("title":"Manage select attributes options"}},"style":"information"},)"
    R"({"message":"Please check the {attribute_options_settings}.",)"
    R"("parameters":{"attribute_options_settings":{"type":"route","route":"pim_enrich_attribute_edit",)"
    R"("routeParameters":{"code":"color"},"title":"Options settings of the color attribute"}},)"
    R"("style":"text"}],)"
    R"("product":{"id":null,"identifier":"high-top_sneakers","label":"high-top_sneakers","family":"shoes"}}})";

// A domain error: only message and type, and a key this client does not know.
const QByteArray domain =
    R"({"connection_code":"erp","date_time":"2020-01-06T23:59:59+00:00","content":{)"
    R"("message":"The \u0022Shoes \u0026 Bags\u0022 family does not exist.","type":"domain_error",)"
    R"("future_key":{"x":[1,2]},"product":{"id":42,"uuid":"1f0e2d3c-0000-4000-8000-000000000001",)"
    R"("identifier":"sku-1","label":"Chaussure \u00e9t\u00e9","family":null}}})";

QList<BusinessError> both()
{
    const auto list = BusinessError::listFromJson("[" + violation + "," + domain + "]", nullptr);
    return list.value_or(QList<BusinessError>());
}

} // namespace

class TestBusinessErrorJson : public QObject
{
    Q_OBJECT

private slots:
    void violationError();
    void documentationLinks();
    void domainError();
    void roundTripsByteForByte();
    void emptyList();
    void malformed_data();
    void malformed();
    void search_data();
    void search();
    void localTime_data();
    void localTime();
};

void TestBusinessErrorJson::violationError()
{
    const QList<BusinessError> errors = both();
    QCOMPARE(errors.size(), 2);
    const BusinessError &e = errors.first();
    QCOMPARE(e.connectionCode, u"erp"_s);
    QCOMPARE(e.dateTime.toUTC(), QDateTime(QDate(2020, 1, 7), QTime(0, 0), Qt::UTC));
    QCOMPARE(e.type, u"violation_error"_s);
    QCOMPARE(e.message, u"The unknown_color value is not in the color attribute option list."_s);
    QCOMPARE(e.property, u"values"_s);
    QCOMPARE(e.attribute, u"color"_s);
    QVERIFY(e.locale.isEmpty()); // null
    QVERIFY(e.scope.isEmpty());
    QVERIFY(e.messageTemplate.startsWith(u"The %invalid_option% value"_s));
    QVERIFY(e.product);
    QVERIFY(e.product->id.isEmpty());
    QCOMPARE(e.product->identifier, u"high-top_sneakers"_s);
    QCOMPARE(e.product->label, u"high-top_sneakers"_s);
    QCOMPARE(e.product->family, u"shoes"_s);
    QCOMPARE(e.documentation.size(), 2);
}

void TestBusinessErrorJson::documentationLinks()
{
    const BusinessError e = both().value(0);
    QCOMPARE(e.documentation.size(), 2);
    const ErrorDocumentation &web = e.documentation.at(0);
    QCOMPARE(web.style, u"information"_s);
    QCOMPARE(web.links.size(), 1);
    QCOMPARE(web.links.first().kind, DocumentationLink::Kind::Href);
    QCOMPARE(web.links.first().href.host(), u"help.akeneo.com"_s);
    QCOMPARE(web.text(),
             u"More information about select attributes: Manage select attributes options."_s);
    QCOMPARE(
        web.html(),
        u"More information about select attributes: <a href=\"https://help.akeneo.com/pim/"
        "serenity/articles/manage-your-attributes.html\">Manage select attributes options</a>."_s);

    const ErrorDocumentation &screen = e.documentation.at(1);
    const DocumentationLink &route = screen.links.first();
    QCOMPARE(route.kind, DocumentationLink::Kind::Route);
    QCOMPARE(route.route, u"pim_enrich_attribute_edit"_s);
    QCOMPARE(route.routeParameters, (QList<std::pair<QString, QString>>{{u"code"_s, u"color"_s}}));
    // A PIM screen cannot be opened from here: its title, as plain text.
    QCOMPARE(screen.html(), u"Please check the Options settings of the color attribute."_s);

    ErrorDocumentation unsafe;
    unsafe.message = u"<b>{a}</b> and {missing} and {b"_s;
    unsafe.links = {{u"a"_s,
                     DocumentationLink::Kind::Href,
                     u"x & y"_s,
                     QUrl(u"javascript:alert(1)"_s),
                     {},
                     {}}};
    QCOMPARE(unsafe.html(), u"&lt;b&gt;x &amp; y&lt;/b&gt; and {missing} and {b"_s);
    QCOMPARE(unsafe.text(), u"<b>x & y</b> and {missing} and {b"_s);
}

void TestBusinessErrorJson::domainError()
{
    const BusinessError e = both().value(1);
    QCOMPARE(e.type, u"domain_error"_s);
    QCOMPARE(e.message, u"The \"Shoes & Bags\" family does not exist."_s);
    QVERIFY(e.documentation.isEmpty());
    QVERIFY(e.attribute.isEmpty());
    QVERIFY(e.product);
    QCOMPARE(e.product->id, u"42"_s);
    QCOMPARE(e.product->uuid, u"1f0e2d3c-0000-4000-8000-000000000001"_s);
    QCOMPARE(e.product->label, u"Chaussure été"_s);
    QVERIFY(e.product->family.isEmpty());
    QVERIFY(e.content.contains(u"future_key"_s)); // kept for --json
}

void TestBusinessErrorJson::roundTripsByteForByte()
{
    const QByteArray json = "[" + violation + "," + domain + "]";
    const auto errors = BusinessError::listFromJson(json, nullptr);
    QVERIFY(errors);
    QCOMPARE(BusinessError::listToSymfonyJson(*errors).toJson(), json);
}

void TestBusinessErrorJson::emptyList()
{
    const auto errors = BusinessError::listFromJson("[]", nullptr);
    QVERIFY(errors);
    QVERIFY(errors->isEmpty());
    QCOMPARE(BusinessError::listToSymfonyJson(*errors).toJson(), QByteArray("[]"));
}

void TestBusinessErrorJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray head = R"([{"connection_code":"erp","date_time":"2020-01-07T00:00:00+00:00",)";
    QTest::newRow("html") << QByteArray("<html><body>Login</body></html>") << u"HTML"_s;
    QTest::newRow("truncated") << violation.left(200) << u"not valid JSON"_s;
    QTest::newRow("an object") << QByteArray(R"({"errors":[]})") << u"not a JSON array"_s;
    QTest::newRow("item not an object") << QByteArray("[1]") << u"error 1: an error is not"_s;
    QTest::newRow("no date") << QByteArray(R"([{"content":{"message":"x"}}])")
                             << u"\"date_time\" is missing"_s;
    QTest::newRow("malformed date")
        << QByteArray(R"([{"date_time":"2020-02-30T00:00:00+00:00","content":{"message":"x"}}])")
        << u"\"2020-02-30T00:00:00+00:00\" is not a time with its zone"_s;
    QTest::newRow("date without zone")
        << QByteArray(R"([{"date_time":"2020-01-07T00:00:00","content":{"message":"x"}}])")
        << u"is not a time with its zone"_s;
    QTest::newRow("date a number") << QByteArray(R"([{"date_time":1578355200,"content":{}}])")
                                   << u"\"date_time\" should be a string, not number"_s;
    QTest::newRow("no content") << head + R"("contents":{}}])" << u"\"content\" is missing"_s;
    QTest::newRow("content a string")
        << head + R"("content":"oops"}])" << u"\"content\" should be an object, not string"_s;
    QTest::newRow("no message") << head + R"("content":{"type":"domain_error"}}])"
                                << u"\"message\" is missing"_s;
    QTest::newRow("message a list")
        << head + R"("content":{"message":["a"]}}])" << u"\"message\" should be a string"_s;
    QTest::newRow("locale a number")
        << head + R"("content":{"message":"x","locale":7}}])" << u"\"locale\" should be a string"_s;
    QTest::newRow("documentation an object")
        << head + R"("content":{"message":"x","documentation":{}}}])"
        << u"\"documentation\" should be an array, not object"_s;
    QTest::newRow("parameter a string")
        << head +
               R"("content":{"message":"x","documentation":[{"message":"{a}","parameters":{"a":"b"}}]}}])"
        << u"\"a\" should be an object, not string"_s;
    QTest::newRow("product a list") << head + R"("content":{"message":"x","product":[1]}}])"
                                    << u"\"product\" should be an object, not array"_s;
    QTest::newRow("product id a fraction")
        << head + R"("content":{"message":"x","product":{"id":1.5}}}])"
        << u"\"id\" should be an identifier"_s;
    QTest::newRow("the second one")
        << "[" + violation + R"(,{"date_time":"x","content":{}}])" << u"error 2:"_s;
}

void TestBusinessErrorJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!BusinessError::listFromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestBusinessErrorJson::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    const QString v = u"violation_error"_s;
    const QString d = u"domain_error"_s;
    QTest::newRow("empty: all") << QString() << QStringList{v, d};
    QTest::newRow("blank: all") << u"   "_s << QStringList{v, d};
    QTest::newRow("message, any case") << u"UNKNOWN_COLOR"_s << QStringList{v};
    QTest::newRow("decoded text") << u"shoes & bags"_s << QStringList{d};
    QTest::newRow("accented value") << u"ÉTÉ"_s << QStringList{d};
    QTest::newRow("product identifier") << u"sku-1"_s << QStringList{d};
    QTest::newRow("family") << u"shoes"_s << QStringList{v, d};
    QTest::newRow("documentation title") << u"options settings"_s << QStringList{v};
    QTest::newRow("a number") << u"42"_s << QStringList{d};
    QTest::newRow("keys are not searched") << u"message_template"_s << QStringList{};
    QTest::newRow("nor JSON syntax") << u"\":"_s << QStringList{};
    QTest::newRow("nothing") << u"zebra"_s << QStringList{};
}

void TestBusinessErrorJson::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QStringList types;
    for (const BusinessError &e : BusinessErrors::filtered(both(), text))
        types.append(e.type);
    QCOMPARE(types, found);
}

void TestBusinessErrorJson::localTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("local");
    // 2020-01-07T00:00:00+00:00 (§9.1's sample), in three zones.
    QTest::newRow("Paris, winter")
        << QByteArray("Europe/Paris") << QDateTime(QDate(2020, 1, 7), QTime(1, 0));
    QTest::newRow("New York: the day before")
        << QByteArray("America/New_York") << QDateTime(QDate(2020, 1, 6), QTime(19, 0));
    QTest::newRow("Kolkata, half hour")
        << QByteArray("Asia/Kolkata") << QDateTime(QDate(2020, 1, 7), QTime(5, 30));
}

void TestBusinessErrorJson::localTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, local);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const QDateTime shown = both().value(0).localDateTime(tz);
    QCOMPARE(shown.date(), local.date());
    QCOMPARE(shown.time(), local.time());
    QCOMPARE(shown.timeZone(), tz);
    QCOMPARE(shown.toUTC(), both().value(0).dateTime.toUTC()); // the same instant
}

QTEST_GUILESS_MAIN(TestBusinessErrorJson)
#include "tst_businesserrorjson.moc"
