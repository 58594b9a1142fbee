// The demo store's history (docs/pim-api.md §9 to §11: a live dashboard, business errors with
// their documentation links, an untracked connection, a connected App), the --today and
// --timezone options, and a store from before the monitoring brought up to date.
#include "MonitoringFixture.h"

#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(SandboxProcess::executablePath(), arguments);
    Run run;
    if (!process.waitForFinished(15000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<int> dailyCounts(const QJsonObject &entry)
{
    QList<int> counts;
    const QJsonObject daily = entry[u"daily"_s].toObject();
    for (auto it = daily.begin(); it != daily.end(); ++it)
        counts.append(it.value().toInt());
    return counts;
}

} // namespace

class TestSandboxDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoHasEightDaysOfHistory();
    void demoHasBusinessErrorsWithDocumentation();
    void demoHasAnUntrackedConnectionAndAnApp();
    void helpDescribesTheClockAndTimeZone();
    void badClockOrTimeZoneExitsWith2_data();
    void badClockOrTimeZoneExitsWith2();
    void aStoreFromBeforeTheMonitoringIsUpgraded();

private:
    SandboxProcess m_demo;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxDemo::initTestCase()
{
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    options.extraArguments = {u"--today"_s, u"2020-01-07T18:00"_s, u"--timezone"_s,
                              u"Europe/Paris"_s};
    QVERIFY2(m_demo.start(options), qPrintable(m_demo.errorString()));
    m_admin = std::make_unique<HttpClient>(m_demo.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
}

void TestSandboxDemo::demoHasEightDaysOfHistory()
{
    const QString weekly = u"/rest/connections/audit/weekly?event_type="_s;
    for (const QString &type : {u"product_created"_s, u"product_updated"_s}) {
        const QJsonObject week = m_admin->get(weekly + type).json().toObject();
        QCOMPARE(week.keys(), (QStringList{u"<all>"_s, u"erp"_s}));
        QCOMPARE(week[u"erp"_s][u"daily"_s].toObject().keys().constFirst(), u"2019-12-31"_s);
        const QList<int> counts = dailyCounts(week[u"erp"_s].toObject());
        QCOMPARE(counts.size(), 8);
        QVERIFY2(*std::min_element(counts.begin(), counts.end()) > 0, qPrintable(type));
        QVERIFY(QSet<int>(counts.begin(), counts.end()).size() >= 5); // the days differ
    }
    const QJsonObject read = m_admin->get(weekly + u"product_read"_s).json().toObject();
    QCOMPARE(read.keys(), (QStringList{u"<all>"_s, u"content_translator"_s, u"web_shop"_s}));
    for (const QString &code : {u"content_translator"_s, u"web_shop"_s}) {
        const QList<int> counts = dailyCounts(read[code].toObject());
        QVERIFY(*std::min_element(counts.begin(), counts.end()) > 0);
    }
    const QJsonObject errors =
        m_admin->get(u"/rest/connections/audit/weekly-error"_s).json().toObject();
    QVERIFY(errors[u"erp"_s][u"current_week_total"_s].toInt() > 0);
    QVERIFY(
        m_admin->get(u"/rest/connections/audit/error-count-per-connection?error_type=technical"_s)
            .json()[u"erp"_s]
            .toInt() > 0);
}

void TestSandboxDemo::demoHasBusinessErrorsWithDocumentation()
{
    const QJsonArray errors =
        m_admin->get(u"/rest/connections/erp/business-errors"_s).json().toArray();
    QVERIFY(errors.size() >= 5);
    QSet<QString> types, links;
    QString previous = u"9999"_s;
    for (const QJsonValue &error : errors) {
        const QString at = error[u"date_time"_s].toString();
        QVERIFY2(at <= previous, qPrintable(at)); // newest first
        previous = at;
        QVERIFY(at >= u"2020-01-01"_s);
        const QJsonObject content = error[u"content"_s].toObject();
        types.insert(content[u"type"_s].toString());
        QVERIFY(!content[u"message"_s].toString().isEmpty());
        for (const QJsonValue &doc : content[u"documentation"_s].toArray()) {
            for (const QJsonValue &link : doc[u"parameters"_s].toObject()) {
                links.insert(link[u"type"_s].toString());
                if (link[u"type"_s] == u"href"_s)
                    QVERIFY(link[u"href"_s].toString().startsWith(u"https://help.akeneo.com/"_s));
                else
                    QVERIFY(!link[u"route"_s].toString().isEmpty());
            }
        }
    }
    QCOMPARE(types, (QSet<QString>{u"violation_error"_s, u"domain_error"_s}));
    QCOMPARE(links, (QSet<QString>{u"href"_s, u"route"_s}));
}

void TestSandboxDemo::demoHasAnUntrackedConnectionAndAnApp()
{
    const QJsonArray settings = m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(settings.size(), 3);
    QStringList untracked;
    for (const QJsonValue &connection : settings) {
        if (!connection[u"auditable"_s].toBool())
            untracked.append(connection[u"code"_s].toString());
    }
    QCOMPARE(untracked, QStringList{u"retail_hub"_s});
    const QJsonArray apps = m_admin->get(u"/rest/apps/connected-apps"_s).json().toArray();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0)[u"connection_code"_s].toString(), u"content_translator"_s);
    QCOMPARE(apps.at(0)[u"name"_s].toString(), u"Content Translator"_s);
    const HttpReply logo = m_admin->get(QUrl(apps.at(0)[u"logo"_s].toString()).path());
    QVERIFY(logo.body.startsWith("\x89PNG"));
    QCOMPARE(
        m_admin->get(u"/rest/apps/connected-apps/content_translator/monitoring-settings"_s).body,
        QByteArray("{\"flowType\":\"data_destination\",\"auditable\":true}"));
    const QJsonArray all = m_admin->get(u"/rest/connections"_s).json().toArray();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(3)[u"type"_s].toString(), u"app"_s);
}

void TestSandboxDemo::helpDescribesTheClockAndTimeZone()
{
    const Run run = runToEnd({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *text : {"--today", "--timezone", "/rest/apps/connected-apps",
                             "/api/rest/v1/products", "business-errors", "retail_hub"})
        QVERIFY2(run.out.contains(text), text);
    QVERIFY(!run.out.contains("contract"));
}

void TestSandboxDemo::badClockOrTimeZoneExitsWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("today not a date")
        << QStringList{u"--today"_s, u"tomorrow"_s} << QByteArray("tomorrow");
    QTest::newRow("no such day") << QStringList{u"--today"_s, u"2020-02-30"_s}
                                 << QByteArray("2020-02-30");
    QTest::newRow("no such time") << QStringList{u"--today"_s, u"2020-01-07T25:00"_s}
                                  << QByteArray("--today");
    QTest::newRow("unknown time zone")
        << QStringList{u"--timezone"_s, u"Mars/Olympus"_s} << QByteArray("Mars/Olympus");
}

void TestSandboxDemo::badClockOrTimeZoneExitsWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = runToEnd(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), run.err.constData());
}

void TestSandboxDemo::aStoreFromBeforeTheMonitoringIsUpgraded()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    QVERIFY(!apiConnection(admin, u"erp"_s, u"data_source"_s, true).token.isEmpty());
    sandbox.stop();
    {
        // Back to schema version 1: no products, monitoring records, Apps' descriptions, time
        // zones, event subscriptions or event logs.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(sandbox.dataDir() + u"/pim-sandbox.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement :
             {"DROP TABLE products", "DROP TABLE audit_counts", "DROP TABLE business_errors",
              "DROP TABLE connected_apps", "ALTER TABLE users DROP COLUMN timezone",
              "DROP TABLE event_logs", "ALTER TABLE connections DROP COLUMN webhook_enabled",
              "ALTER TABLE connections DROP COLUMN webhook_url",
              "ALTER TABLE connections DROP COLUMN webhook_secret",
              "ALTER TABLE connections DROP COLUMN webhook_is_using_uuid",
              "UPDATE meta SET value = '1' WHERE key = 'schema_version'"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    QVERIFY2(sandbox.restart(false), qPrintable(sandbox.errorString()));
    admin.setBase(sandbox.url());
    admin.clearCookies();
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QJsonArray connections = admin.get(SandboxFixture::defaultTypesQuery()).json().toArray();
    QCOMPARE(connections.size(), 1);
    const ApiConnection reader = apiConnection(admin, u"shop"_s, u"data_destination"_s, true);
    const HttpReply products = api(admin, "GET", u"/api/rest/v1/products"_s, reader.token);
    QCOMPARE(products.json()[u"_embedded"_s][u"items"_s].toArray().size(), 3);
    QCOMPARE(admin.get(u"/rest/connections/audit/weekly?event_type=product_read"_s)
                 .json()[u"shop"_s][u"weekly_total"_s]
                 .toInt(),
             3);
}

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "tst_sandbox_demo.moc"
