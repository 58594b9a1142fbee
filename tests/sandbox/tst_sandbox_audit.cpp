// The Data flows dashboard (docs/pim-api.md §10): the three audit routes from what the product
// API recorded; the user's time zone, "<all>" first, every tracked connection even with zeros, the
// first of eight days left out of weekly_total; 500 for bad parameters; no right needed; HEAD and
// OPTIONS (§12).
#include "MonitoringFixture.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;

namespace {

const QString Weekly = u"/rest/connections/audit/weekly"_s;
const QString WeeklyError = u"/rest/connections/audit/weekly-error"_s;
const QString ErrorCount = u"/rest/connections/audit/error-count-per-connection"_s;
const QByteArray All = "\"\\u003Call\\u003E\"";

// {"2020-01-01":3,...}: `counts` from `first` on.
QByteArray days(const QDate &first, const QList<int> &counts)
{
    QByteArray out = "{";
    for (int i = 0; i < counts.size(); ++i)
        out += (i ? "," : "") + ('"' + first.addDays(i).toString(Qt::ISODate).toUtf8() +
                                 "\":" + QByteArray::number(counts.at(i)));
    return out + '}';
}

QByteArray weeklyEntry(const QDate &first, const QList<int> &counts)
{
    int total = 0;
    for (int i = 1; i < counts.size(); ++i)
        total += counts.at(i);
    return "{\"daily\":" + days(first, counts) + ",\"weekly_total\":" + QByteArray::number(total) +
           '}';
}

QByteArray weeklyErrorEntry(const QDate &first, const QList<int> &counts)
{
    int total = 0;
    for (int i = 1; i < counts.size(); ++i)
        total += counts.at(i);
    return "{\"previous_week\":" + days(first, counts.mid(0, 1)) +
           ",\"current_week\":" + days(first.addDays(1), counts.mid(1)) +
           ",\"current_week_total\":" + QByteArray::number(total) + '}';
}

// One call of each route.
QStringList routes()
{
    return {Weekly + u"?event_type=product_read"_s, WeeklyError,
            ErrorCount + u"?error_type=business"_s};
}

QList<int> eightDays(int lastDay = 0)
{
    return {0, 0, 0, 0, 0, 0, 0, lastDay};
}

} // namespace

class TestSandboxAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyTrackedConnectionIsThereAllFirst();
    void createdUpdatedAndReadAreCounted();
    void daysAreTheUsersTimeZone();
    void weeklyTotalLeavesOutTheFirstDay();
    void errorsAddBusinessAndTechnical();
    void onlyTrackedConnectionsOfTheFlowTypeCount();
    void badParametersAre500_data();
    void badParametersAre500();
    void anySignedInUserGetsThem();
    void headMirrorsGetAndOptionsIs405();
    void theContractsWeeklyTotalExample();

private:
    QJsonObject get(const QString &path) { return m_admin->get(path).json().toObject(); }

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    ApiConnection m_sourceA, m_sourceOff, m_destination, m_sourceB, m_other;
};

void TestSandboxAudit::initTestCase()
{
    SandboxProcess::Options options;
    // 23:30 UTC on 7 January is 00:30 on 8 January for the admin (Paris); the viewer keeps UTC.
    options.extraArguments = {u"--today"_s, u"2020-01-07T23:30"_s, u"--timezone"_s,
                              u"Europe/Paris"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_sourceA = apiConnection(*m_admin, u"src_a"_s, u"data_source"_s, true);
    m_sourceOff = apiConnection(*m_admin, u"src_off"_s, u"data_source"_s, false);
    m_destination = apiConnection(*m_admin, u"dest"_s, u"data_destination"_s, true);
    m_sourceB = apiConnection(*m_admin, u"src_b"_s, u"data_source"_s, true);
    m_other = apiConnection(*m_admin, u"misc"_s, u"other"_s, true);
    for (const ApiConnection *c : {&m_sourceA, &m_sourceOff, &m_destination, &m_sourceB, &m_other})
        QVERIFY(!c->token.isEmpty());
}

void TestSandboxAudit::everyTrackedConnectionIsThereAllFirst()
{
    const QDate first(2019, 11, 24);
    const QByteArray zeros = weeklyEntry(first, eightDays());
    HttpReply reply = m_admin->get(Weekly + u"?event_type=product_created&end_date=2019-12-01"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body,
             '{' + All + ':' + zeros + ",\"src_a\":" + zeros + ",\"src_b\":" + zeros + '}');
    reply = m_admin->get(Weekly + u"?event_type=product_read&end_date=2019-12-01"_s);
    QCOMPARE(reply.body, '{' + All + ':' + zeros + ",\"dest\":" + zeros + '}');
    const QByteArray errorZeros = weeklyErrorEntry(first, eightDays());
    reply = m_admin->get(WeeklyError + u"?end_date=2019-12-01"_s);
    QCOMPARE(reply.body, '{' + All + ':' + errorZeros + ",\"src_a\":" + errorZeros +
                             ",\"src_b\":" + errorZeros + '}');
    reply = m_admin->get(ErrorCount + u"?error_type=business&end_date=2019-12-01"_s);
    QCOMPARE(reply.body, QByteArray("{\"src_a\":0,\"src_b\":0}"));
}

void TestSandboxAudit::createdUpdatedAndReadAreCounted()
{
    const QString products = u"/api/rest/v1/products"_s;
    QCOMPARE(api(*m_admin, "POST", products, m_sourceA.token, "{\"identifier\":\"p1\"}").status,
             201);
    QCOMPARE(api(*m_admin, "POST", products, m_sourceA.token, "{\"identifier\":\"p2\"}").status,
             201);
    QCOMPARE(patchProduct(*m_admin, m_sourceA.token, u"p1"_s, u"bags"_s).status, 204);
    QCOMPARE(patchProduct(*m_admin, m_sourceA.token, u"p1"_s, u"bags"_s).status, 204); // no change
    QCOMPARE(patchProduct(*m_admin, m_sourceB.token, u"p3"_s, u"shoes"_s).status, 201);
    QCOMPARE(patchProduct(*m_admin, m_sourceOff.token, u"p4"_s, u"shoes"_s).status, 201);
    // src_a's client with another user's username: the author is not src_a's user.
    const QString adminToken =
        m_admin->accessToken(m_sourceA.clientId, m_sourceA.secret, u"admin"_s, u"admin"_s);
    QCOMPARE(patchProduct(*m_admin, adminToken, u"p5"_s, u"shoes"_s).status, 201);
    // Reads: two on a page and one alone for the destination; a source's reads do not count.
    QCOMPARE(api(*m_admin, "GET", products + u"?limit=2"_s, m_destination.token).status, 200);
    QCOMPARE(api(*m_admin, "GET", products + u"/p1"_s, m_destination.token).status, 200);
    QCOMPARE(api(*m_admin, "GET", products, m_sourceA.token).status, 200);

    const QDate first(2020, 1, 1);
    QCOMPARE(m_admin->get(Weekly + u"?event_type=product_created"_s).body,
             '{' + All + ':' + weeklyEntry(first, eightDays(3)) +
                 ",\"src_a\":" + weeklyEntry(first, eightDays(2)) +
                 ",\"src_b\":" + weeklyEntry(first, eightDays(1)) + '}');
    QCOMPARE(m_admin->get(Weekly + u"?event_type=product_updated"_s).body,
             '{' + All + ':' + weeklyEntry(first, eightDays(1)) +
                 ",\"src_a\":" + weeklyEntry(first, eightDays(1)) +
                 ",\"src_b\":" + weeklyEntry(first, eightDays()) + '}');
    QCOMPARE(m_admin->get(Weekly + u"?event_type=product_read"_s).body,
             '{' + All + ':' + weeklyEntry(first, eightDays(3)) +
                 ",\"dest\":" + weeklyEntry(first, eightDays(3)) + '}');
}

void TestSandboxAudit::daysAreTheUsersTimeZone()
{
    // The products created at 23:30 UTC on 7 January: that day for the viewer (UTC), the 8th for
    // the admin (Paris), whose week ending on the 7th stops at 23:00 UTC, before them.
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    QJsonObject utc = viewer.get(Weekly + u"?event_type=product_created"_s).json().toObject();
    QCOMPARE(utc[u"src_a"_s][u"daily"_s].toObject().keys().constLast(), u"2020-01-07"_s);
    QCOMPARE(utc[u"src_a"_s][u"daily"_s][u"2020-01-07"_s].toInt(), 2);
    QJsonObject paris = get(Weekly + u"?event_type=product_created"_s);
    QCOMPARE(paris[u"src_a"_s][u"daily"_s].toObject().keys().constLast(), u"2020-01-08"_s);
    QCOMPARE(paris[u"src_a"_s][u"daily"_s][u"2020-01-08"_s].toInt(), 2);
    paris = get(Weekly + u"?event_type=product_created&end_date=2020-01-07"_s);
    QCOMPARE(paris[u"src_a"_s][u"daily"_s][u"2020-01-07"_s].toInt(), 0);
    QCOMPARE(paris[u"src_a"_s][u"weekly_total"_s].toInt(), 0);
    // The same rule for the error routes.
    utc = viewer.get(ErrorCount + u"?error_type=business&end_date=2020-01-01"_s).json().toObject();
    QCOMPARE(utc.keys(), (QStringList{u"src_a"_s, u"src_b"_s}));
}

void TestSandboxAudit::weeklyTotalLeavesOutTheFirstDay()
{
    // A week ending on 15 January starts on the 8th, the "previous" day of the chart.
    const QJsonObject week = get(Weekly + u"?event_type=product_created&end_date=2020-01-15"_s);
    const QJsonObject daily = week[u"src_a"_s][u"daily"_s].toObject();
    QCOMPARE(daily.size(), 8);
    QCOMPARE(daily.keys().constFirst(), u"2020-01-08"_s);
    QCOMPARE(daily[u"2020-01-08"_s].toInt(), 2);
    QCOMPARE(week[u"src_a"_s][u"weekly_total"_s].toInt(), 0);
    QCOMPARE(week[u"<all>"_s][u"weekly_total"_s].toInt(), 0);
    const QJsonObject ending8th =
        get(Weekly + u"?event_type=product_created&end_date=2020-01-08"_s);
    QCOMPARE(ending8th[u"<all>"_s][u"weekly_total"_s].toInt(), 3);
}

void TestSandboxAudit::errorsAddBusinessAndTechnical()
{
    const QString path = u"/api/rest/v1/products/p3"_s;
    QCOMPARE(patchProduct(*m_admin, m_sourceB.token, u"p3"_s, QString(), {{u"color"_s, u"pink"_s}})
                 .status,
             422);
    QCOMPARE(api(*m_admin, "PATCH", path, m_sourceB.token, "{\"family\":[1]}").status, 422);
    QCOMPARE(api(*m_admin, "DELETE", u"/api/rest/v1/products/nothing"_s, m_sourceB.token).status,
             404);
    QCOMPARE(api(*m_admin, "DELETE", u"/api/rest/v1/products/nothing"_s, m_sourceOff.token).status,
             404);
    const QDate first(2020, 1, 1);
    QCOMPARE(m_admin->get(WeeklyError).body,
             '{' + All + ':' + weeklyErrorEntry(first, eightDays(3)) +
                 ",\"src_a\":" + weeklyErrorEntry(first, eightDays()) +
                 ",\"src_b\":" + weeklyErrorEntry(first, eightDays(3)) + '}');
    QCOMPARE(m_admin->get(ErrorCount + u"?error_type=business"_s).body,
             QByteArray("{\"src_a\":0,\"src_b\":2}"));
    QCOMPARE(m_admin->get(ErrorCount + u"?error_type=technical"_s).body,
             QByteArray("{\"src_a\":0,\"src_b\":1}"));
    // Seven days: those of the 8th are in the week ending on the 14th, not on the 15th.
    QCOMPARE(get(ErrorCount + u"?error_type=business&end_date=2020-01-14"_s)[u"src_b"_s].toInt(),
             2);
    QCOMPARE(get(ErrorCount + u"?error_type=business&end_date=2020-01-15"_s)[u"src_b"_s].toInt(),
             0);
    const QJsonObject later = get(WeeklyError + u"?end_date=2020-01-15"_s);
    QCOMPARE(later[u"src_b"_s][u"previous_week"_s][u"2020-01-08"_s].toInt(), 3);
    QCOMPARE(later[u"src_b"_s][u"current_week_total"_s].toInt(), 0);
}

void TestSandboxAudit::onlyTrackedConnectionsOfTheFlowTypeCount()
{
    // Tracking src_off now shows it (with what was recorded while tracked: nothing); untracking
    // src_b hides it.
    const auto track = [this](const ApiConnection &c, const QString &flowType, bool tracked) {
        return m_admin
            ->postJson(u"/rest/connections/"_s + c.code,
                       json({{u"label"_s, c.code},
                             {u"flow_type"_s, flowType},
                             {u"image"_s, QJsonValue::Null},
                             {u"auditable"_s, tracked},
                             {u"user_role_id"_s, u"1"_s},
                             {u"user_group_id"_s, QJsonValue::Null}}))
            .status;
    };
    QCOMPARE(track(m_sourceOff, u"data_source"_s, true), 204);
    QCOMPARE(track(m_sourceB, u"data_source"_s, false), 204);
    const QStringList sources{u"<all>"_s, u"src_a"_s, u"src_off"_s};
    const QJsonObject created = get(Weekly + u"?event_type=product_created"_s);
    QCOMPARE(created.keys(), sources);
    QCOMPARE(created[u"src_off"_s][u"weekly_total"_s].toInt(), 0);
    QCOMPARE(created[u"<all>"_s][u"weekly_total"_s].toInt(), 2);
    QCOMPARE(get(WeeklyError).keys(), sources);
    QCOMPARE(get(ErrorCount + u"?error_type=technical"_s).keys(),
             (QStringList{u"src_a"_s, u"src_off"_s}));
    QCOMPARE(get(Weekly + u"?event_type=product_read"_s).keys(),
             (QStringList{u"<all>"_s, u"dest"_s}));
    QCOMPARE(track(m_sourceOff, u"data_source"_s, false), 204);
    QCOMPARE(track(m_sourceB, u"data_source"_s, true), 204);
}

void TestSandboxAudit::badParametersAre500_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no event type") << Weekly;
    QTest::newRow("unknown event type") << Weekly + u"?event_type=product_deleted"_s;
    QTest::newRow("short end date") << Weekly + u"?event_type=product_read&end_date=2020-1-5"_s;
    QTest::newRow("empty end date") << Weekly + u"?event_type=product_read&end_date="_s;
    QTest::newRow("end date not a date") << WeeklyError + u"?end_date=garbage"_s;
    QTest::newRow("no error type") << ErrorCount;
    QTest::newRow("unknown error type") << ErrorCount + u"?error_type=fatal"_s;
    QTest::newRow("no such day") << ErrorCount + u"?error_type=business&end_date=2020-02-30"_s;
}

void TestSandboxAudit::badParametersAre500()
{
    QFETCH(QString, path);
    const HttpReply reply = m_admin->get(path);
    QCOMPARE(reply.status, 500);
    QVERIFY(!reply.json()[u"message"_s].toString().isEmpty());
}

void TestSandboxAudit::anySignedInUserGetsThem()
{
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    HttpClient nobody(m_sandbox.url());
    for (const QString &path : routes()) {
        QCOMPARE(viewer.get(path).status, 200);
        QCOMPARE(nobody.get(path).status, 401);
    }
}

void TestSandboxAudit::headMirrorsGetAndOptionsIs405()
{
    for (const QString &path : routes()) {
        const HttpReply get = m_admin->get(path);
        const HttpReply head = MonitoringFixture::head(*m_admin, path);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
        QVERIFY(head.body.isEmpty());
        for (const QByteArray &method : {QByteArray("OPTIONS"), QByteArray("DELETE")}) {
            const HttpReply refused = m_admin->send(method, path);
            QCOMPARE(refused.status, 405);
            QCOMPARE(refused.header("Allow"), QByteArray("GET"));
        }
    }
}

void TestSandboxAudit::theContractsWeeklyTotalExample()
{
    // GetWeeklyAuditActionEndToEnd.php: 3 on the first of the eight days, 12 later: the weekly
    // total is 12. Two runs on one store, on 1 and 5 January (UTC).
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.extraArguments = {u"--today"_s, u"2020-01-01T10:00"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    // No tracked source yet: PHP's empty map.
    QCOMPARE(admin.get(ErrorCount + u"?error_type=business"_s).body, QByteArray("[]"));
    const ApiConnection bynder = apiConnection(admin, u"bynder"_s, u"data_source"_s, true);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(patchProduct(admin, bynder.token, u"first_%1"_s.arg(i), u"bags"_s).status, 201);

    options.extraArguments = {u"--today"_s, u"2020-01-05T10:00"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    admin.setBase(sandbox.url());
    admin.clearCookies();
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QString token =
        admin.accessToken(bynder.clientId, bynder.secret, bynder.username, bynder.password);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(patchProduct(admin, token, u"later_%1"_s.arg(i), u"bags"_s).status, 201);
    const QByteArray expected = weeklyEntry(QDate(2020, 1, 1), {3, 0, 0, 0, 12, 0, 0, 0});
    QVERIFY(expected.endsWith(",\"weekly_total\":12}"));
    QCOMPARE(admin.get(Weekly + u"?event_type=product_created&end_date=2020-01-08"_s).body,
             '{' + All + ':' + expected + ",\"bynder\":" + expected + '}');
}

QTEST_GUILESS_MAIN(TestSandboxAudit)
#include "tst_sandbox_audit.moc"
