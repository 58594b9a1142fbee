// pim-connections-cli as a command line, against a real pim-sandbox on loopback: usage errors
// and help (exit code 2), the first run that adds the PIM to the app's list, and signing in:
// a wrong or missing password (3), a terminal's prompts, the password the app remembers, a
// user without the right to manage connections (1).
#include "CliTestCase.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"

using namespace CliTest;

class TestCli : public CliTestCase
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
    void withoutTheManageRight();
    void wrongPassword();
    void noPassword();
    void inATerminal();
    void rememberedPassword();
};

void TestCli::initTestCase()
{
    QVERIFY2(startSandbox(), qPrintable(errorString()));
}

void TestCli::cleanupTestCase()
{
    m_sandbox.stop();
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
