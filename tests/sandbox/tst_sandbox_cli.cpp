// The command line of pim-sandbox: --help, bad flags (exit 2), the listening line, signals,
// the temporary store, seeds and --app.
#include "SandboxFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(SandboxProcess::executablePath(), arguments);
    Run run;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Starts the sandbox and reads its first line; the process is left running.
QByteArray
firstLine(QProcess &process, const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    process.setProcessEnvironment(environment);
    process.start(SandboxProcess::executablePath(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(200);
    return process.readLine();
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void helpDocumentsEveryOption();
    void versionPrintsTheVersion();
    void badFlagsExitWith2_data();
    void badFlagsExitWith2();
    void listeningLineComesFirst();
    void signalsStopItCleanly_data();
    void signalsStopItCleanly();
    void withoutDataTheStoreIsTemporary();
    void portInUseIsAClearError();
    void seedsApplyToANewStoreOnly();
    void appsAreAddedOnce();
};

void TestSandboxCli::helpDocumentsEveryOption()
{
    const Run run = runToEnd({u"--help"_s});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--port", "--host", "--data", "--admin", "--user", "--seed",
                               "--token-ttl", "--session-ttl", "--app", "--no-events-api",
                               "--webhook-any-host", "--webhook-timeout", "--help"})
        QVERIFY2(run.out.contains(option), option);
    QVERIFY(run.out.contains("pim-sandbox listening on http://HOST:PORT"));
    QVERIFY(run.err.isEmpty());
}

void TestSandboxCli::versionPrintsTheVersion()
{
    const Run run = runToEnd({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("pim-sandbox "));
}

void TestSandboxCli::badFlagsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown flag") << QStringList{u"--nope"_s} << QByteArray("nope");
    QTest::newRow("missing value") << QStringList{u"--port"_s} << QByteArray("port");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << QByteArray("abc");
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << QByteArray("70000");
    QTest::newRow("host") << QStringList{u"--host"_s, u"not-an-ip"_s} << QByteArray("not-an-ip");
    QTest::newRow("seed") << QStringList{u"--seed"_s, u"full"_s} << QByteArray("full");
    QTest::newRow("admin without colon")
        << QStringList{u"--admin"_s, u"admin"_s} << QByteArray("USER:PASSWORD");
    QTest::newRow("user without password")
        << QStringList{u"--user"_s, u"viewer:"_s} << QByteArray("USER:PASSWORD");
    QTest::newRow("user is the admin")
        << QStringList{u"--user"_s, u"admin:x"_s} << QByteArray("admin");
    QTest::newRow("token ttl zero")
        << QStringList{u"--token-ttl"_s, u"0"_s} << QByteArray("token-ttl");
    QTest::newRow("session ttl negative")
        << QStringList{u"--session-ttl"_s, u"-5"_s} << QByteArray("session-ttl");
    QTest::newRow("app without label") << QStringList{u"--app"_s, u"shop"_s} << QByteArray("shop");
    QTest::newRow("app with a bad code")
        << QStringList{u"--app"_s, u"a-b:Label"_s} << QByteArray("a-b");
    QTest::newRow("webhook timeout zero")
        << QStringList{u"--webhook-timeout"_s, u"0"_s} << QByteArray("webhook-timeout");
    QTest::newRow("webhook timeout not a number")
        << QStringList{u"--webhook-timeout"_s, u"soon"_s} << QByteArray("soon");
    QTest::newRow("positional argument") << QStringList{u"serve"_s} << QByteArray("serve");
}

void TestSandboxCli::badFlagsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = runToEnd(arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QVERIFY(run.err.contains("--help"));
}

void TestSandboxCli::listeningLineComesFirst()
{
    QTemporaryDir data;
    QProcess process;
    const QByteArray line = firstLine(
        process, {u"--port"_s, u"0"_s, u"--data"_s, data.path(), u"--seed"_s, u"empty"_s});
    static const QRegularExpression pattern(
        u"^pim-sandbox listening on http://127\\.0\\.0\\.1:(\\d+)\n$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());
    QVERIFY(match.captured(1).toInt() > 0);
    HttpClient client(QUrl(u"http://127.0.0.1:"_s + match.captured(1)));
    QCOMPARE(client.get(u"/user/login"_s).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::signalsStopItCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCli::signalsStopItCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir data;
    QProcess process;
    QVERIFY(firstLine(process, {u"--port"_s, u"0"_s, u"--data"_s, data.path()})
                .startsWith("pim-sandbox listening on "));
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The store was closed properly: it opens again.
    QProcess again;
    QVERIFY(firstLine(again, {u"--port"_s, u"0"_s, u"--data"_s, data.path()})
                .startsWith("pim-sandbox listening on "));
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
}

void TestSandboxCli::withoutDataTheStoreIsTemporary()
{
    QTemporaryDir tmp;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TMPDIR"_s, tmp.path());
    QProcess process;
    QVERIFY(firstLine(process, {u"--port"_s, u"0"_s}, environment)
                .startsWith("pim-sandbox listening on "));
    const QStringList during = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(during.size(), 1);
    QVERIFY(QFile::exists(tmp.path() + u'/' + during.constFirst() + u"/pim-sandbox.sqlite"_s));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestSandboxCli::portInUseIsAClearError()
{
    SandboxProcess first;
    QVERIFY2(first.start(SandboxProcess::Options()), qPrintable(first.errorString()));
    QTemporaryDir data;
    const Run run =
        runToEnd({u"--port"_s, QString::number(first.url().port()), u"--data"_s, data.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("cannot listen"), run.err.constData());
}

void TestSandboxCli::seedsApplyToANewStoreOnly()
{
    QTemporaryDir data;
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.dataDir = data.path();
    options.seed = u"demo"_s;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QJsonArray demo = admin.get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(demo.size(), 3);
    QStringList flows;
    for (const QJsonValue &connection : demo) {
        flows.append(connection[u"flowType"_s].toString());
        const QString image = connection[u"image"_s].toString();
        QVERIFY(!image.isEmpty());
        const HttpReply logo = admin.follow(
            admin.get(u"/media/show/"_s + QString::fromLatin1(QUrl::toPercentEncoding(image)) +
                      u"/thumbnail"_s));
        QCOMPARE(logo.header("Content-Type"), QByteArray("image/png"));
        QVERIFY(logo.body.startsWith("\x89PNG"));
    }
    QCOMPARE(flows, (QStringList{u"data_source"_s, u"data_source"_s, u"data_destination"_s}));
    QCOMPARE(demo.at(0)[u"code"_s].toString(), u"erp"_s);

    // An existing store is never seeded again, whatever --seed says.
    QCOMPARE(admin.send("DELETE", u"/rest/connections/erp"_s).status, 204);
    QVERIFY2(sandbox.restart(false), qPrintable(sandbox.errorString()));
    HttpClient again(sandbox.url());
    QVERIFY(again.signIn(u"admin"_s, u"admin"_s));
    QCOMPARE(again.get(SandboxFixture::defaultTypesQuery()).json().toArray().size(), 2);

    SandboxProcess empty;
    QVERIFY2(empty.start(SandboxProcess::Options()), qPrintable(empty.errorString()));
    HttpClient emptyAdmin(empty.url());
    QVERIFY(emptyAdmin.signIn(u"admin"_s, u"admin"_s));
    QCOMPARE(emptyAdmin.get(u"/rest/connections"_s).body, QByteArray("[]"));
    QCOMPARE(emptyAdmin.get(u"/rest/user_role/"_s).json().toArray().size(), 4);
}

void TestSandboxCli::appsAreAddedOnce()
{
    QTemporaryDir data;
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.dataDir = data.path();
    options.extraArguments = {u"--app"_s, u"shop_app:Shop App"_s, u"--app"_s, u"pay_app:Pay"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    QVERIFY2(sandbox.restart(false), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QJsonArray all = admin.get(u"/rest/connections"_s).json().toArray();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue &app : all) {
        QCOMPARE(app[u"type"_s].toString(), u"app"_s);
        QCOMPARE(admin.get(u"/rest/connections/"_s + app[u"code"_s].toString()).status, 404);
    }
    // A changed password on the command line wins on the next start.
    options.admin = u"admin:changed"_s;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient changed(sandbox.url());
    QVERIFY(!changed.signIn(u"admin"_s, u"admin"_s));
    QVERIFY(changed.signIn(u"admin"_s, u"changed"_s));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
