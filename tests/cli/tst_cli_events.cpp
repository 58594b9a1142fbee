// pim-connections-cli's event subscription commands (webhook, webhook-set, webhook-test,
// webhook-regenerate-secret, event-logs, event-logs-download; docs/pim-api.md §8) against a
// pim-sandbox with the demo's subscription and logs: the output, the PIM's JSON, the exit codes,
// the confirmation, --offline after an online run, and a PIM without the Events API.
#include "CliTestCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
using CliTest::AdminPassword;
const QString Shop = u"web_shop"_s; // the demo's subscriber (README)
} // namespace

class TestCliEvents : public CliTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void usageErrors_data();
    void usageErrors();
    void webhook();
    void webhookSetAndTest();
    void regenerateSecret();
    void eventLogs();
    void download();
    void offlineAfterAnOnlineRun();
    void aPimWithoutTheEventsApi();

private:
    // The demo subscription's secret, as the PIM gives it.
    QString shopSecret();

    QTemporaryDir m_dir;
};

void TestCliEvents::initTestCase()
{
    QVERIFY2(startSandbox(), qPrintable(errorString()));
    CLI_EXPECT(addPim(), 0);
}

void TestCliEvents::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestCliEvents::shopSecret()
{
    return admin()
        .get(u"/rest/connections/web_shop/webhook"_s)
        .json()
        .toObject()
        .value(u"event_subscription"_s)
        .toObject()
        .value(u"secret"_s)
        .toString();
}

void TestCliEvents::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("set without changes") << QStringList{u"webhook-set"_s, Shop} << u"--url"_s;
    QTest::newRow("enabled maybe")
        << QStringList{u"webhook-set"_s, Shop, u"--enabled"_s, u"maybe"_s} << u"--enabled"_s;
    QTest::newRow("unknown level")
        << QStringList{u"event-logs"_s, Shop, u"--level"_s, u"info,debug"_s} << u"--level"_s;
    QTest::newRow("download without file")
        << QStringList{u"event-logs-download"_s, Shop} << u"CODE FILE"_s;
    QTest::newRow("test offline") << QStringList{u"--offline"_s, u"webhook-test"_s, Shop}
                                  << u"--offline"_s;
}

void TestCliEvents::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto result = cli(arguments);
    CLI_EXPECT(result, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
}

void TestCliEvents::webhook()
{
    auto result = cli({u"webhook"_s, Shop});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("http://127.0.0.1:8081/akeneo-events"), result.out.constData());
    QVERIFY(result.out.contains("Enabled"));
    const QString secret = shopSecret();
    QVERIFY(!secret.isEmpty());
    QVERIFY(result.out.contains(secret.toUtf8()));

    result = cli({u"--json"_s, u"webhook"_s, Shop});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out, admin().get(u"/rest/connections/web_shop/webhook"_s).body + '\n');
    // An unknown connection.
    result = cli({u"webhook"_s, u"nope"_s});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("nope"), result.err.constData());
}

void TestCliEvents::webhookSetAndTest()
{
    auto result = cli({u"webhook-set"_s, u"erp"_s, u"--url"_s, u"http://127.0.0.1:9/hook"_s,
                       u"--enabled"_s, u"yes"_s});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("http://127.0.0.1:9/hook"), result.out.constData());
    const QJsonObject saved = admin()
                                  .get(u"/rest/connections/erp/webhook"_s)
                                  .json()
                                  .toObject()
                                  .value(u"event_subscription"_s)
                                  .toObject();
    QVERIFY(saved.value(u"enabled"_s).toBool());
    QVERIFY(!saved.value(u"secret"_s).toString().isEmpty()); // made at the first save

    // Nothing listens on port 9: the PIM's words, exit code 1.
    result = cli({u"webhook-test"_s, u"erp"_s});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.out.contains("Failed to connect to server"), result.out.constData());

    // The PIM's refusal, translated.
    result = cli({u"webhook-set"_s, u"erp"_s, u"--url"_s, u"ftp://example.com"_s});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("This value is not a valid URL."), result.err.constData());
    result = cli({u"webhook-set"_s, u"erp"_s, u"--enabled"_s, u"no"_s, u"--url"_s, u""_s});
    CLI_EXPECT(result, 0);
    result = cli({u"webhook-test"_s, u"erp"_s});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("no URL"), result.err.constData());
}

void TestCliEvents::regenerateSecret()
{
    const QString before = shopSecret();
    auto result = cli({u"webhook-regenerate-secret"_s, Shop}); // no terminal, no --yes
    CLI_EXPECT(result, 2);
    QCOMPARE(shopSecret(), before);
    result = m_cli->runInTerminal({u"webhook-regenerate-secret"_s, Shop}, {u"n"_s});
    CLI_EXPECT(result, 2);
    QVERIFY2(result.out.contains("receives the events must be updated"), result.out.constData());
    QCOMPARE(shopSecret(), before);
    result = cli({u"webhook-regenerate-secret"_s, Shop, u"--yes"_s});
    CLI_EXPECT(result, 0);
    const QString after = shopSecret();
    QVERIFY(after != before);
    QVERIFY2(result.out.contains(after.toUtf8()), result.out.constData());
}

void TestCliEvents::eventLogs()
{
    auto result = cli({u"event-logs"_s, Shop});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("ERROR") && result.out.contains("INFO"), result.out.constData());
    QVERIFY(result.out.contains(" logs\n"));

    result = cli({u"event-logs"_s, Shop, u"--level"_s, u"error"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const QJsonArray errors = result.json().toObject().value(u"results"_s).toArray();
    QVERIFY(!errors.isEmpty());
    for (const QJsonValue &entry : errors)
        QCOMPARE(entry.toObject().value(u"level"_s).toString(), u"error"_s);

    result = cli({u"event-logs"_s, Shop, u"--all"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const QJsonObject all = result.json().toObject();
    QCOMPARE(all.value(u"results"_s).toArray().size(), all.value(u"total"_s).toInt());
}

void TestCliEvents::download()
{
    const QString file = m_dir.filePath(u"logs.txt"_s);
    const auto result = cli({u"event-logs-download"_s, Shop, file});
    CLI_EXPECT(result, 0);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(
        text,
        admin()
            .get(
                u"/rest/events-api-debug/download-event-subscription-logs?connection_code=web_shop"_s)
            .body);
}

void TestCliEvents::offlineAfterAnOnlineRun()
{
    for (const QStringList &command :
         QList<QStringList>{{u"webhook"_s, Shop}, {u"event-logs"_s, Shop}}) {
        const auto online = cli(command);
        CLI_EXPECT(online, 0);
        const auto offline = cli(QStringList{u"--offline"_s} + command);
        CLI_EXPECT(offline, 0);
        QCOMPARE(offline.out, online.out); // the secret from the keychain
        QVERIFY2(offline.err.contains(" as of "), offline.err.constData());
    }
    // The secret is not in the offline copy.
    const QString secret = shopSecret();
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_cli->cacheFile() + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(secret.toUtf8()));
    }
}

void TestCliEvents::aPimWithoutTheEventsApi()
{
    SandboxProcess retired;
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    options.admin = u"admin:"_s + AdminPassword;
    options.extraArguments = {u"--no-events-api"_s};
    QVERIFY2(retired.start(options), qPrintable(retired.errorString()));
    const QStringList server{u"--server"_s, retired.url().toString(), u"--user"_s, u"admin"_s};
    for (const QStringList &command :
         QList<QStringList>{{u"webhook"_s, Shop}, {u"event-logs"_s, Shop}}) {
        const auto result = cli(server + command);
        CLI_EXPECT(result, 1);
        QVERIFY2(result.err.contains("not available on this PIM"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
    retired.stop();
}

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"
