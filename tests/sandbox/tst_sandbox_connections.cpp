// docs/pim-api.md §2: the /rest/connections routes, their shapes byte for byte, and what
// regenerating and deleting do; roles and groups.
#include "domain/CredentialFormat.h"
#include "domain/Permissions.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

namespace {

// Shape B with the given credentials, in the PIM's key order.
QByteArray shapeB(const QJsonObject &c, const QByteArray &password)
{
    return "{\"code\":\"" + c[u"code"_s].toString().toUtf8() + "\",\"label\":\"" +
           c[u"label"_s].toString().toUtf8() + "\",\"flow_type\":\"" +
           c[u"flow_type"_s].toString().toUtf8() + "\",\"image\":null,\"client_id\":\"" +
           c[u"client_id"_s].toString().toUtf8() + "\",\"secret\":\"" +
           c[u"secret"_s].toString().toUtf8() + "\",\"username\":\"" +
           c[u"username"_s].toString().toUtf8() + "\",\"password\":" + password +
           ",\"user_role_id\":\"1\",\"user_group_id\":null,\"auditable\":false,"
           "\"type\":\"default\"}";
}

} // namespace

class TestSandboxConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createAnswersShapeBWithThePassword();
    void getAnswersShapeBWithoutThePassword();
    void getUnknownOrAppIs404WithEmptyObject_data();
    void getUnknownOrAppIs404WithEmptyObject();
    void listIsShapeAOldestFirst();
    void listFiltersByType();
    void labelsAreEscapedLikeSymfony();
    void updateChangesWhatTheContractSays();
    void updateIgnoresTheCodeInTheBody();
    void updateWithUnknownRoleOrGroup_data();
    void updateWithUnknownRoleOrGroup();
    void unknownConnectionIs400_data();
    void unknownConnectionIs400();
    void deleteRemovesTheConnection();
    void regenerateSecretKeepsTheClientId();
    void regeneratePasswordAnswersANewOne();
    void wrongCredentialsIsAnEmptyArrayThenAMap();
    void rolesAndGroups();

private:
    QJsonObject create(const QString &code, const QString &label, const QString &flowType);

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxConnections::initTestCase()
{
    SandboxProcess::Options options;
    options.extraArguments = {u"--app"_s, u"shop_app:Shop App"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
}

void TestSandboxConnections::init()
{
    // Each test starts from the App alone.
    const QJsonArray all = m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray();
    for (const QJsonValue &connection : all)
        QCOMPARE(m_admin->send("DELETE", u"/rest/connections/"_s + connection[u"code"_s].toString())
                     .status,
                 204);
}

QJsonObject TestSandboxConnections::create(const QString &code, const QString &label,
                                           const QString &flowType)
{
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        compact({{u"code"_s, code}, {u"label"_s, label}, {u"flow_type"_s, flowType}}));
    if (reply.status != 201)
        qWarning("creation answered %d: %s", reply.status, reply.body.constData());
    return reply.json().toObject();
}

void TestSandboxConnections::createAnswersShapeBWithThePassword()
{
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        "{\"code\":\"magento\",\"label\":\"Magento\",\"flow_type\":\"data_destination\","
        "\"ignored\":[1,2]}");
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject created = reply.json().toObject();
    const QString password = created[u"password"_s].toString();
    QVERIFY(CredentialFormat::isClientId(created[u"client_id"_s].toString()));
    QVERIFY(CredentialFormat::isToken(created[u"secret"_s].toString()));
    QVERIFY(CredentialFormat::isUsername(created[u"username"_s].toString(), u"magento"_s));
    QVERIFY(CredentialFormat::isPassword(password));
    QCOMPARE(reply.body, shapeB(created, '"' + password.toUtf8() + '"'));
}

void TestSandboxConnections::getAnswersShapeBWithoutThePassword()
{
    const QJsonObject created = create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const HttpReply reply = m_admin->get(u"/rest/connections/erp"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, shapeB(created, "null"));
}

void TestSandboxConnections::getUnknownOrAppIs404WithEmptyObject_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown") << u"nope"_s;
    QTest::newRow("a connected App") << u"shop_app"_s;
}

void TestSandboxConnections::getUnknownOrAppIs404WithEmptyObject()
{
    QFETCH(QString, code);
    const HttpReply reply = m_admin->get(u"/rest/connections/"_s + code);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray("{}"));
}

void TestSandboxConnections::listIsShapeAOldestFirst()
{
    create(u"zeta"_s, u"Zeta"_s, u"other"_s);
    create(u"alpha"_s, u"Alpha"_s, u"data_source"_s);
    const HttpReply reply = m_admin->get(SandboxFixture::defaultTypesQuery());
    QCOMPARE(reply.status, 200);
    const QByteArray expected =
        "[{\"code\":\"zeta\",\"label\":\"Zeta\",\"flowType\":\"other\",\"image\":null,"
        "\"auditable\":false,\"type\":\"default\"},"
        "{\"code\":\"alpha\",\"label\":\"Alpha\",\"flowType\":\"data_source\",\"image\":null,"
        "\"auditable\":false,\"type\":\"default\"}]";
    QCOMPARE(reply.body, expected);
}

void TestSandboxConnections::listFiltersByType()
{
    create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const QJsonArray all = m_admin->get(u"/rest/connections"_s).json().toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0)[u"code"_s].toString(), u"shop_app"_s);
    QCOMPARE(all.at(0)[u"type"_s].toString(), u"app"_s);
    const QJsonArray defaults = m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(defaults.size(), 1);
    QCOMPARE(defaults.at(0)[u"code"_s].toString(), u"erp"_s);
    const QString apps = u"/rest/connections?search="_s +
                         QString::fromLatin1(QUrl::toPercentEncoding(u"{\"types\":[\"app\"]}"_s));
    QCOMPARE(m_admin->get(apps).json().toArray().size(), 1);
    const HttpReply bad = m_admin->get(u"/rest/connections?search=%7Bnot-json"_s);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().toObject().contains(u"message"_s));
}

void TestSandboxConnections::labelsAreEscapedLikeSymfony()
{
    const QJsonObject created = create(u"escapes"_s, u"<A&B> 'q' \"d\" a/b Café"_s, u"other"_s);
    QCOMPARE(created[u"label"_s].toString(), u"<A&B> 'q' \"d\" a/b Café"_s);
    const HttpReply list = m_admin->get(SandboxFixture::defaultTypesQuery());
    const QByteArray label =
        "\"label\":\"\\u003CA\\u0026B\\u003E \\u0027q\\u0027 \\u0022d\\u0022 a\\/b Caf\\u00e9\"";
    QVERIFY2(list.body.contains(label), list.body.constData());
    QVERIFY(m_admin->get(u"/rest/connections/escapes"_s).body.contains(label));
}

void TestSandboxConnections::updateChangesWhatTheContractSays()
{
    const QJsonObject created = create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    HttpReply reply = m_admin->postJson(u"/rest/connections/erp"_s,
                                        compact({{u"code"_s, u"erp"_s},
                                                 {u"label"_s, u"ERP 2"_s},
                                                 {u"flow_type"_s, u"data_destination"_s},
                                                 {u"image"_s, QJsonValue::Null},
                                                 {u"auditable"_s, true},
                                                 {u"user_role_id"_s, u"2"_s},
                                                 {u"user_group_id"_s, u"4"_s}}));
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QJsonObject after = m_admin->get(u"/rest/connections/erp"_s).json().toObject();
    QCOMPARE(after[u"label"_s].toString(), u"ERP 2"_s);
    QCOMPARE(after[u"flow_type"_s].toString(), u"data_destination"_s);
    QCOMPARE(after[u"auditable"_s].toBool(), true);
    QCOMPARE(after[u"user_role_id"_s].toString(), u"2"_s);
    QCOMPARE(after[u"user_group_id"_s].toString(), u"4"_s);
    QCOMPARE(after[u"client_id"_s], created[u"client_id"_s]);
    QCOMPARE(after[u"secret"_s], created[u"secret"_s]);

    // auditable is false when absent; user_group_id may be null.
    reply = m_admin->postJson(u"/rest/connections/erp"_s,
                              compact({{u"label"_s, u"ERP 3"_s},
                                       {u"flow_type"_s, u"other"_s},
                                       {u"image"_s, QJsonValue::Null},
                                       {u"user_role_id"_s, u"1"_s},
                                       {u"user_group_id"_s, QJsonValue::Null}}));
    QCOMPARE(reply.status, 204);
    after = m_admin->get(u"/rest/connections/erp"_s).json().toObject();
    QCOMPARE(after[u"auditable"_s].toBool(true), false);
    QVERIFY(after[u"user_group_id"_s].isNull());
    QCOMPARE(after[u"user_role_id"_s].toString(), u"1"_s);
    const QJsonArray list = m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(list.at(0)[u"label"_s].toString(), u"ERP 3"_s);
    QCOMPARE(list.at(0)[u"flowType"_s].toString(), u"other"_s);
}

void TestSandboxConnections::updateIgnoresTheCodeInTheBody()
{
    create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    create(u"other_one"_s, u"Other"_s, u"other"_s);
    const HttpReply reply = m_admin->postJson(u"/rest/connections/erp"_s,
                                              compact({{u"code"_s, u"other_one"_s},
                                                       {u"label"_s, u"Renamed"_s},
                                                       {u"flow_type"_s, u"data_source"_s},
                                                       {u"image"_s, QJsonValue::Null},
                                                       {u"user_role_id"_s, u"1"_s},
                                                       {u"user_group_id"_s, QJsonValue::Null}}));
    QCOMPARE(reply.status, 204);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).json()[u"label"_s].toString(), u"Renamed"_s);
    QCOMPARE(m_admin->get(u"/rest/connections/other_one"_s).json()[u"label"_s].toString(),
             u"Other"_s);
}

void TestSandboxConnections::updateWithUnknownRoleOrGroup_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QJsonValue>("group");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("role") << u"9"_s << QJsonValue(QJsonValue::Null)
                          << QByteArray(
                                 "{\"message\":\"Role with id \\u00229\\u0022 not found.\"}");
    QTest::newRow("group") << u"1"_s << QJsonValue(u"9"_s)
                           << QByteArray(
                                  "{\"message\":\"Group with id \\u00229\\u0022 not found.\"}");
    QTest::newRow("role not a number")
        << u"abc"_s << QJsonValue(QJsonValue::Null)
        << QByteArray("{\"message\":\"Role with id \\u0022abc\\u0022 not found.\"}");
}

void TestSandboxConnections::updateWithUnknownRoleOrGroup()
{
    QFETCH(QString, role);
    QFETCH(QJsonValue, group);
    QFETCH(QByteArray, expected);
    create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const HttpReply reply =
        m_admin->postJson(u"/rest/connections/erp"_s, compact({{u"label"_s, u"ERP 2"_s},
                                                               {u"flow_type"_s, u"data_source"_s},
                                                               {u"image"_s, QJsonValue::Null},
                                                               {u"user_role_id"_s, role},
                                                               {u"user_group_id"_s, group}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, expected);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).json()[u"label"_s].toString(), u"ERP"_s);
}

void TestSandboxConnections::unknownConnectionIs400_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray update = "{\"label\":\"Nope\",\"flow_type\":\"other\",\"image\":null,"
                              "\"user_role_id\":\"1\",\"user_group_id\":null}";
    QTest::newRow("update") << QByteArray("POST") << u"/rest/connections/nope"_s << update;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/rest/connections/nope"_s << QByteArray();
    QTest::newRow("regenerate secret")
        << QByteArray("POST") << u"/rest/connections/nope/regenerate-secret"_s << QByteArray();
    QTest::newRow("regenerate password")
        << QByteArray("POST") << u"/rest/connections/nope/regenerate-password"_s << QByteArray();
}

void TestSandboxConnections::unknownConnectionIs400()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply =
        m_admin->send(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.body,
        QByteArray("{\"message\":\"Connection with code \\u0022nope\\u0022 does not exist\"}"));
}

void TestSandboxConnections::deleteRemovesTheConnection()
{
    create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const HttpReply reply = m_admin->send("DELETE", u"/rest/connections/erp"_s);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 404);
    QCOMPARE(m_admin->get(SandboxFixture::defaultTypesQuery()).body, QByteArray("[]"));
    QCOMPARE(m_admin->send("DELETE", u"/rest/connections/erp"_s).status, 400);
    // The code is free again.
    QVERIFY(!create(u"erp"_s, u"ERP"_s, u"data_source"_s).isEmpty());
}

void TestSandboxConnections::regenerateSecretKeepsTheClientId()
{
    const QJsonObject created = create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const HttpReply reply = m_admin->send("POST", u"/rest/connections/erp/regenerate-secret"_s);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject after = m_admin->get(u"/rest/connections/erp"_s).json().toObject();
    QCOMPARE(after[u"client_id"_s], created[u"client_id"_s]);
    QVERIFY(after[u"secret"_s] != created[u"secret"_s]);
    QVERIFY(CredentialFormat::isToken(after[u"secret"_s].toString()));
    QCOMPARE(after[u"username"_s], created[u"username"_s]);
}

void TestSandboxConnections::regeneratePasswordAnswersANewOne()
{
    const QJsonObject created = create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    const HttpReply reply = m_admin->send("POST", u"/rest/connections/erp/regenerate-password"_s);
    QCOMPARE(reply.status, 200);
    const QString password = reply.json()[u"password"_s].toString();
    QVERIFY(CredentialFormat::isPassword(password));
    QVERIFY(password != created[u"password"_s].toString());
    QCOMPARE(reply.body, "{\"password\":\"" + password.toUtf8() + "\"}");
    QVERIFY(m_admin->get(u"/rest/connections/erp"_s).json()[u"password"_s].isNull());
}

void TestSandboxConnections::wrongCredentialsIsAnEmptyArrayThenAMap()
{
    QCOMPARE(m_admin->get(u"/rest/connections/wrong-credentials-combination"_s).body,
             QByteArray("[]"));
    const QJsonObject erp = create(u"erp"_s, u"ERP"_s, u"data_source"_s);
    // The admin's username with the ERP connection's client id (docs/pim-api.md §5).
    QVERIFY(!m_admin
                 ->accessToken(erp[u"client_id"_s].toString(), erp[u"secret"_s].toString(),
                               u"admin"_s, u"admin"_s)
                 .isEmpty());
    // The connection's own user is not a wrong combination.
    QVERIFY(!m_admin
                 ->accessToken(erp[u"client_id"_s].toString(), erp[u"secret"_s].toString(),
                               erp[u"username"_s].toString(), erp[u"password"_s].toString())
                 .isEmpty());
    const HttpReply reply = m_admin->get(u"/rest/connections/wrong-credentials-combination"_s);
    QCOMPARE(reply.status, 200);
    static const QRegularExpression shape(
        u"^\\{\"erp\":\\{\"code\":\"erp\",\"users\":\\[\\{\"username\":\"admin\","
        "\"date\":\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\\+00:00\"\\}\\]\\}\\}$"_s);
    const QRegularExpressionMatch match = shape.match(QString::fromUtf8(reply.body));
    QVERIFY2(match.hasMatch(), reply.body.constData());
    QDateTime date = QDateTime::fromString(match.captured(1), Qt::ISODate);
    date.setTimeSpec(Qt::UTC);
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestSandboxConnections::rolesAndGroups()
{
    const HttpReply roles = m_admin->get(u"/rest/user_role/"_s);
    QCOMPARE(roles.status, 200);
    QCOMPARE(
        roles.body,
        QByteArray("[{\"id\":1,\"role\":\"ROLE_USER\",\"label\":\"User\",\"type\":\"default\"},"
                   "{\"id\":2,\"role\":\"ROLE_CATALOG_MANAGER\",\"label\":\"Catalog manager\","
                   "\"type\":\"default\"},"
                   "{\"id\":3,\"role\":\"ROLE_ADMINISTRATOR\",\"label\":\"Administrator\","
                   "\"type\":\"default\"},"
                   "{\"id\":4,\"role\":\"ROLE_API\",\"label\":\"API\",\"type\":\"api\"}]"));
    const HttpReply groups = m_admin->get(u"/rest/user_group/"_s);
    QCOMPARE(groups.status, 200);
    QCOMPARE(groups.body,
             QByteArray("[{\"name\":\"All\",\"meta\":{\"id\":3,\"default\":true}},"
                        "{\"name\":\"IT support\",\"meta\":{\"id\":1,\"default\":false}},"
                        "{\"name\":\"Manager\",\"meta\":{\"id\":2,\"default\":false}},"
                        "{\"name\":\"Redactor\",\"meta\":{\"id\":4,\"default\":false}}]"));
    // The models' parsers read them.
    QVERIFY(UserRole::listFromJson(roles.body, nullptr).has_value());
    QVERIFY(UserGroup::listFromJson(groups.body, nullptr).has_value());
    QCOMPARE(m_admin->get(u"/rest/user_role"_s).body, roles.body);
}

QTEST_GUILESS_MAIN(TestSandboxConnections)
#include "tst_sandbox_connections.moc"
