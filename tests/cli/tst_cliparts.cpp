// The parts of pim-connections-cli that need no process: the parser of its command line, the
// PIM's JSON it prints, the table, and the mapping of errors to exit codes.

#include "CliArguments.h"
#include "CliExit.h"
#include "CliOutput.h"

#include <QTest>

class TestCliParts : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void helpPerCommand();
    void listJsonEscapesLikeSymfony();
    void detailsJsonKeyOrder();
    void updateJsonHasNoCredentials();
    void tableMarksWrongCredentials();
    void detailsTextHidesWhatIsNotKnown();
    void exitCodes_data();
    void exitCodes();
};

using Outcome = CliArguments::Outcome;

void TestCliParts::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("argument");

    const auto row = [](const char *name, const QStringList &arguments, Outcome outcome,
                        const QString &command = QString(), const QString &argument = QString()) {
        QTest::newRow(name) << (QStringList{QStringLiteral("pim-connections-cli")} + arguments)
                            << int(outcome) << command << argument;
    };
    row("list", {QStringLiteral("list")}, Outcome::Run, QStringLiteral("list"));
    row("globals anywhere",
        {QStringLiteral("show"), QStringLiteral("erp"), QStringLiteral("--json"),
         QStringLiteral("--server=https://pim.example.com"), QStringLiteral("--user"),
         QStringLiteral("julia")},
        Outcome::Run, QStringLiteral("show"), QStringLiteral("erp"));
    row("label after --", {QStringLiteral("create"), QStringLiteral("--"), QStringLiteral("-x-")},
        Outcome::Run, QStringLiteral("create"), QStringLiteral("-x-"));
    row("help", {QStringLiteral("-h")}, Outcome::Help);
    row("command help", {QStringLiteral("delete"), QStringLiteral("--help")}, Outcome::Help);
    row("version", {QStringLiteral("--version")}, Outcome::Version);
    row("nothing", {}, Outcome::Error);
    row("unknown command", {QStringLiteral("remove")}, Outcome::Error);
    row("unknown option", {QStringLiteral("list"), QStringLiteral("--force")}, Outcome::Error);
    row("short unknown option", {QStringLiteral("list"), QStringLiteral("-x")}, Outcome::Error);
    row("another command's option",
        {QStringLiteral("delete"), QStringLiteral("erp"), QStringLiteral("--label"),
         QStringLiteral("x")},
        Outcome::Error);
    row("flag with a value", {QStringLiteral("list"), QStringLiteral("--json=yes")},
        Outcome::Error);
    row("option twice",
        {QStringLiteral("create"), QStringLiteral("Shop"), QStringLiteral("--code"),
         QStringLiteral("a_b"), QStringLiteral("--code=c_d")},
        Outcome::Error);
    row("missing label", {QStringLiteral("create")}, Outcome::Error);
    row("two codes", {QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("b")},
        Outcome::Error);
    row("flow type names",
        {QStringLiteral("create"), QStringLiteral("Shop"), QStringLiteral("--flow-type"),
         QStringLiteral("data_destination")},
        Outcome::Run, QStringLiteral("create"), QStringLiteral("Shop"));
    row("bad flow type",
        {QStringLiteral("create"), QStringLiteral("Shop"), QStringLiteral("--flow-type=up")},
        Outcome::Error);
    row("auditable no",
        {QStringLiteral("update"), QStringLiteral("erp"), QStringLiteral("--auditable=no")},
        Outcome::Run, QStringLiteral("update"), QStringLiteral("erp"));
    row("auditable maybe",
        {QStringLiteral("update"), QStringLiteral("erp"), QStringLiteral("--auditable=maybe")},
        Outcome::Error);
    row("update nothing", {QStringLiteral("update"), QStringLiteral("erp")}, Outcome::Error);
    row("test without password", {QStringLiteral("test-credentials"), QStringLiteral("erp")},
        Outcome::Error);
    row("offline show",
        {QStringLiteral("--offline"), QStringLiteral("show"), QStringLiteral("erp")}, Outcome::Run,
        QStringLiteral("show"), QStringLiteral("erp"));
    row("offline write",
        {QStringLiteral("--offline"), QStringLiteral("regenerate-secret"), QStringLiteral("erp")},
        Outcome::Error);
}

void TestCliParts::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, command);
    QFETCH(QString, argument);
    CliArguments parsed;
    QString message;
    QCOMPARE(int(CliArguments::parse(arguments, &parsed, &message)), outcome);
    if (Outcome(outcome) == Outcome::Run) {
        QCOMPARE(parsed.command.name, command);
        QCOMPARE(parsed.argument, argument);
    } else {
        QVERIFY(!message.isEmpty());
    }
}

void TestCliParts::helpPerCommand()
{
    CliArguments parsed;
    QString message;
    QCOMPARE(CliArguments::parse(
                 {QStringLiteral("cli"), QStringLiteral("create"), QStringLiteral("--help")},
                 &parsed, &message),
             Outcome::Help);
    QVERIFY(message.contains(QStringLiteral("create LABEL [--code CODE]")));
    QVERIFY(message.contains(QStringLiteral("magento2_prod")));
    QVERIFY(!message.contains(QStringLiteral("Exit codes")));
    QCOMPARE(
        CliArguments::parse({QStringLiteral("cli"), QStringLiteral("--help")}, &parsed, &message),
        Outcome::Help);
    QVERIFY(message.contains(QStringLiteral("Exit codes")));

    QCOMPARE(
        CliArguments::parse({QStringLiteral("cli"), QStringLiteral("update"), QStringLiteral("erp"),
                             QStringLiteral("--flow-type"), QStringLiteral("other"),
                             QStringLiteral("--group"), QStringLiteral("none")},
                            &parsed, &message),
        Outcome::Run);
    QCOMPARE(parsed.flowType, FlowType::Other);
    QCOMPARE(parsed.value(QStringLiteral("group")), QStringLiteral("none"));
    QVERIFY(!parsed.auditable.has_value());
}

void TestCliParts::listJsonEscapesLikeSymfony()
{
    Connection connection;
    connection.code = QStringLiteral("cafe");
    connection.label = QStringLiteral("Café <A&B>");
    connection.flowType = FlowType::Destination;
    connection.image = QStringLiteral("a/b/c.png");
    connection.auditable = true;
    QCOMPARE(CliOutput::listJson({connection}),
             QByteArray("[{\"code\":\"cafe\",\"label\":\"Caf\\u00e9 \\u003CA\\u0026B\\u003E\","
                        "\"flowType\":\"data_destination\",\"image\":\"a\\/b\\/c.png\","
                        "\"auditable\":true,\"type\":\"default\"}]\n"));
    QCOMPARE(CliOutput::listJson({}), QByteArray("[]\n"));
}

void TestCliParts::detailsJsonKeyOrder()
{
    ConnectionDetails details;
    details.connection.code = QStringLiteral("erp");
    details.connection.label = QStringLiteral("ERP");
    details.credentials.clientId = QStringLiteral("1_abc");
    details.credentials.secret = QStringLiteral("s3cr3t");
    details.credentials.username = QStringLiteral("erp_0427");
    details.userRoleId = QStringLiteral("1");
    QCOMPARE(CliOutput::detailsJson(details),
             QByteArray("{\"code\":\"erp\",\"label\":\"ERP\",\"flow_type\":\"data_source\","
                        "\"image\":null,\"client_id\":\"1_abc\",\"secret\":\"s3cr3t\","
                        "\"username\":\"erp_0427\",\"password\":null,\"user_role_id\":\"1\","
                        "\"user_group_id\":null,\"auditable\":false,\"type\":\"default\"}\n"));
    details.credentials.password = QStringLiteral("p4ssw0rd1");
    details.userGroupId = QStringLiteral("4");
    const QByteArray json = CliOutput::detailsJson(details);
    QVERIFY(json.contains("\"password\":\"p4ssw0rd1\""));
    QVERIFY(json.contains("\"user_group_id\":\"4\""));
}

void TestCliParts::updateJsonHasNoCredentials()
{
    ConnectionDetails details;
    details.connection.code = QStringLiteral("erp");
    details.connection.label = QStringLiteral("ERP");
    details.credentials.secret = QStringLiteral("s3cr3t");
    details.userRoleId = QStringLiteral("2");
    details.userGroupId = QStringLiteral("4");
    QCOMPARE(CliOutput::updateJson(ConnectionUpdate::from(details)),
             QByteArray("{\"code\":\"erp\",\"label\":\"ERP\",\"flow_type\":\"data_source\","
                        "\"image\":null,\"auditable\":false,\"user_role_id\":\"2\","
                        "\"user_group_id\":\"4\"}\n"));
    CliOutput::DetailsText settingsOnly;
    settingsOnly.showCredentials = false;
    QVERIFY(!CliOutput::detailsText(details, settingsOnly).contains(QStringLiteral("s3cr3t")));
    QVERIFY(CliOutput::detailsText(details).contains(QStringLiteral("s3cr3t")));
}

void TestCliParts::tableMarksWrongCredentials()
{
    Connection erp;
    erp.code = QStringLiteral("erp");
    erp.label = QStringLiteral("ERP");
    Connection shop;
    shop.code = QStringLiteral("web_shop");
    shop.label = QStringLiteral("Web Shop");
    shop.flowType = FlowType::Destination;
    WrongCredentials wrong;
    wrong.byCode.insert(QStringLiteral("erp"), {WrongCredentialsUse()});
    const QStringList lines = CliOutput::listTable({erp, shop}, wrong).split(u'\n');
    QVERIFY(lines.at(0).startsWith(QStringLiteral("CODE")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("!erp ")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("web_shop ")));
    // The columns line up.
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("ERP")),
             lines.at(0).indexOf(QStringLiteral("LABEL")));
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("Data destination")),
             lines.at(0).indexOf(QStringLiteral("FLOW TYPE")));
    QVERIFY(lines.at(3).startsWith(u'!'));
    QVERIFY(!CliOutput::listTable({shop}, {}).contains(u'!'));
}

void TestCliParts::detailsTextHidesWhatIsNotKnown()
{
    ConnectionDetails details;
    details.connection.code = QStringLiteral("erp");
    details.credentials.clientId = QStringLiteral("1_abc");
    CliOutput::DetailsText known;
    known.secretKnown = false;
    const QString text = CliOutput::detailsText(details, known);
    QVERIFY(text.contains(QStringLiteral("1_abc")));
    QVERIFY(text.contains(QStringLiteral("Secret:")));
    QVERIFY(text.contains(QStringLiteral("not in the offline copy")));
    QVERIFY(!text.contains(QStringLiteral("Password:")));
    known.credentialsKnown = false;
    QVERIFY(!CliOutput::detailsText(details, known).contains(QStringLiteral("1_abc")));
}

void TestCliParts::exitCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << int(ApiError::Kind::None) << 0 << 0;
    QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << 3;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << 3;
    QTest::newRow("tls") << int(ApiError::Kind::Tls) << 0 << 3;
    QTest::newRow("not a PIM") << int(ApiError::Kind::Malformed) << 200 << 3;
    QTest::newRow("gateway") << int(ApiError::Kind::Server) << 503 << 3;
    QTest::newRow("sign-in refused") << int(ApiError::Kind::SignInRefused) << 0 << 3;
    QTest::newRow("signed out") << int(ApiError::Kind::SignedOut) << 401 << 3;
    QTest::newRow("offline") << int(ApiError::Kind::Offline) << 0 << 3;
    QTest::newRow("forbidden") << int(ApiError::Kind::Forbidden) << 403 << 1;
    QTest::newRow("not found") << int(ApiError::Kind::NotFound) << 404 << 1;
    QTest::newRow("validation") << int(ApiError::Kind::Validation) << 422 << 1;
    QTest::newRow("server") << int(ApiError::Kind::Server) << 500 << 1;
}

void TestCliParts::exitCodes()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QCOMPARE(int(CliExit::forError(ApiError::make(ApiError::Kind(kind), status))), exitCode);
}

QTEST_GUILESS_MAIN(TestCliParts)
#include "tst_cliparts.moc"
