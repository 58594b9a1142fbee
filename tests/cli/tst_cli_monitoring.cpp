// pim-connections-cli's monitoring commands (dashboard, errors, apps, app, app-settings,
// delete-app) against a pim-sandbox with the demo history on fixed days: the tables, the PIM's
// JSON byte for byte, CSV, the search, --offline after an online run, the exit codes and the
// confirmation of delete-app; and, without a process, that nothing the PIM sends reaches the
// terminal as a control character.
#include "CliMonitoringOutput.h"
#include "CliOutput.h"
#include "CliTestCase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using CliTest::AdminPassword;
const QString App = u"content_translator"_s;

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliMonitoring : public CliTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void controlCharactersAreEscaped();
    void csvQuoting();
    void usageErrors_data();
    void usageErrors();
    void dashboard();
    void dashboardJsonIsTheRoutesBytes();
    void errors();
    void errorsSearchCsvJson();
    void apps();
    void appSettings();
    void withoutManageApps();
    void offlineAfterAnOnlineRun();
    void deleteApp();
};

void TestCliMonitoring::initTestCase()
{
    // The errors are shown in this computer's zone: one that is not UTC, to see it done.
    qputenv("TZ", "Asia/Tokyo");
    QVERIFY2(startSandbox({u"--today"_s, u"2026-12-01"_s, u"--timezone"_s, u"UTC"_s}),
             qPrintable(errorString()));
    // The first command adds the PIM to the app's list; the next ones use it.
    CLI_EXPECT(addPim(), 0);
}

void TestCliMonitoring::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestCliMonitoring::controlCharactersAreEscaped()
{
    const QString hostile = u"red\x1b[31m\u202Egnp.exe\u0085\u007f\ttab\nline"_s;
    QCOMPARE(CliOutput::printable(hostile),
             u"red\\x1B[31m\\u202Egnp.exe\\x85\\x7F\\x09tab\\x0Aline"_s);
    QCOMPARE(CliOutput::printable(u"Données ✓"_s), u"Données ✓"_s);

    BusinessError error;
    error.dateTime = QDateTime(QDate(2026, 11, 30), QTime(16, 20), Qt::UTC);
    error.message = hostile;
    error.locale = u"en_US\x1b"_s;
    error.product = ErrorProduct{{}, {}, u"id\u2066"_s, u"label\x07"_s, u"family\r"_s};
    ConnectedApp app;
    app.connectionCode = u"app\x1b"_s;
    app.name = hostile;
    app.author = hostile;
    app.scopes = {hostile};
    for (const QString &shown :
         {CliMonitoringOutput::errorsText({error}, 1, QTimeZone::utc()),
          CliMonitoringOutput::appsTable({CachedApp{app, std::nullopt, {}}}),
          CliMonitoringOutput::appText(app, AppMonitoringSettings{FlowType::Source, true})}) {
        for (const QString &line : shown.split(u'\n')) {
            for (const QChar c : line) {
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                             !(c.unicode() >= 0x80 && c.unicode() <= 0x9f) &&
                             !(c.unicode() >= 0x202a && c.unicode() <= 0x202e) &&
                             !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069),
                         qPrintable(line));
            }
        }
    }
}

void TestCliMonitoring::csvQuoting()
{
    QCOMPARE(CliMonitoringOutput::csvField(u"plain"_s), u"plain"_s);
    QCOMPARE(CliMonitoringOutput::csvField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CliMonitoringOutput::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CliMonitoringOutput::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    BusinessError error;
    error.dateTime = QDateTime(QDate(2026, 11, 30), QTime(16, 20), Qt::UTC);
    error.message = u"The \"beige\" value, not in the list."_s;
    QCOMPARE(CliMonitoringOutput::errorsCsv({error}, QTimeZone::utc()),
             "date_time,message,product,product_id,family,locale,channel\r\n"
             "2026-11-30T16:20:00+00:00,\"The \"\"beige\"\" value, not in the list.\",,,,,\r\n");
}

void TestCliMonitoring::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("event type") << QStringList{u"dashboard"_s, u"--event-type"_s, u"product"_s}
                                << u"product_created"_s;
    QTest::newRow("end date") << QStringList{u"dashboard"_s, u"--end-date=2026-02-30"_s}
                              << u"2020-01-07"_s;
    QTest::newRow("csv value") << QStringList{u"errors"_s, u"erp"_s, u"--csv=yes"_s} << u"--csv"_s;
    QTest::newRow("tracked") << QStringList{u"app-settings"_s, App, u"--tracked"_s, u"maybe"_s}
                             << u"--tracked"_s;
    QTest::newRow("offline write")
        << QStringList{u"--offline"_s, u"app-settings"_s, App} << u"--offline"_s;
    QTest::newRow("no code") << QStringList{u"errors"_s} << u"CODE"_s;
}

void TestCliMonitoring::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto result = cli(arguments);
    CLI_EXPECT(result, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliMonitoring::dashboard()
{
    const auto result = cli({u"dashboard"_s, u"--event-type"_s, u"product_read"_s});
    CLI_EXPECT(result, 0);
    const QStringList out = lines(result.out);
    // The table says what the PIM said: "<all>" first, the 8 days, then the total.
    const auto json = cli({u"dashboard"_s, u"--event-type"_s, u"product_read"_s, u"--json"_s});
    CLI_EXPECT(json, 0);
    const QJsonObject weekly = json.json().toObject();
    const qsizetype header =
        out.indexOf(QRegularExpression(u"^CONNECTION +11-24 .* 12-01 +TOTAL$"_s));
    QVERIFY2(header >= 0, result.out.constData());
    const QStringList keys = weekly.keys(); // sorted: compare the rows one by one instead
    QCOMPARE(out.at(header + 1).section(u' ', 0, 0), u"<all>"_s);
    for (qsizetype i = 1; i <= keys.size(); ++i) {
        const QStringList cells = out.at(header + i).split(u' ', Qt::SkipEmptyParts);
        const QJsonObject series = weekly.value(cells.first()).toObject();
        QVERIFY2(!series.isEmpty(), qPrintable(out.at(header + i)));
        QStringList expected{cells.first()};
        const QJsonObject daily = series.value(u"daily"_s).toObject();
        for (const QString &day : daily.keys())
            expected.append(QString::number(daily.value(day).toInteger()));
        expected.append(QString::number(series.value(u"weekly_total"_s).toInteger()));
        QCOMPARE(cells, expected);
    }
    // The demo's web shop and its App, a destination tracked too.
    QVERIFY2(
        result.out.contains("\n<all>                 160    147    178    208    135     42    "
                            "233     89   1032\n"),
        result.out.constData());
    // Then the errors per day and the business errors per source.
    QVERIFY(result.out.contains("\nErrors per day on the data sources"));
    QVERIFY(out.contains(
        u"erp             3      2      2      5      1      1      2      2     15"_s));
    QVERIFY(out.contains(u"erp              9"_s));
}

void TestCliMonitoring::dashboardJsonIsTheRoutesBytes()
{
    const auto result = cli({u"dashboard"_s, u"--event-type"_s, u"product_updated"_s,
                             u"--end-date"_s, u"2026-11-28"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const HttpReply reply = admin().get(
        u"/rest/connections/audit/weekly?event_type=product_updated&end_date=2026-11-28"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(result.out, reply.body + '\n');
    QVERIFY(result.out.startsWith(R"({"\u003Call\u003E":{"daily":{"2026-11-21")"));
}

void TestCliMonitoring::errors()
{
    const auto result = cli({u"errors"_s, u"erp"_s});
    CLI_EXPECT(result, 0);
    const QStringList out = lines(result.out);
    // Newest first, in this computer's zone (Tokyo: UTC+9).
    QCOMPARE(out.first(), u"2026-12-01 18:10:00  The hats family does not exist in your PIM."_s);
    QStringList times;
    for (const QString &line : out) {
        if (line.size() > 19 && line.at(4) == u'-' && line.at(13) == u':')
            times.append(line.left(19));
    }
    QCOMPARE(times.size(), 9);
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(times, sorted);
    QVERIFY(out.contains(u"  Product: Trail running shoe (ID: 1111111172); Family: shoes"_s));
    QCOMPARE(out.last(), u"Errors: 9"_s);

    // A connection without errors.
    const auto none = cli({u"errors"_s, u"web_shop"_s});
    CLI_EXPECT(none, 0);
    QCOMPARE(none.out, "No error found.\n");
}

void TestCliMonitoring::errorsSearchCsvJson()
{
    // The search of the PIM's screen: case-insensitive, over the content's values.
    auto result = cli({u"errors"_s, u"erp"_s, u"--search"_s, u"COLOR"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(lines(result.out).last(), u"Errors that match the search: 3 of 9"_s);
    QVERIFY(!result.out.contains("hats family"));

    result = cli({u"errors"_s, u"erp"_s, u"--search"_s, u"clothing"_s, u"--csv"_s});
    CLI_EXPECT(result, 0);
    const QList<QByteArray> rows = result.out.split('\n');
    QCOMPARE(rows.first(), "date_time,message,product,product_id,family,locale,channel\r");
    QCOMPARE(rows.at(1), "2026-12-01T01:20:00+09:00,The beige value is not in the color attribute "
                         "option list.,cotton-cap-02,cotton-cap-02,clothing,,\r");
    QCOMPARE(rows.size(), 1 + 3 + 1); // header, three errors, nothing after the last CRLF

    result = cli({u"errors"_s, u"erp"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const HttpReply reply = admin().get(u"/rest/connections/erp/business-errors"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(result.out, reply.body + '\n');
}

void TestCliMonitoring::apps()
{
    auto result = cli({u"apps"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(lines(result.out),
             (QStringList{u"CODE                NAME                AUTHOR          STATUS"_s,
                          u"content_translator  Content Translator  Lingo Workshop  certified"_s}));

    result = cli({u"apps"_s, u"--json"_s});
    CLI_EXPECT(result, 0);
    const HttpReply reply = admin().get(u"/rest/apps/connected-apps"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(result.out, reply.body + '\n');

    result = cli({u"app"_s, App});
    CLI_EXPECT(result, 0);
    QVERIFY(lines(result.out).contains(u"Author:      Lingo Workshop"_s));
    QVERIFY(lines(result.out).contains(u"Scopes:      read_catalog_structure, read_products"_s));
    QVERIFY2(result.out.contains("Flow type:"), result.out.constData());

    result = cli({u"app"_s, App, u"--json"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.json(), reply.json().toArray().first());

    result = cli({u"app"_s, u"no_such_app"_s});
    CLI_EXPECT(result, 1);
    QVERIFY(result.err.contains("There is no connected App no_such_app"));
}

void TestCliMonitoring::appSettings()
{
    const QString route = u"/rest/apps/connected-apps/content_translator/monitoring-settings"_s;
    auto result = cli({u"app-settings"_s, App, u"--json"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out, admin().get(route).body + '\n');

    result =
        cli({u"app-settings"_s, App, u"--flow-type"_s, u"destination"_s, u"--tracked"_s, u"yes"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(lines(result.out),
             (QStringList{u"Flow type:  Data destination"_s, u"Tracked:    yes"_s}));
    QCOMPARE(admin().get(route).body, R"({"flowType":"data_destination","auditable":true})");

    // Flow type other is never tracked; what is not given stays.
    result = cli({u"app-settings"_s, App, u"--flow-type"_s, u"other"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(admin().get(route).body, R"({"flowType":"other","auditable":false})");
    result = cli({u"app-settings"_s, App, u"--flow-type"_s, u"source"_s, u"--tracked"_s, u"yes"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(admin().get(route).body, R"({"flowType":"data_source","auditable":true})");
}

void TestCliMonitoring::withoutManageApps()
{
    // The sandbox's viewer lacks "Manage apps": the settings are refused (exit 1, the reason).
    CliProcess viewer;
    viewer.setPassword(u"viewer"_s);
    auto result =
        viewer.run({u"--server"_s, m_url, u"--user"_s, u"viewer"_s, u"app-settings"_s, App});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("\"Manage apps\""), result.err.constData());
    QVERIFY(result.out.isEmpty());
    result = viewer.run({u"delete-app"_s, App, u"--yes"_s});
    CLI_EXPECT(result, 1);
    QVERIFY2(result.err.contains("\"Manage apps\""), result.err.constData());
    QCOMPARE(admin().get(u"/rest/apps/connected-apps"_s).json().toArray().size(), 1);
}

void TestCliMonitoring::offlineAfterAnOnlineRun()
{
    const QList<QStringList> commands{
        {u"dashboard"_s}, {u"errors"_s, u"erp"_s, u"--csv"_s}, {u"apps"_s}, {u"app"_s, App}};
    for (const QStringList &command : commands) {
        const auto online = cli(command);
        CLI_EXPECT(online, 0);
        const auto offline = cli(QStringList{u"--offline"_s} + command);
        CLI_EXPECT(offline, 0);
        QCOMPARE(offline.out, online.out);
        QVERIFY2(offline.err.contains(" as of "), offline.err.constData());
        QVERIFY(!online.err.contains(" as of "));
    }
    // Another week than the one kept, or errors never read: not in the offline copy.
    auto result = cli({u"--offline"_s, u"dashboard"_s, u"--end-date"_s, u"2026-11-01"_s});
    CLI_EXPECT(result, 3);
    QVERIFY2(result.err.contains("2026-12-01"), result.err.constData());
    result = cli({u"--offline"_s, u"errors"_s, u"retail_hub"_s});
    CLI_EXPECT(result, 3);
}

void TestCliMonitoring::deleteApp()
{
    // No terminal and no --yes: refused before anything is asked of the PIM.
    auto result = cli({u"delete-app"_s, App});
    CLI_EXPECT(result, 2);
    QVERIFY(result.err.contains("--yes"));
    // In a terminal, "n" keeps it.
    result = m_cli->runInTerminal({u"delete-app"_s, App}, {u"n"_s});
    CLI_EXPECT(result, 2);
    QVERIFY2(result.out.contains("Delete the App content_translator?"), result.out.constData());
    QCOMPARE(admin().get(u"/rest/apps/connected-apps"_s).json().toArray().size(), 1);

    result = m_cli->runInTerminal({u"delete-app"_s, App}, {u"y"_s});
    CLI_EXPECT(result, 0);
    QVERIFY2(result.out.contains("Deleted the App content_translator."), result.out.constData());
    QCOMPARE(admin().get(u"/rest/apps/connected-apps"_s).json().toArray().size(), 0);

    result = cli({u"apps"_s});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out, "No apps connected yet.\n");
    result = cli({u"delete-app"_s, App, u"--yes"_s}); // gone: the PIM says so
    CLI_EXPECT(result, 1);
}

QTEST_GUILESS_MAIN(TestCliMonitoring)
#include "tst_cli_monitoring.moc"
