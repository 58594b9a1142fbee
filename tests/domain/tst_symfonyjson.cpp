// Symfony's default JSON encoding (docs/pim-api.md §2), byte for byte.
#include "domain/SymfonyJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSymfonyJson : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void keepsKeyOrder();
    void emptyContainers();
    void roundTripsThroughQt();
    void parseKeepsOrderAndKinds();
    void parseDecodesEscapes_data();
    void parseDecodesEscapes();
    void parseRoundTripsAPimAnswer_data();
    void parseRoundTripsAPimAnswer();
    void parseRefuses_data();
    void parseRefuses();
    void readsBack();
};

void TestSymfonyJson::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << u"ERP"_s << QByteArray(R"("ERP")");
    QTest::newRow("slash") << u"a/b/c"_s << QByteArray(R"("a\/b\/c")");
    QTest::newRow("tags") << u"<b>"_s << QByteArray(R"("\u003Cb\u003E")");
    QTest::newRow("amp apos quot") << u"&'\""_s << QByteArray(R"("\u0026\u0027\u0022")");
    QTest::newRow("backslash") << u"a\\b"_s << QByteArray(R"("a\\b")");
    QTest::newRow("accent") << u"Café"_s << QByteArray(R"("Caf\u00e9")");
    QTest::newRow("emoji as surrogates") << u"🛒"_s << QByteArray(R"("\ud83d\uded2")");
    QTest::newRow("controls") << u"\n\t\r\u0001"_s << QByteArray(R"("\n\t\r\u0001")");
    QTest::newRow("backspace form feed") << u"\b\f"_s << QByteArray(R"("\b\f")");
    QTest::newRow("delete char") << u"\u007f"_s << QByteArray(R"("\u007f")");
}

void TestSymfonyJson::escapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(SymfonyJson(text).toJson(), json);
}

void TestSymfonyJson::keepsKeyOrder()
{
    SymfonyJson shapeB = SymfonyJson::object({
        {u"code"_s, u"erp"_s},
        {u"label"_s, u"ERP"_s},
        {u"flow_type"_s, u"data_source"_s},
        {u"image"_s, SymfonyJson::stringOrNull(u"a/b/c/d/1f2e_erp.png"_s)},
        {u"password"_s, nullptr},
        {u"user_group_id"_s, SymfonyJson()},
        {u"auditable"_s, false},
        {u"count"_s, 3},
    });
    QCOMPARE(shapeB.toJson(), QByteArray(R"({"code":"erp","label":"ERP","flow_type":"data_source",)"
                                         R"("image":"a\/b\/c\/d\/1f2e_erp.png","password":null,)"
                                         R"("user_group_id":null,"auditable":false,"count":3})"));
    shapeB.insert(u"label"_s, u"ERP 2"_s); // replaced in place
    QVERIFY(shapeB.toJson().startsWith(R"({"code":"erp","label":"ERP 2","flow_type")"));

    SymfonyJson nested = SymfonyJson::object(
        {{u"erp"_s, SymfonyJson::object(
                        {{u"code"_s, u"erp"_s},
                         {u"users"_s, SymfonyJson::array({SymfonyJson::object(
                                          {{u"username"_s, u"someone"_s},
                                           {u"date"_s, u"2020-01-02T12:34:23+00:00"_s}})})}})}});
    QCOMPARE(
        nested.toJson(),
        QByteArray(
            R"({"erp":{"code":"erp","users":[{"username":"someone","date":"2020-01-02T12:34:23+00:00"}]}})"));
}

void TestSymfonyJson::emptyContainers()
{
    QCOMPARE(SymfonyJson::array().toJson(), QByteArray("[]"));
    QCOMPARE(SymfonyJson::object().toJson(), QByteArray("{}"));
    QVERIFY(SymfonyJson::array().isEmptyContainer());
    QVERIFY(!SymfonyJson(u""_s).isEmptyContainer());
    QCOMPARE(SymfonyJson::stringOrNull(QString()).toJson(), QByteArray("null"));
}

void TestSymfonyJson::roundTripsThroughQt()
{
    const QString nasty = u"<script>alert('x&y')</script> Süd 🛒 \"q\" a/b \\"_s;
    const QByteArray json = SymfonyJson::object({{u"label"_s, nasty}}).toJson();
    for (char c : json)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80, "only ASCII on the wire");
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QCOMPARE(doc.object().value(u"label"_s).toString(), nasty);
}

void TestSymfonyJson::parseKeepsOrderAndKinds()
{
    const auto parsed =
        SymfonyJson::parse(R"({"z":1,"<all>":2.5,"10":null,"a":[true,false]})", nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->kind(), SymfonyJson::Kind::Object);
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->keyAt(0), u"z"_s);
    QCOMPARE(parsed->keyAt(1), u"<all>"_s);
    QCOMPARE(parsed->keyAt(2), u"10"_s);
    QCOMPARE(parsed->value(u"z"_s).kind(), SymfonyJson::Kind::Integer);
    QCOMPARE(parsed->value(u"<all>"_s).kind(), SymfonyJson::Kind::Double);
    QVERIFY(parsed->value(u"10"_s).isNull());
    QVERIFY(parsed->contains(u"10"_s));
    QVERIFY(!parsed->contains(u"missing"_s));
    QVERIFY(parsed->value(u"missing"_s).isNull());
    QCOMPARE(parsed->value(u"a"_s).size(), 2);
    QCOMPARE(parsed->value(u"a"_s).at(1).kind(), SymfonyJson::Kind::Bool);
    QVERIFY(parsed->at(99).isNull());
}

void TestSymfonyJson::parseDecodesEscapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("symfony escapes")
        << QByteArray(R"(["a\/b \u003Cb\u003E \u0026\u0027\u0022"])") << u"a/b <b> &'\""_s;
    QTest::newRow("raw utf-8") << QByteArray("[\"Caf\xc3\xa9 \xf0\x9f\x9b\x92\"]")
                               << u"Café 🛒"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\uded2"])") << u"🛒"_s;
    QTest::newRow("controls") << QByteArray(R"(["\n\t\r\b\f\\"])") << u"\n\t\r\b\f\\"_s;
}

void TestSymfonyJson::parseDecodesEscapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    const auto parsed = SymfonyJson::parse(json, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->at(0).scalarText(), text);
}

void TestSymfonyJson::parseRoundTripsAPimAnswer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("dashboard") << QByteArray(
        R"({"\u003Call\u003E":{"daily":{"2020-01-01":3,"2020-01-02":0},"weekly_total":102},)"
        R"("9lives":{"daily":[],"weekly_total":0},"bynder":{"daily":{"2020-01-01":1},"weekly_total":1}})");
    QTest::newRow("nested, escaped, numbers") << QByteArray(
        R"([{"message":"Caf\u00e9 \u003Cb\u003E a\/b","n":-12,"x":1.5,"e":[],"o":{},"t":true,"z":null}])");
}

void TestSymfonyJson::parseRoundTripsAPimAnswer()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto parsed = SymfonyJson::parse(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toJson(), json);
}

void TestSymfonyJson::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>") << u"HTML"_s;
    QTest::newRow("empty") << QByteArray("  ") << u"empty"_s;
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)") << u"not valid JSON"_s;
    QTest::newRow("a bare number") << QByteArray("42") << u"not valid JSON"_s;
}

void TestSymfonyJson::parseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!SymfonyJson::parse(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestSymfonyJson::readsBack()
{
    const SymfonyJson object = SymfonyJson::object({{u"n"_s, 7}, {u"s"_s, u"x"_s}});
    QCOMPARE(object.value(u"n"_s).scalarText(), u"7"_s);
    QCOMPARE(object.toJsonValue().toObject().value(u"s"_s).toString(), u"x"_s);
    QCOMPARE(object.toJsonValue().toObject().value(u"n"_s).toInt(), 7);
    QCOMPARE(SymfonyJson(true).scalarText(), QString());
    QVERIFY(SymfonyJson::object({{u"a"_s, 1}}) == SymfonyJson::object({{u"a"_s, 1}}));
    QVERIFY(SymfonyJson::object({{u"a"_s, 1}}) != SymfonyJson::object({{u"a"_s, 2}}));
}

QTEST_GUILESS_MAIN(TestSymfonyJson)
#include "tst_symfonyjson.moc"
