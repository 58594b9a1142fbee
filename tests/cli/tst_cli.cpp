// pim-connections-cli against a real pim-sandbox on loopback: every command and every exit code
// (0 success, 1 refused, 2 usage, 3 cannot reach or sign in), the PIM's JSON byte for
// byte, the cache it shares with the app (--offline once the sandbox is stopped), and that no
// secret lands in the cache or the settings file.

#include "CliProcess.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace {

const QString AdminPassword = QStringLiteral("Adm1n-Cli-Pw-7f3e");

QString defaultTypesQuery()
{
    return QStringLiteral("/rest/connections?search=") +
           QString::fromLatin1(
               QUrl::toPercentEncoding(QStringLiteral("{\"types\":[\"default\"]}")));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void usageErrors_data();
    void usageErrors();
    void help();
    void noPimKnownYet();
    void firstListAddsThePim();
    void listJsonIsTheContractsBytes();
    void createPrintsWorkingCredentials();
    void createRefusedWithReasons();
    void listMarksWrongCredentials();
    void showJsonIsTheContractsBytes();
    void unknownCodeIsRefused();
    void updateChangesWhatIsGiven();
    void updateImage();
    void updateRefused();
    void withoutTheManageRight();
    void regenerateNeedsConfirmation();
    void regenerateSecret();
    void regeneratePassword();
    void testCredentials();
    void deleteConnection();
    void wrongPassword();
    void noPassword();
    void inATerminal();
    void offlineAfterTheSandboxStops();
    void noSecretInTheCache();
    void rememberedPassword();

private:
    CliProcess::Result cli(const QStringList &arguments) const { return m_cli->run(arguments); }
    QString accessToken(const QJsonObject &details, const QString &password);
    HttpClient &admin();
    void remember(const QString &secret);

    SandboxProcess m_sandbox;
    std::optional<CliProcess> m_cli;
    std::optional<HttpClient> m_http;
    QString m_url;
    QString m_created;     // magento2_prod, made by createPrintsWorkingCredentials
    QString m_password;    // its current password
    QString m_username;    // its username
    QStringList m_secrets; // every secret and password the CLI printed
};

void TestCli::initTestCase()
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.admin = QStringLiteral("admin:") + AdminPassword;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_url = m_sandbox.url().toString();
    m_cli.emplace();
    QVERIFY(m_cli->isValid());
    m_cli->setPassword(AdminPassword);
    m_secrets.append(AdminPassword);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.stop();
}

HttpClient &TestCli::admin()
{
    if (!m_http) {
        m_http.emplace(m_sandbox.url());
        if (!m_http->signIn(QStringLiteral("admin"), AdminPassword))
            qWarning("the test could not sign in to the sandbox");
    }
    return *m_http;
}

void TestCli::remember(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString TestCli::accessToken(const QJsonObject &details, const QString &password)
{
    HttpClient client(m_sandbox.url());
    return client.accessToken(details.value(u"client_id").toString(),
                              details.value(u"secret").toString(),
                              details.value(u"username").toString(), password);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")}
        << QStringLiteral("unknown option --bogus");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("list"), QStringLiteral("--label"), QStringLiteral("x")}
        << QStringLiteral("unknown option --label for list");
    QTest::newRow("missing code") << QStringList{QStringLiteral("show")}
                                  << QStringLiteral("show needs CODE");
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")}
        << QStringLiteral("unexpected argument");
    QTest::newRow("bad flow type")
        << QStringList{QStringLiteral("create"), QStringLiteral("Shop"),
                       QStringLiteral("--flow-type"), QStringLiteral("sideways")}
        << QStringLiteral("--flow-type");
    QTest::newRow("bad auditable") << QStringList{QStringLiteral("update"), QStringLiteral("erp"),
                                                  QStringLiteral("--auditable=maybe")}
                                   << QStringLiteral("--auditable");
    QTest::newRow("update without change")
        << QStringList{QStringLiteral("update"), QStringLiteral("erp")}
        << QStringLiteral("at least one");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("create"), QStringLiteral("Shop"), QStringLiteral("--code")}
        << QStringLiteral("needs a value");
    QTest::newRow("test-credentials without password")
        << QStringList{QStringLiteral("test-credentials"), QStringLiteral("erp")}
        << QStringLiteral("--password");
    QTest::newRow("write offline")
        << QStringList{QStringLiteral("--offline"), QStringLiteral("delete"), QStringLiteral("erp")}
        << QStringLiteral("--offline");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto result = cli(arguments);
    CLI_EXPECT(result, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCli::help()
{
    auto result = cli({QStringLiteral("--help")});
    CLI_EXPECT(result, 0);
    for (const char *command :
         {"list", "show CODE", "create LABEL", "update CODE", "regenerate-secret CODE",
          "regenerate-password CODE", "delete CODE", "test-credentials CODE", "Exit codes"})
        QVERIFY2(result.out.contains(command), command);

    result = cli({QStringLiteral("update"), QStringLiteral("--help")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains("--group ID|none"));
    QVERIFY(!result.out.contains("regenerate-password CODE"));

    result = cli({QStringLiteral("--version")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.startsWith("pim-connections-cli "));
}

void TestCli::noPimKnownYet()
{
    const auto result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 2);
    QVERIFY(result.err.contains("--server"));
}

void TestCli::firstListAddsThePim()
{
    auto result = cli({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                       QStringLiteral("admin"), QStringLiteral("list")});
    CLI_EXPECT(result, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the header and the demo's three
    QVERIFY(lines.at(0).startsWith("CODE"));
    QVERIFY(lines.at(1).startsWith("erp "));
    QVERIFY(lines.at(2).startsWith("retail_hub "));
    QVERIFY(lines.at(3).contains("Data destination"));
    QVERIFY(result.err.isEmpty() || !result.err.contains("error"));

    // The app's list of PIMs now has it, as the last used: no options needed any more.
    QVERIFY(fileBytes(m_cli->settingsFile()).contains("127.0.0.1"));
    result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains("web_shop"));
}

void TestCli::listJsonIsTheContractsBytes()
{
    const auto result = cli({QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const HttpReply reply = admin().get(defaultTypesQuery());
    QCOMPARE(reply.status, 200);
    QCOMPARE(result.out, reply.body + '\n');
    QVERIFY(result.out.contains("\\/")); // Symfony's escaping of the image paths
}

void TestCli::createPrintsWorkingCredentials()
{
    auto result = cli({QStringLiteral("create"), QStringLiteral("Magento 2 - Prod"),
                       QStringLiteral("--flow-type"), QStringLiteral("destination"),
                       QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const QJsonObject created = result.json().toObject();
    // docs/pim-api.md §3: the code from the label.
    QCOMPARE(created.value(u"code").toString(), QStringLiteral("magento2_prod"));
    QCOMPARE(created.value(u"flow_type").toString(), QStringLiteral("data_destination"));
    m_created = created.value(u"code").toString();
    m_password = created.value(u"password").toString();
    m_username = created.value(u"username").toString();
    QCOMPARE(m_password.size(), 9);
    remember(m_password);
    remember(created.value(u"secret").toString());
    // Shape B's key order.
    QVERIFY(result.out.startsWith("{\"code\":\"magento2_prod\",\"label\":\"Magento 2 - Prod\","
                                  "\"flow_type\":\"data_destination\",\"image\":null,"
                                  "\"client_id\":"));
    QVERIFY(!accessToken(created, m_password).isEmpty());

    // The readable form, with an explicit code.
    result = cli({QStringLiteral("create"), QStringLiteral("Érp Süd"), QStringLiteral("--code"),
                  QStringLiteral("erp_sud")});
    CLI_EXPECT(result, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Érp Süd")), result.out.constData());
    QVERIFY(text.contains(QStringLiteral("erp_sud")));
    QVERIFY(text.contains(QStringLiteral("Data source")));
    for (const char *field : {"Client ID:", "Secret:", "Username:", "Password:"})
        QVERIFY2(result.out.contains(field), field);
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.startsWith("Password:") || line.startsWith("Secret:"))
            remember(QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed()));
    }
    QVERIFY(result.err.contains("not shown again"));
}

void TestCli::createRefusedWithReasons()
{
    // A duplicate code: docs/pim-api.md §4's must_be_unique, translated.
    auto result = cli({QStringLiteral("create"), QStringLiteral("ERP")});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("Connection code must be unique."), result.err.constData());
    QVERIFY(result.out.isEmpty());

    // Two reasons at once, in the server's order.
    result = cli({QStringLiteral("create"), QStringLiteral("ab"), QStringLiteral("--code"),
                  QStringLiteral("a-b")});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("Connection code may contain only letters"),
             result.err.constData());
    QVERIFY(result.err.contains("Connection label is too short"));
}

void TestCli::listMarksWrongCredentials()
{
    // erp's client ID with magento2_prod's user (docs/pim-api.md §5): the PIM records it.
    const QJsonObject erp = admin().get(QStringLiteral("/rest/connections/erp")).json().toObject();
    HttpClient api(m_sandbox.url());
    QVERIFY(!api.accessToken(erp.value(u"client_id").toString(), erp.value(u"secret").toString(),
                             m_username, m_password)
                 .isEmpty());
    const auto result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("\n!erp "), result.out.constData());
    QVERIFY(!result.out.contains("!web_shop"));
}

void TestCli::showJsonIsTheContractsBytes()
{
    const auto result =
        cli({QStringLiteral("show"), QStringLiteral("erp"), QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const HttpReply reply = admin().get(QStringLiteral("/rest/connections/erp"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(result.out, reply.body + '\n');
    remember(result.json().toObject().value(u"secret").toString());

    // The readable form: the secret, never a password (GET gives none).
    const auto text = cli({QStringLiteral("show"), m_created});
    CLI_EXPECT(text, 0);
    QVERIFY(text.out.contains("Secret:"));
    QVERIFY(!text.out.contains("Password:"));
    QVERIFY(!text.out.contains(m_password.toUtf8()));
}

void TestCli::unknownCodeIsRefused()
{
    auto result = cli({QStringLiteral("show"), QStringLiteral("nope")});
    CLI_EXPECT(result, 1);
    QVERIFY(result.err.contains("nope"));
    result = cli({QStringLiteral("delete"), QStringLiteral("nope"), QStringLiteral("--yes")});
    CLI_EXPECT(result, 1);
    result =
        cli({QStringLiteral("regenerate-secret"), QStringLiteral("nope"), QStringLiteral("--yes")});
    CLI_EXPECT(result, 1);
}

void TestCli::updateChangesWhatIsGiven()
{
    auto result =
        cli({QStringLiteral("update"), QStringLiteral("retail_hub"), QStringLiteral("--label"),
             QStringLiteral("Retail Hub 2"), QStringLiteral("--flow-type"), QStringLiteral("other"),
             QStringLiteral("--group"), QStringLiteral("none"), QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    QJsonObject updated = result.json().toObject();
    QCOMPARE(updated.value(u"label").toString(), QStringLiteral("Retail Hub 2"));
    QCOMPARE(updated.value(u"flow_type").toString(), QStringLiteral("other"));
    // docs/pim-api.md §3: not tracked when the flow type is other.
    QCOMPARE(updated.value(u"auditable").toBool(), false);
    QVERIFY(updated.value(u"user_group_id").isNull());
    QVERIFY(!updated.value(u"image").isNull()); // unchanged
    // The update route's body, in its order: no credentials (not a command that shows them).
    QVERIFY2(result.out.startsWith("{\"code\":\"retail_hub\",\"label\":\"Retail Hub 2\","
                                   "\"flow_type\":\"other\",\"image\":"),
             result.out.constData());
    QVERIFY(result.out.endsWith("\"auditable\":false,\"user_role_id\":\"1\","
                                "\"user_group_id\":null}\n"));
    const auto text = cli({QStringLiteral("update"), QStringLiteral("retail_hub"),
                           QStringLiteral("--label"), QStringLiteral("Retail Hub 2")});
    CLI_EXPECT(text, 0);
    QVERIFY(text.out.contains("Retail Hub 2"));
    QVERIFY(!text.out.contains("Secret") && !text.out.contains("Client ID"));

    const QJsonArray groups = admin().get(QStringLiteral("/rest/user_group/")).json().toArray();
    QVERIFY(!groups.isEmpty());
    const QString group =
        QString::number(groups.last().toObject().value(u"meta").toObject().value(u"id").toInt());
    result =
        cli({QStringLiteral("update"), QStringLiteral("retail_hub"), QStringLiteral("--flow-type"),
             QStringLiteral("source"), QStringLiteral("--auditable"), QStringLiteral("yes"),
             QStringLiteral("--group"), group, QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    updated = result.json().toObject();
    QCOMPARE(updated.value(u"label").toString(), QStringLiteral("Retail Hub 2"));
    QCOMPARE(updated.value(u"auditable").toBool(), true);
    QCOMPARE(updated.value(u"user_group_id").toString(), group);
    const QJsonObject onServer =
        admin().get(QStringLiteral("/rest/connections/retail_hub")).json().toObject();
    QCOMPARE(onServer.value(u"user_group_id").toString(), group);
}

void TestCli::updateImage()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = m_cli->home() + QStringLiteral("/logo.png");
    QVERIFY(image.save(path, "PNG"));
    auto result = cli({QStringLiteral("update"), m_created, QStringLiteral("--image"), path,
                       QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const QString stored = result.json().toObject().value(u"image").toString();
    QVERIFY2(stored.endsWith(QStringLiteral("logo.png")), result.out.constData());

    // A file that is not there is the caller's mistake.
    result = cli({QStringLiteral("update"), m_created, QStringLiteral("--image"),
                  m_cli->home() + QStringLiteral("/missing.png")});
    CLI_EXPECT(result, 2);
    // One the PIM refuses (docs/pim-api.md §3's extensions).
    const QString text = m_cli->home() + QStringLiteral("/notes.txt");
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    result = cli({QStringLiteral("update"), m_created, QStringLiteral("--image"), text});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("txt"), result.err.constData());
}

void TestCli::updateRefused()
{
    auto result =
        cli({QStringLiteral("update"), m_created, QStringLiteral("--label"), QStringLiteral("M")});
    CLI_EXPECT(result, 1);
    QVERIFY(result.err.contains("Connection label is too short"));
    result =
        cli({QStringLiteral("update"), m_created, QStringLiteral("--role"), QStringLiteral("999")});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("999"), result.err.constData());
}

void TestCli::withoutTheManageRight()
{
    // The sandbox's viewer may list but not read a connection (docs/pim-api.md §1.5).
    CliProcess viewer;
    viewer.setPassword(QStringLiteral("viewer"));
    auto result =
        viewer.run({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                    QStringLiteral("viewer"), QStringLiteral("show"), QStringLiteral("erp")});
    CLI_EXPECT(result, 1);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::regenerateNeedsConfirmation()
{
    for (const char *command : {"regenerate-secret", "regenerate-password", "delete"}) {
        const auto result = cli({QString::fromLatin1(command), m_created});
        CLI_EXPECT(result, 2);
        QVERIFY(result.err.contains("--yes"));
    }
    // Nothing changed: the password still works.
    const auto shown = cli({QStringLiteral("show"), m_created, QStringLiteral("--json")});
    CLI_EXPECT(shown, 0);
    QVERIFY(!accessToken(shown.json().toObject(), m_password).isEmpty());
}

void TestCli::regenerateSecret()
{
    const auto before = cli({QStringLiteral("show"), m_created, QStringLiteral("--json")});
    CLI_EXPECT(before, 0);
    const QJsonObject old = before.json().toObject();
    const auto result = cli({QStringLiteral("regenerate-secret"), m_created,
                             QStringLiteral("--yes"), QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const QJsonObject fresh = result.json().toObject();
    remember(fresh.value(u"secret").toString());
    QCOMPARE(fresh.value(u"client_id"), old.value(u"client_id"));
    QVERIFY(fresh.value(u"secret") != old.value(u"secret"));
    QVERIFY(fresh.value(u"password").isNull());
    QVERIFY(accessToken(old, m_password).isEmpty());
    QVERIFY(!accessToken(fresh, m_password).isEmpty());
}

void TestCli::regeneratePassword()
{
    auto result = cli({QStringLiteral("regenerate-password"), m_created, QStringLiteral("--yes"),
                       QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const QJsonObject answer = result.json().toObject();
    QCOMPARE(answer.keys(), QStringList{QStringLiteral("password")});
    const QString old = m_password;
    m_password = answer.value(u"password").toString();
    remember(m_password);
    QVERIFY(m_password != old);
    const auto shown = cli({QStringLiteral("show"), m_created, QStringLiteral("--json")});
    CLI_EXPECT(shown, 0);
    QVERIFY(accessToken(shown.json().toObject(), old).isEmpty());
    QVERIFY(!accessToken(shown.json().toObject(), m_password).isEmpty());

    result = cli({QStringLiteral("regenerate-password"), m_created, QStringLiteral("--yes")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.startsWith("Password: "));
    m_password = QString::fromUtf8(result.out.mid(10).trimmed());
    remember(m_password);
    QVERIFY(!accessToken(shown.json().toObject(), m_password).isEmpty());
}

void TestCli::testCredentials()
{
    auto result = cli(
        {QStringLiteral("test-credentials"), m_created, QStringLiteral("--password"), m_password});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains(m_created.toUtf8()));
    // A wrong password: the API's own words (docs/pim-api.md §5).
    result = cli({QStringLiteral("test-credentials"), m_created, QStringLiteral("--password"),
                  QStringLiteral("wrong-one")});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("No user found for the given username and password"),
             result.err.constData());
}

void TestCli::deleteConnection()
{
    auto result =
        cli({QStringLiteral("delete"), QStringLiteral("erp_sud"), QStringLiteral("--yes")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains("erp_sud"));
    QCOMPARE(admin().get(QStringLiteral("/rest/connections/erp_sud")).status, 404);
    result = cli({QStringLiteral("show"), QStringLiteral("erp_sud")});
    CLI_EXPECT(result, 1);
    result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 0);
    QVERIFY(!result.out.contains("erp_sud"));
}

void TestCli::wrongPassword()
{
    CliProcess wrong;
    wrong.setPassword(QStringLiteral("not-the-password"));
    const auto result = wrong.run({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                   QStringLiteral("admin"), QStringLiteral("list")});
    CLI_EXPECT(result, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("not-the-password"));
    // Not added to the app's list: it never signed in.
    QVERIFY(!fileBytes(wrong.settingsFile()).contains("127.0.0.1"));
}

void TestCli::noPassword()
{
    CliProcess none; // no PIM_PASSWORD, no terminal, nothing remembered
    const auto result = none.run({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("list")});
    CLI_EXPECT(result, 3);
    QVERIFY(result.err.contains("PIM_PASSWORD"));
}

void TestCli::inATerminal()
{
    // No PIM_PASSWORD: the password is asked for without echo; a confirmation with echo.
    CliProcess person;
    auto result = person.runInTerminal({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                        QStringLiteral("admin"), QStringLiteral("list")},
                                       {AdminPassword});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("Password of admin at"), result.out.constData());
    QVERIFY2(!result.out.contains(AdminPassword.toUtf8()), "the password was echoed");
    QVERIFY(result.out.contains("web_shop"));

    result = person.runInTerminal({QStringLiteral("delete"), QStringLiteral("erp")},
                                  {AdminPassword, QStringLiteral("n")});
    CLI_EXPECT(result, 2);
    QVERIFY2(result.out.contains("Delete the connection"), result.out.constData());
    QCOMPARE(admin().get(QStringLiteral("/rest/connections/erp")).status, 200);

    // A wrong password typed: cannot sign in.
    result = person.runInTerminal({QStringLiteral("list")}, {QStringLiteral("wrong")});
    CLI_EXPECT(result, 3);
}

void TestCli::offlineAfterTheSandboxStops()
{
    // Read once online so that the cache has the details (the window's page does the same).
    const auto online = cli({QStringLiteral("show"), m_created, QStringLiteral("--json")});
    CLI_EXPECT(online, 0);
    const QJsonObject details = online.json().toObject();
    const auto onlineList = cli({QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT(onlineList, 0);

    m_sandbox.stop();
    auto result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 3);
    // The message names the address that was tried.
    QVERIFY2(result.err.contains("Cannot reach http://127.0.0.1:"), result.err.constData());
    // A PIM already listed stays listed when it cannot be reached.
    QVERIFY(fileBytes(m_cli->settingsFile()).contains("127.0.0.1"));

    result = cli({QStringLiteral("--offline"), QStringLiteral("list")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains(m_created.toUtf8()));
    QVERIFY(result.out.contains("Retail Hub 2"));
    QVERIFY2(result.err.contains("Offline") && result.err.contains("as of"),
             result.err.constData());

    result = cli({QStringLiteral("--offline"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out, onlineList.out);

    result = cli(
        {QStringLiteral("--offline"), QStringLiteral("show"), m_created, QStringLiteral("--json")});
    CLI_EXPECT(result, 0);
    const QJsonObject cached = result.json().toObject();
    for (const char *key : {"code", "label", "flow_type", "image", "client_id", "username",
                            "user_role_id", "user_group_id", "auditable", "type"})
        QCOMPARE(cached.value(QLatin1String(key)), details.value(QLatin1String(key)));
    QVERIFY(cached.value(u"password").isNull());
    // The secret only from the keychain, when there is one.
    const QJsonValue secret = cached.value(u"secret");
    if (qEnvironmentVariableIntValue("PIM_REQUIRE_KEYCHAIN") == 1)
        QCOMPARE(secret, details.value(u"secret"));
    else
        QVERIFY(secret.isNull() || secret == details.value(u"secret"));

    result = cli({QStringLiteral("--offline"), QStringLiteral("show"), QStringLiteral("nope")});
    CLI_EXPECT(result, 1);
    result = cli({QStringLiteral("--offline"), QStringLiteral("show"), QStringLiteral("erp")});
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains("erp"));

    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
    result = cli({QStringLiteral("list")});
    CLI_EXPECT(result, 0);
}

void TestCli::noSecretInTheCache()
{
    QVERIFY(QFile::exists(m_cli->cacheFile()));
    QByteArray stored;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        stored += fileBytes(m_cli->cacheFile() + suffix);
    stored += fileBytes(m_cli->settingsFile());
    QVERIFY(stored.size() > 0);
    QVERIFY(m_secrets.size() >= 6);
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!stored.contains(secret.toUtf8()), "a secret was written to disk");
    }
}

void TestCli::rememberedPassword()
{
    // The app's "Remember" puts the administrator's password in the keychain: the CLI uses it
    // (same service and key as the app).
    SecretStore store(std::make_unique<QtKeychainBackend>(QStringLiteral("pim-connections")));
    store.setTimeout(std::chrono::seconds(20));
    const SecretKey key = SecretKey::adminPassword(m_sandbox.url(), QStringLiteral("admin"));
    std::optional<SecretResult> stored;
    store.store(key, AdminPassword, this, [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    if (!stored->ok() || stored->memoryOnly) {
        if (qEnvironmentVariableIntValue("PIM_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(QStringLiteral("no keychain: ") + stored->message()));
        QSKIP("no keychain reachable (run inside the private D-Bus session of scripts/test)");
    }
    CliProcess fresh; // its own settings: --server and --user name the PIM
    const auto result = fresh.run({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                   QStringLiteral("admin"), QStringLiteral("list")});
    std::optional<SecretResult> removed;
    store.remove(key, this, [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    CLI_EXPECT(result, 0);
    QVERIFY(result.out.contains("web_shop"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
