// Connected Apps (docs/pim-api.md §11.1 to §11.3, §12): the list in §11.2's shape, the logos at
// absolute URLs, the monitoring settings read and saved, the deletion with the App's
// authorisation, "Manage apps", X-Requested-With, the limit of 50 that Apps count in, HEAD and
// OPTIONS.
#include "MonitoringFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;

namespace {

const QString Apps = u"/rest/apps/connected-apps"_s;

QString settingsPath(const QString &code)
{
    return Apps + u"/"_s + code + u"/monitoring-settings"_s;
}

const QByteArray ViolationList =
    "akeneo_connectivity.connection.constraint_violation_list_exception";

// Reads the sandbox's own store, to see what a deletion left: its users and OAuth clients are not
// visible over HTTP.
class StoreReader
{
public:
    explicit StoreReader(const QString &dataDir)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(dataDir + u"/pim-sandbox.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    ~StoreReader() { QSqlDatabase::removeDatabase(m_name); }

    qint64 number(const QString &sql, const QVariant &value) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

private:
    QString m_name;
};

} // namespace

class TestSandboxApps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listHasSection112sShapeByName();
    void logosAreServedAtTheirAbsoluteUrls();
    void appsStayOutOfConnectionSettings();
    void monitoringSettingsAreReadAndSaved();
    void savingRefusesWrongValues_data();
    void savingRefusesWrongValues();
    void unknownAppIs404();
    void manageAppsIsNeeded();
    void withoutXmlHttpRequestTheBrowserIsSentHome();
    void headMirrorsGetAndOtherMethodsAre405();
    void deleteRemovesTheAppAndItsAuthorisation();
    void appsCountInTheLimitOf50();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxApps::initTestCase()
{
    SandboxProcess::Options options;
    options.extraArguments = {u"--app"_s, u"zeta_app:Zeta App"_s, u"--app"_s,
                              u"alpha_app:Alpha App"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    QVERIFY(!apiConnection(*m_admin, u"erp"_s, u"data_source"_s, true).token.isEmpty());
}

void TestSandboxApps::listHasSection112sShapeByName()
{
    const HttpReply reply = m_admin->get(Apps);
    QCOMPARE(reply.status, 200);
    const QJsonArray apps = reply.json().toArray();
    QCOMPARE(apps.size(), 2);
    const QStringList codes{u"alpha_app"_s, u"zeta_app"_s}; // by name, not by creation
    const QStringList names{u"Alpha App"_s, u"Zeta App"_s};
    QByteArray expected = "[";
    for (int i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        const QJsonObject app = apps.at(i).toObject();
        QCOMPARE(app[u"connection_code"_s].toString(), code);
        const QString id = app[u"id"_s].toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(QRegularExpression(u"^app_[0-9a-f]{12}$"_s)
                    .match(app[u"user_group_name"_s].toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^%1_\\d{4}$"_s.arg(code))
                    .match(app[u"connection_username"_s].toString())
                    .hasMatch());
        expected +=
            (i ? "," : "") +
            ("{\"id\":\"" + id.toUtf8() + "\",\"name\":\"" + names.at(i).toUtf8() +
             "\",\"scopes\":[\"read_products\"],\"connection_code\":\"" + code.toUtf8() +
             "\",\"logo\":\"http:\\/\\/" + m_sandbox.url().authority().toUtf8() +
             "\\/sandbox\\/app-logos\\/" + code.toUtf8() +
             ".png\",\"author\":\"pim-sandbox\",\"user_group_name\":\"" +
             app[u"user_group_name"_s].toString().toUtf8() + "\",\"connection_username\":\"" +
             app[u"connection_username"_s].toString().toUtf8() +
             "\",\"categories\":[],\"certified\":false,\"partner\":null,"
             "\"is_custom_app\":false,\"is_pending\":false,\"has_outdated_scopes\":false}");
    }
    QCOMPARE(reply.body, expected + ']');
}

void TestSandboxApps::logosAreServedAtTheirAbsoluteUrls()
{
    HttpClient outside(m_sandbox.url()); // no session: an App Store's server would not need one
    const QUrl logo(m_admin->get(Apps).json()[0][u"logo"_s].toString());
    QVERIFY(logo.isValid());
    const HttpReply image = outside.get(logo.path());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG"));
    QCOMPARE(outside.get(u"/sandbox/app-logos/erp.png"_s).status, 404);
}

void TestSandboxApps::appsStayOutOfConnectionSettings()
{
    const QJsonArray settings = m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.at(0)[u"code"_s].toString(), u"erp"_s);
    const QJsonArray all = m_admin->get(u"/rest/connections"_s).json().toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0)[u"type"_s].toString(), u"app"_s);
    QCOMPARE(m_admin->get(u"/rest/connections/alpha_app"_s).status, 404);
}

void TestSandboxApps::monitoringSettingsAreReadAndSaved()
{
    const QString path = settingsPath(u"alpha_app"_s);
    QCOMPARE(m_admin->get(path).body, QByteArray("{\"flowType\":\"other\",\"auditable\":false}"));
    HttpReply saved =
        m_admin->postJson(path, "{\"flowType\":\"data_destination\",\"auditable\":true}");
    QCOMPARE(saved.status, 204);
    QVERIFY(saved.body.isEmpty());
    QCOMPARE(m_admin->get(path).body,
             QByteArray("{\"flowType\":\"data_destination\",\"auditable\":true}"));
    // Either key may be left out, or null: the other is kept.
    QCOMPARE(m_admin->postJson(path, "{\"auditable\":false}").status, 204);
    QCOMPARE(m_admin->get(path).body,
             QByteArray("{\"flowType\":\"data_destination\",\"auditable\":false}"));
    QCOMPARE(m_admin->postJson(path, "{\"flowType\":null,\"auditable\":true}").status, 204);
    QCOMPARE(m_admin->send("POST", path).status, 204);
    QCOMPARE(m_admin->get(path).body,
             QByteArray("{\"flowType\":\"data_destination\",\"auditable\":true}"));
    // The App is now a tracked destination: listed so, and counted in the dashboard (§10).
    const QJsonArray all = m_admin->get(u"/rest/connections"_s).json().toArray();
    QCOMPARE(all.at(1)[u"code"_s].toString(), u"alpha_app"_s);
    QCOMPARE(all.at(1)[u"flowType"_s].toString(), u"data_destination"_s);
    QVERIFY(all.at(1)[u"auditable"_s].toBool());
    QCOMPARE(m_admin->get(u"/rest/connections/audit/weekly?event_type=product_read"_s)
                 .json()
                 .toObject()
                 .keys(),
             (QStringList{u"<all>"_s, u"alpha_app"_s}));
    // The PIM reads the settings of any connection, but saves only an App's.
    QCOMPARE(m_admin->get(settingsPath(u"erp"_s)).body,
             QByteArray("{\"flowType\":\"data_source\",\"auditable\":true}"));
    const HttpReply notAnApp = m_admin->postJson(settingsPath(u"erp"_s), "{\"auditable\":false}");
    QCOMPARE(notAnApp.status, 404);
    QCOMPARE(notAnApp.body, QByteArray("{\"message\":\"Connected app with connection code erp does "
                                       "not exist.\"}"));
}

void TestSandboxApps::savingRefusesWrongValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray wrongType = "{\"error\":\"Wrong type for parameters\"}";
    QTest::newRow("flow type not a string") << QByteArray("{\"flowType\":1}") << wrongType;
    QTest::newRow("auditable not a boolean") << QByteArray("{\"auditable\":\"yes\"}") << wrongType;
    QTest::newRow("unknown flow type")
        << QByteArray("{\"flowType\":\"data_sink\"}")
        << QByteArray("{\"errors\":[{\"name\":\"flowType\",\"reason\":\"akeneo_connectivity."
                      "connection.connection.constraint.flow_type.invalid\"}],\"message\":\"" +
                      ViolationList + "\"}");
}

void TestSandboxApps::savingRefusesWrongValues()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, answer);
    const QString path = settingsPath(u"zeta_app"_s);
    const QByteArray before = m_admin->get(path).body;
    const HttpReply reply = m_admin->postJson(path, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, answer);
    QCOMPARE(m_admin->get(path).body, before);
}

void TestSandboxApps::unknownAppIs404()
{
    QCOMPARE(m_admin->get(settingsPath(u"nope_app"_s)).body,
             QByteArray("{\"message\":\"Connection with connection code nope_app does not "
                        "exist.\"}"));
    QCOMPARE(m_admin->postJson(settingsPath(u"nope_app"_s), "{}").status, 404);
    const HttpReply deleted = m_admin->send("DELETE", Apps + u"/nope_app"_s);
    QCOMPARE(deleted.status, 404);
    QCOMPARE(deleted.body, QByteArray("{\"message\":\"Connected app with connection code "
                                      "\\u0022nope_app\\u0022 does not exist.\"}"));
}

void TestSandboxApps::manageAppsIsNeeded()
{
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    QCOMPARE(viewer.get(Apps).status, 200); // the list checks no right
    QCOMPARE(viewer.get(settingsPath(u"zeta_app"_s)).status, 403);
    QCOMPARE(viewer.postJson(settingsPath(u"zeta_app"_s), "{\"auditable\":true}").status, 403);
    QCOMPARE(viewer.send("DELETE", Apps + u"/zeta_app"_s).status, 403);
    // Saving looks the App up before the right.
    QCOMPARE(viewer.postJson(settingsPath(u"nope_app"_s), "{}").status, 404);
    QCOMPARE(m_admin->get(settingsPath(u"zeta_app"_s)).body,
             QByteArray("{\"flowType\":\"other\",\"auditable\":false}"));
    HttpClient nobody(m_sandbox.url());
    QCOMPARE(nobody.get(Apps).status, 401);
}

void TestSandboxApps::withoutXmlHttpRequestTheBrowserIsSentHome()
{
    HttpClient browser(m_sandbox.url());
    browser.setXmlHttpRequest(false);
    QVERIFY(browser.signIn(u"admin"_s, u"admin"_s));
    for (const auto &[method, path] :
         {qMakePair(QByteArray("GET"), Apps),
          qMakePair(QByteArray("GET"), settingsPath(u"zeta_app"_s)),
          qMakePair(QByteArray("POST"), settingsPath(u"zeta_app"_s)),
          qMakePair(QByteArray("DELETE"), QString(Apps + u"/zeta_app"_s))}) {
        const HttpReply reply = browser.send(method, path);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), m_sandbox.url().resolved(QUrl(u"/"_s)));
    }
    QCOMPARE(m_admin->get(Apps).json().toArray().size(), 2);
}

void TestSandboxApps::headMirrorsGetAndOtherMethodsAre405()
{
    const HttpReply get = m_admin->get(Apps);
    const HttpReply head = MonitoringFixture::head(*m_admin, Apps);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QVERIFY(head.body.isEmpty());
    QCOMPARE(MonitoringFixture::head(*m_admin, settingsPath(u"zeta_app"_s)).status, 200);
    // HEAD is GET's: a route without GET refuses it.
    const HttpReply headDelete = MonitoringFixture::head(*m_admin, Apps + u"/zeta_app"_s);
    QCOMPARE(headDelete.status, 405);
    QCOMPARE(headDelete.header("Allow"), QByteArray("DELETE"));
    QCOMPARE(m_admin->send("OPTIONS", Apps).header("Allow"), QByteArray("GET"));
    const HttpReply options = m_admin->send("OPTIONS", settingsPath(u"zeta_app"_s));
    QCOMPARE(options.status, 405);
    QCOMPARE(options.header("Allow"), QByteArray("GET, POST"));
    HttpClient nobody(m_sandbox.url()); // routing comes before the session
    QCOMPARE(nobody.send("OPTIONS", Apps).status, 405);
}

void TestSandboxApps::deleteRemovesTheAppAndItsAuthorisation()
{
    const StoreReader store(m_sandbox.dataDir());
    const auto id = [&](const char *column) {
        return store.number(
            u"SELECT %1 FROM connections WHERE code = ?"_s.arg(QLatin1String(column)),
            u"zeta_app"_s);
    };
    const qint64 userId = id("user_id");
    const qint64 clientId = id("client_id");
    QVERIFY(userId > 0 && clientId > 0);

    const HttpReply deleted = m_admin->send("DELETE", Apps + u"/zeta_app"_s);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const QJsonArray apps = m_admin->get(Apps).json().toArray();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0)[u"connection_code"_s].toString(), u"alpha_app"_s);
    QCOMPARE(m_admin->get(settingsPath(u"zeta_app"_s)).status, 404);
    // Its user, OAuth client and tokens are gone with it.
    QCOMPARE(store.number(u"SELECT count(*) FROM users WHERE id = ?"_s, userId), 0);
    QCOMPARE(store.number(u"SELECT count(*) FROM clients WHERE id = ?"_s, clientId), 0);
    QCOMPARE(store.number(u"SELECT count(*) FROM tokens WHERE client_id = ?"_s, clientId), 0);
    // Its code is free again.
    QCOMPARE(apiConnection(*m_admin, u"zeta_app"_s, u"other"_s, false).code, u"zeta_app"_s);
}

void TestSandboxApps::appsCountInTheLimitOf50()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.extraArguments = {u"--app"_s, u"only_app:Only App"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const auto create = [&admin](const QString &code) {
        return admin.postJson(
            u"/rest/connections"_s,
            json({{u"code"_s, code}, {u"label"_s, code}, {u"flow_type"_s, u"other"_s}}));
    };
    for (int i = 0; i < 49; ++i)
        QCOMPARE(create(u"connection_%1"_s.arg(i, 2, 10, QLatin1Char('0'))).status, 201);
    // 49 connections and the App: the limit is reached and the 51st is refused.
    QCOMPARE(admin.get(u"/rest/connections/max-limit-reached"_s).body,
             QByteArray("{\"limitReached\":true}"));
    const HttpReply refused = create(u"one_more"_s);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.body,
             "{\"errors\":[{\"name\":\"\",\"reason\":\"akeneo_connectivity.connection."
             "connection.constraint.connections_number_limit_reached\"}],\"message\":\"" +
                 ViolationList + "\"}");
    // Deleting the App frees a place.
    QCOMPARE(admin.send("DELETE", Apps + u"/only_app"_s).status, 204);
    QCOMPARE(admin.get(u"/rest/connections/max-limit-reached"_s).body,
             QByteArray("{\"limitReached\":false}"));
    QCOMPARE(create(u"one_more"_s).status, 201);
}

QTEST_GUILESS_MAIN(TestSandboxApps)
#include "tst_sandbox_apps.moc"
