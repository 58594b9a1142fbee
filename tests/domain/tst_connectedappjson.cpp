// Connected Apps (docs/pim-api.md §11.2): the list item and the monitoring settings, read,
// written back byte for byte, and refused with a reason when malformed.
#include "domain/ConnectedApp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The contract's item, then a custom App with the nulls Akeneo's tests show.
const QByteArray appA =
    R"({"id":"0dfce574-2238-4b13-b8cc-8d257ce7645b","name":"App A","scopes":["scope A1"],)"
    R"("connection_code":"connectionCodeA","logo":"http:\/\/www.example.com\/path\/to\/logo\/a",)"
    R"("author":"author A","user_group_name":"app_123456abcdef","connection_username":"connectionCodeA_1234",)"
    R"("categories":["category A1","category A2"],"certified":false,"partner":"partner A",)"
    R"("is_custom_app":false,"is_pending":false,"has_outdated_scopes":false})";
const QByteArray customApp =
    R"({"id":"2677e764-f852-4956-bf9b-1a1ec1b0d145","name":"Caf\u00e9 \u0026 co","scopes":[],)"
    R"("connection_code":"connected_custom_app","logo":null,"author":"Akeneo","user_group_name":"app_connected_custom_app",)"
    R"("connection_username":"connected_custom_app_5678","categories":[],"certified":true,"partner":null,)"
    R"("is_custom_app":true,"is_pending":true,"has_outdated_scopes":true})";

} // namespace

class TestConnectedAppJson : public QObject
{
    Q_OBJECT

private slots:
    void list();
    void roundTripsByteForByte();
    void missingOptionalKeys();
    void malformed_data();
    void malformed();
    void monitoringSettings_data();
    void monitoringSettings();
    void monitoringSettingsMalformed_data();
    void monitoringSettingsMalformed();
};

void TestConnectedAppJson::list()
{
    QString error;
    const auto apps = ConnectedApp::listFromJson("[" + appA + "," + customApp + "]", &error);
    QVERIFY2(apps, qPrintable(error));
    QCOMPARE(apps->size(), 2);
    const ConnectedApp &a = apps->at(0);
    QCOMPARE(a.id, u"0dfce574-2238-4b13-b8cc-8d257ce7645b"_s);
    QCOMPARE(a.name, u"App A"_s);
    QCOMPARE(a.scopes, QStringList{u"scope A1"_s});
    QCOMPARE(a.connectionCode, u"connectionCodeA"_s);
    QCOMPARE(a.logo, std::optional<QString>(u"http://www.example.com/path/to/logo/a"_s));
    QCOMPARE(a.author, std::optional<QString>(u"author A"_s));
    QCOMPARE(a.userGroupName, std::optional<QString>(u"app_123456abcdef"_s));
    QCOMPARE(a.connectionUsername, u"connectionCodeA_1234"_s);
    QCOMPARE(a.categories, (QStringList{u"category A1"_s, u"category A2"_s}));
    QVERIFY(!a.certified);
    QCOMPARE(a.partner, std::optional<QString>(u"partner A"_s));
    QVERIFY(!a.isCustomApp && !a.isPending && !a.hasOutdatedScopes);

    const ConnectedApp &custom = apps->at(1);
    QCOMPARE(custom.name, u"Café & co"_s);
    QVERIFY(!custom.logo);
    QVERIFY(!custom.partner);
    QVERIFY(custom.certified && custom.isCustomApp && custom.isPending && custom.hasOutdatedScopes);
}

void TestConnectedAppJson::roundTripsByteForByte()
{
    const QByteArray json = "[" + appA + "," + customApp + "]";
    const auto apps = ConnectedApp::listFromJson(json, nullptr);
    QVERIFY(apps);
    QCOMPARE(ConnectedApp::listToSymfonyJson(*apps).toJson(), json);
    QCOMPARE(ConnectedApp::listToSymfonyJson({}).toJson(), QByteArray("[]"));
}

void TestConnectedAppJson::missingOptionalKeys()
{
    const auto apps = ConnectedApp::listFromJson(
        R"([{"connection_code":"erp_app","brand_new_key":{"a":1},"scopes":null}])", nullptr);
    QVERIFY(apps);
    const ConnectedApp &app = apps->first();
    QCOMPARE(app.connectionCode, u"erp_app"_s);
    QVERIFY(app.name.isEmpty());
    QVERIFY(app.scopes.isEmpty());
    QVERIFY(!app.logo && !app.author && !app.userGroupName && !app.partner);
    QVERIFY(!app.certified);
}

void TestConnectedAppJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><title>404</title>") << u"HTML"_s;
    QTest::newRow("truncated") << QByteArray("[" + appA.left(50)) << u"not valid JSON"_s;
    QTest::newRow("an object") << QByteArray(R"({"apps":[]})") << u"not a JSON array"_s;
    QTest::newRow("item a string") << QByteArray(R"(["App A"])") << u"App 1: an App is not"_s;
    QTest::newRow("no connection code")
        << QByteArray(R"([{"name":"App A"}])") << u"\"connection_code\" is missing"_s;
    QTest::newRow("scopes a string") << QByteArray(R"([{"connection_code":"a","scopes":"read"}])")
                                     << u"\"scopes\" should be an array of strings, not string"_s;
    QTest::newRow("a scope a number")
        << QByteArray(R"([{"connection_code":"a","scopes":["read",3]}])")
        << u"\"scopes\" should be an array of strings, not number"_s;
    QTest::newRow("certified a string")
        << QByteArray(R"([{"connection_code":"a","certified":"yes"}])")
        << u"\"certified\" should be a boolean"_s;
    QTest::newRow("logo a number")
        << QByteArray(R"([{"connection_code":"a","logo":5}])") << u"\"logo\" should be a string"_s;
    QTest::newRow("the second one") << QByteArray("[" + appA + R"(,{"id":1}])") << u"App 2:"_s;
}

void TestConnectedAppJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!ConnectedApp::listFromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestConnectedAppJson::monitoringSettings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("flowType");
    QTest::addColumn<bool>("auditable");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("the contract's")
        << QByteArray(R"({"flowType":"data_source","auditable":true})") << int(FlowType::Source)
        << true << QByteArray(R"({"flowType":"data_source","auditable":true})");
    QTest::newRow("destination")
        << QByteArray(R"({"flowType":"data_destination","auditable":false,"extra":1})")
        << int(FlowType::Destination) << false
        << QByteArray(R"({"flowType":"data_destination","auditable":false})");
    QTest::newRow("auditable missing")
        << QByteArray(R"({"flowType":"other"})") << int(FlowType::Other) << false
        << QByteArray(R"({"flowType":"other","auditable":false})");
}

void TestConnectedAppJson::monitoringSettings()
{
    QFETCH(QByteArray, json);
    QFETCH(int, flowType);
    QFETCH(bool, auditable);
    QFETCH(QByteArray, written);
    QString error;
    const auto settings = AppMonitoringSettings::fromJson(json, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->flowType, FlowType(flowType));
    QCOMPARE(settings->auditable, auditable);
    QCOMPARE(settings->toSymfonyJson().toJson(), written);
}

void TestConnectedAppJson::monitoringSettingsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html") << QByteArray("<html></html>") << u"HTML"_s;
    QTest::newRow("a list") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no flow type") << QByteArray(R"({"auditable":true})")
                                  << u"\"flowType\" is missing"_s;
    QTest::newRow("unknown flow type")
        << QByteArray(R"({"flowType":"data_sink"})") << u"unknown flow type \"data_sink\""_s;
    QTest::newRow("auditable a string") << QByteArray(R"({"flowType":"other","auditable":"true"})")
                                        << u"\"auditable\" should be a boolean, not string"_s;
}

void TestConnectedAppJson::monitoringSettingsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!AppMonitoringSettings::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestConnectedAppJson)
#include "tst_connectedappjson.moc"
