// Parsing the PIM's shapes A and B (docs/pim-api.md §2): everything a real server sends is
// accepted, the rest is refused with a readable reason.
#include "domain/Connection.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionJson : public QObject
{
    Q_OBJECT

private slots:
    void listItem();
    void listAcceptsEscapesNullsAndExtraKeys();
    void listRejects_data();
    void listRejects();
    void details();
    void detailsAcceptsWhatServersSend();
    void detailsRejects_data();
    void detailsRejects();
    void updateBody();
};

void TestConnectionJson::listItem()
{
    const QByteArray body =
        R"([{"code":"erp","label":"ERP","flowType":"data_source","image":null,"auditable":true,"type":"default"}])";
    QString error;
    const auto list = Connection::listFromJson(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    const Connection &c = list->first();
    QCOMPARE(c.code, u"erp"_s);
    QCOMPARE(c.label, u"ERP"_s);
    QCOMPARE(c.flowType, FlowType::Source);
    QVERIFY(c.image.isEmpty());
    QVERIFY(c.auditable);
    QCOMPARE(c.type, u"default"_s);
}

void TestConnectionJson::listAcceptsEscapesNullsAndExtraKeys()
{
    const QByteArray body =
        R"([{"code":"shop","label":"Caf\u00e9 \u003Cb\u003E \u0026 \u0027x\u0027","flowType":"data_destination",)"
        R"("image":"a\/b\/c\/d\/1f2e_shop.png","auditable":null,"type":"app","futureKey":{"x":1}},)"
        R"({"code":"misc","label":null,"flowType":"other"}])";
    QString error;
    const auto list = Connection::listFromJson(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).label, u"Café <b> & 'x'"_s);
    QCOMPARE(list->at(0).image, u"a/b/c/d/1f2e_shop.png"_s);
    QCOMPARE(list->at(0).auditable, false);
    QCOMPARE(list->at(0).type, u"app"_s);
    QCOMPARE(list->at(1).flowType, FlowType::Other);
    QCOMPARE(list->at(1).type, u"default"_s);
    QVERIFY(list->at(1).label.isEmpty());

    QVERIFY(Connection::listFromJson("[]", &error));
    QCOMPARE(Connection::listFromJson("[]", &error)->size(), 0);
}

void TestConnectionJson::listRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty body") << QByteArray() << u"empty"_s;
    QTest::newRow("login page") << QByteArray("<!DOCTYPE html><html><form>") << u"HTML"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"code":"erp","label":"E)") << u"not valid JSON"_s;
    QTest::newRow("object, not array") << QByteArray(R"({"code":"erp"})") << u"array"_s;
    QTest::newRow("scalar") << QByteArray("42") << u"JSON"_s;
    QTest::newRow("item not an object") << QByteArray(R"(["erp"])") << u"object"_s;
    QTest::newRow("missing code") << QByteArray(R"([{"label":"ERP","flowType":"other"}])")
                                  << u"code"_s;
    QTest::newRow("code is a number")
        << QByteArray(R"([{"code":12,"flowType":"other"}])") << u"code"_s;
    QTest::newRow("unknown flow type")
        << QByteArray(R"([{"code":"erp","flowType":"sideways"}])") << u"sideways"_s;
    QTest::newRow("auditable is a string")
        << QByteArray(R"([{"code":"erp","flowType":"other","auditable":"yes"}])") << u"auditable"_s;
}

void TestConnectionJson::listRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Connection::listFromJson(body, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestConnectionJson::details()
{
    // The PIM's shape B, verbatim.
    const QByteArray body =
        R"({"code":"erp","label":"ERP","flow_type":"data_source","image":"a\/b\/c\/d\/1f2e_erp.png",)"
        R"("client_id":"3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w",)"
        R"("secret":"3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so",)"
        R"("username":"erp_0427","password":null,)"
        R"("user_role_id":"1","user_group_id":null,"auditable":false,"type":"default"})";
    QString error;
    const auto d = ConnectionDetails::fromJson(body, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->connection.code, u"erp"_s);
    QCOMPARE(d->connection.flowType, FlowType::Source);
    QCOMPARE(d->connection.image, u"a/b/c/d/1f2e_erp.png"_s);
    QCOMPARE(d->credentials.clientId, u"3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w"_s);
    QCOMPARE(d->credentials.secret, u"3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so"_s);
    QCOMPARE(d->credentials.username, u"erp_0427"_s);
    QVERIFY(!d->credentials.password);
    QCOMPARE(d->userRoleId, u"1"_s);
    QVERIFY(!d->userGroupId);
    QVERIFY(!d->connection.auditable);
}

void TestConnectionJson::detailsAcceptsWhatServersSend()
{
    const QByteArray body =
        R"({"code":"magento","label":"Magento","flow_type":"data_destination","image":null,)"
        R"("client_id":"4_abc","secret":"s","username":"magento_0001","password":"3f9a1c0e7",)"
        R"("user_role_id":2,"user_group_id":"4","auditable":true,"type":"default","extra":[]})";
    QString error;
    const auto d = ConnectionDetails::fromJson(body, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->credentials.password.value_or(QString()), u"3f9a1c0e7"_s);
    QCOMPARE(d->userRoleId, u"2"_s);
    QCOMPARE(d->userGroupId.value_or(QString()), u"4"_s);
    QVERIFY(d->connection.image.isEmpty());
}

void TestConnectionJson::detailsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("array") << QByteArray("[]") << u"object"_s;
    QTest::newRow("no code") << QByteArray(R"({"flow_type":"other"})") << u"code"_s;
    QTest::newRow("camelCase flow type only")
        << QByteArray(R"({"code":"erp","flowType":"other"})") << u"flow_type"_s;
    QTest::newRow("secret is a number")
        << QByteArray(R"({"code":"erp","flow_type":"other","secret":5})") << u"secret"_s;
    QTest::newRow("role is fractional")
        << QByteArray(R"({"code":"erp","flow_type":"other","user_role_id":1.5})")
        << u"user_role_id"_s;
    QTest::newRow("group is an object")
        << QByteArray(R"({"code":"erp","flow_type":"other","user_group_id":{}})")
        << u"user_group_id"_s;
    QTest::newRow("html") << QByteArray("  <html>") << u"HTML"_s;
}

void TestConnectionJson::detailsRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!ConnectionDetails::fromJson(body, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestConnectionJson::updateBody()
{
    ConnectionDetails d;
    d.connection.code = u"magento"_s;
    d.connection.label = u"Magento 2"_s;
    d.connection.flowType = FlowType::Destination;
    d.connection.auditable = true;
    d.userRoleId = u"2"_s;
    d.userGroupId = u"4"_s;
    const QJsonObject json = ConnectionUpdate::from(d).toJson();
    QCOMPARE(json.value(u"code"_s).toString(), u"magento"_s);
    QCOMPARE(json.value(u"label"_s).toString(), u"Magento 2"_s);
    QCOMPARE(json.value(u"flow_type"_s).toString(), u"data_destination"_s);
    QVERIFY(json.value(u"image"_s).isNull());
    QCOMPARE(json.value(u"auditable"_s).toBool(), true);
    QVERIFY(json.value(u"user_role_id"_s).isString());
    QCOMPARE(json.value(u"user_group_id"_s).toString(), u"4"_s);

    d.userGroupId.reset();
    d.connection.image = u"a/b/c/d/x.png"_s;
    const QJsonObject json2 = ConnectionUpdate::from(d).toJson();
    QVERIFY(json2.value(u"user_group_id"_s).isNull());
    QCOMPARE(json2.value(u"image"_s).toString(), u"a/b/c/d/x.png"_s);
}

QTEST_GUILESS_MAIN(TestConnectionJson)
#include "tst_connectionjson.moc"
