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

QTEST_GUILESS_MAIN(TestSymfonyJson)
#include "tst_symfonyjson.moc"
