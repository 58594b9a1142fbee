// Event subscriptions (docs/pim-api.md §8.1 to §8.6, §11.3, §12): the form data in §8.2's shape,
// the update and its `field`/`message` 422s, the limit of 3 active subscriptions, the secret and
// the GET that regenerates it, the checks before a "Test" sends anything, the rights, unknown
// codes, the demo's subscription, and --no-events-api.
#include "EventsFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;
using namespace EventsFixture;

namespace {

QByteArray violations(const QList<QPair<QByteArray, QByteArray>> &errors)
{
    QByteArray out = "{\"errors\":[";
    for (const auto &[field, message] : errors) {
        if (!out.endsWith('['))
            out += ',';
        out += "{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}";
    }
    return out + "],\"message\":\"" + Keys + "constraint_violation_list_exception\"}";
}

bool isSecret(const QString &text)
{
    static const QRegularExpression shape(u"^[0-9a-z]{40,60}$"_s);
    return shape.match(text).hasMatch();
}

} // namespace

class TestSandboxEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formDataOfANewConnection();
    void unknownCodes();
    void firstUpdateMakesTheSecretLaterOnesKeepIt();
    void validation_data();
    void validation();
    void enabledMustBeABoolean();
    void limitOfThreeActiveSubscriptions();
    void regenerationIsAGetAndHeadRegeneratesToo();
    void rightsPerRoute();
    void testChecksTheUrlBeforeSending_data();
    void testChecksTheUrlBeforeSending();
    void demoHasAnActiveSubscription();
    void eventsApiOffAnswers404Everywhere();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxEvents::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    for (const QString &code : {u"erp"_s, u"shop"_s})
        QVERIFY(!apiConnection(*m_admin, code, u"data_source"_s, false).token.isEmpty());
}

void TestSandboxEvents::formDataOfANewConnection()
{
    const HttpReply reply = m_admin->get(webhookPath(u"erp"_s));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.body, "{\"event_subscription\":{\"connectionCode\":\"erp\",\"enabled\":false,"
                         "\"secret\":null,\"url\":null,\"isUsingUuid\":false},"
                         "\"active_event_subscriptions_limit\":{\"limit\":3,\"current\":0}}");
    // Codes compare without regard to case; the stored spelling is answered.
    QCOMPARE(subscription(*m_admin, u"ERP"_s)[u"connectionCode"_s].toString(), u"erp"_s);
}

void TestSandboxEvents::unknownCodes()
{
    const HttpReply form = m_admin->get(webhookPath(u"nobody"_s));
    QCOMPARE(form.status, 404);
    QCOMPARE(form.body, "{}");
    const HttpReply regenerate = m_admin->get(webhookPath(u"nobody"_s, u"/regenerate-secret"_s));
    QCOMPARE(regenerate.status, 404);
    QCOMPARE(regenerate.body, '"' + Keys + "webhook.error.not_found\"");
    const HttpReply updated = update(*m_admin, u"nobody"_s, false, QString());
    QCOMPARE(updated.status, 422);
    QCOMPARE(updated.body, violations({{"code", Keys + "webhook.error.not_found"}}));
    // A code outside [a-zA-Z0-9_]+ matches no route.
    QCOMPARE(m_admin->get(webhookPath(u"no-code"_s)).status, 404);
}

void TestSandboxEvents::firstUpdateMakesTheSecretLaterOnesKeepIt()
{
    QCOMPARE(update(*m_admin, u"shop"_s, false, u"https://example.com/hook"_s).status, 204);
    const QJsonObject first = subscription(*m_admin, u"shop"_s);
    QCOMPARE(first[u"enabled"_s].toBool(), false);
    QCOMPARE(first[u"url"_s].toString(), u"https://example.com/hook"_s);
    QVERIFY(isSecret(first[u"secret"_s].toString()));

    QCOMPARE(update(*m_admin, u"shop"_s, false, QString(), true).status, 204);
    const QJsonObject second = subscription(*m_admin, u"shop"_s);
    QVERIFY(second[u"url"_s].isNull());
    QCOMPARE(second[u"isUsingUuid"_s].toBool(), true);
    QCOMPARE(second[u"secret"_s], first[u"secret"_s]);
    // An empty string is "no URL" too.
    QCOMPARE(m_admin
                 ->postJson(webhookPath(u"shop"_s),
                            R"({"code":"shop","enabled":false,"url":"","is_using_uuid":false})")
                 .status,
             204);
    QVERIFY(subscription(*m_admin, u"shop"_s)[u"url"_s].isNull());
}

void TestSandboxEvents::validation_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    const QByteArray url = "url";
    const QByteArray wrong = Keys + "webhook.error.wrong_url";
    const QByteArray notAllowed = Keys + "webhook.error.not_allowed_url";
    const QByteArray tooLong = "This value is too long. It should have 255 characters or less.";
    QTest::newRow("enabled without a URL")
        << true << QString() << violations({{url, Keys + "webhook.error.required"}});
    QTest::newRow("not a URL") << false << u"not a url"_s << violations({{url, wrong}});
    QTest::newRow("ftp") << true << u"ftp://example.com/hook"_s << violations({{url, wrong}});
    QTest::newRow("too long") << false << u"https://example.com/"_s + QString(240, u'a')
                              << violations({{url, tooLong}});
    QTest::newRow("not a URL and too long")
        << false << u"https://exa mple.com/"_s + QString(240, u'a')
        << violations({{url, wrong}, {url, tooLong}});
    QTest::newRow("localhost") << false << u"http://localhost:8081/hook"_s
                               << violations({{url, notAllowed}});
    QTest::newRow("mysql") << true << u"http://mysql/hook"_s << violations({{url, notAllowed}});
    QTest::newRow("private address")
        << false << u"http://192.168.1.20/hook"_s << violations({{url, notAllowed}});
    QTest::newRow("link-local IPv6")
        << false << u"http://[fe80::1]/hook"_s << violations({{url, notAllowed}});
    QTest::newRow("loopback is allowed") << false << u"http://127.0.0.1:9/hook"_s << QByteArray();
    QTest::newRow("IPv6 loopback is allowed") << false << u"http://[::1]:9/hook"_s << QByteArray();
    QTest::newRow("a host that does not resolve")
        << true << u"https://hooks.invalid/x"_s << QByteArray();
}

void TestSandboxEvents::validation()
{
    QFETCH(bool, enabled);
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    const HttpReply reply = update(*m_admin, u"erp"_s, enabled, url);
    QCOMPARE(reply.status, body.isEmpty() ? 204 : 422);
    QCOMPARE(reply.body, body);
    QCOMPARE(update(*m_admin, u"erp"_s, false, QString()).status, 204);
}

void TestSandboxEvents::enabledMustBeABoolean()
{
    for (const QByteArray &body : {QByteArray(R"({"code":"erp","url":null})"),
                                   QByteArray(R"({"code":"erp","enabled":"yes","url":null})")})
        QCOMPARE(m_admin->postJson(webhookPath(u"erp"_s), body).status, 500);
}

void TestSandboxEvents::limitOfThreeActiveSubscriptions()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QStringList codes = {u"one"_s, u"two"_s, u"three"_s, u"four"_s};
    for (const QString &code : codes)
        QVERIFY(!apiConnection(admin, code, u"data_source"_s, false).token.isEmpty());
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(update(admin, codes[i], true, u"https://example.com/"_s + codes[i]).status, 204);
    const HttpReply refused = update(admin, u"four"_s, true, u"https://example.com/four"_s);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.body, violations({{"enabled", Keys + "webhook.error.limit_reached"}}));
    // Both rules of the whole object, in order.
    QCOMPARE(update(admin, u"four"_s, true, QString()).body,
             violations({{"url", Keys + "webhook.error.required"},
                         {"enabled", Keys + "webhook.error.limit_reached"}}));
    QCOMPARE(admin.get(webhookPath(u"four"_s)).json()[u"active_event_subscriptions_limit"_s],
             QJsonObject({{u"limit"_s, 3}, {u"current"_s, 3}}));
    // An enabled subscription is saved again; a disabled one is not counted.
    QCOMPARE(update(admin, u"one"_s, true, u"https://example.com/other"_s).status, 204);
    QCOMPARE(update(admin, u"four"_s, false, u"https://example.com/four"_s).status, 204);
    QCOMPARE(update(admin, u"three"_s, false, QString()).status, 204);
    QCOMPARE(update(admin, u"four"_s, true, u"https://example.com/four"_s).status, 204);
}

void TestSandboxEvents::regenerationIsAGetAndHeadRegeneratesToo()
{
    QCOMPARE(update(*m_admin, u"erp"_s, false, QString()).status, 204);
    const QString before = subscription(*m_admin, u"erp"_s)[u"secret"_s].toString();
    QVERIFY(isSecret(before));
    const HttpReply reply = m_admin->get(webhookPath(u"erp"_s, u"/regenerate-secret"_s));
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const QString after = subscription(*m_admin, u"erp"_s)[u"secret"_s].toString();
    QVERIFY(isSecret(after));
    QVERIFY(after != before);
    // §12: HEAD runs the GET.
    QCOMPARE(head(*m_admin, webhookPath(u"erp"_s, u"/regenerate-secret"_s)).status, 204);
    QVERIFY(subscription(*m_admin, u"erp"_s)[u"secret"_s].toString() != after);
    // Only GET: POST and OPTIONS are 405 with Allow.
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("OPTIONS")}) {
        const HttpReply other =
            m_admin->send(method, webhookPath(u"erp"_s, u"/regenerate-secret"_s));
        QCOMPARE(other.status, 405);
        QCOMPARE(other.header("Allow"), "GET");
    }
    QCOMPARE(m_admin->send("OPTIONS", webhookPath(u"erp"_s)).header("Allow"), "GET, POST");
}

void TestSandboxEvents::rightsPerRoute()
{
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    // §11.3: only the update and the logs check "Manage connections settings".
    QCOMPARE(viewer.get(webhookPath(u"erp"_s)).status, 200);
    QCOMPARE(update(viewer, u"erp"_s, false, QString()).status, 403);
    QCOMPARE(update(viewer, u"nobody"_s, false, QString()).status, 403);
    QCOMPARE(viewer.get(searchPath(u"erp"_s, "{}")).status, 403);
    QCOMPARE(viewer.get(downloadPath(u"erp"_s)).status, 403);
    QCOMPARE(viewer.get(webhookPath(u"erp"_s, u"/regenerate-secret"_s)).status, 204);
    QCOMPARE(check(viewer, u"erp"_s, QString(), QString()).status, 200);
    // Without a session: 401 everywhere.
    HttpClient anonymous(m_sandbox.url());
    QCOMPARE(anonymous.get(webhookPath(u"erp"_s)).status, 401);
    QCOMPARE(anonymous.get(searchPath(u"erp"_s, "{}")).status, 401);
}

void TestSandboxEvents::testChecksTheUrlBeforeSending_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty")
        << QString()
        << QByteArray(R"({"success":false,"message":"This value should not be blank."})");
    QTest::newRow("not a URL")
        << u"hook"_s
        << QByteArray(R"({"success":false,"message":"This value is not a valid URL."})");
    QTest::newRow("localhost") << u"http://localhost/hook"_s
                               << R"({"success":false,"message":")" + Keys +
                                      R"(webhook.error.not_allowed_url"})";
    QTest::newRow("private address")
        << u"http://10.1.2.3/hook"_s
        << R"({"success":false,"message":")" + Keys + R"(webhook.error.not_allowed_url"})";
    QTest::newRow("does not resolve")
        << u"http://hooks.invalid/hook"_s
        << QByteArray(R"({"success":false,"message":"Failed to connect to server"})");
    // Not loopback: not contacted without --webhook-any-host.
    QTest::newRow("public address")
        << u"http://203.0.114.7/hook"_s
        << QByteArray(R"({"success":false,"message":"Failed to connect to server"})");
}

void TestSandboxEvents::testChecksTheUrlBeforeSending()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    const HttpReply reply = check(*m_admin, u"erp"_s, url, u"secret"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, body);
}

void TestSandboxEvents::demoHasAnActiveSubscription()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    options.extraArguments = {u"--today"_s, u"2020-01-07T23:30"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QJsonObject form = admin.get(webhookPath(u"web_shop"_s)).json().toObject();
    QCOMPARE(form[u"event_subscription"_s][u"enabled"_s].toBool(), true);
    QCOMPARE(form[u"event_subscription"_s][u"url"_s].toString(),
             u"http://127.0.0.1:8081/akeneo-events"_s);
    QCOMPARE(form[u"active_event_subscriptions_limit"_s][u"current"_s].toInt(), 1);
    const QJsonObject logs = admin.get(searchPath(u"web_shop"_s, "{}")).json().toObject();
    QSet<QString> levels;
    for (const QJsonValue &log : logs[u"results"_s].toArray())
        levels.insert(log[u"level"_s].toString());
    QCOMPARE(levels, QSet<QString>({u"info"_s, u"notice"_s, u"warning"_s, u"error"_s}));
    // The PIM-wide warning shows under every connection; the rest is web_shop's.
    QCOMPARE(admin.get(searchPath(u"erp"_s, "{}")).json()[u"total"_s].toInt(), 1);
    // The same logs from run to run (ids and times follow the clock).
    const QByteArray first = admin.get(downloadPath(u"web_shop"_s)).body;
    QVERIFY(first.startsWith("2020/01/07 00:30:"));
    QCOMPARE(first.count('\n'), logs[u"total"_s].toInt());
}

void TestSandboxEvents::eventsApiOffAnswers404Everywhere()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.extraArguments = {u"--no-events-api"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const ApiConnection erp = apiConnection(admin, u"erp"_s, u"data_source"_s, true);
    QVERIFY(!erp.token.isEmpty());
    QCOMPARE(admin.get(webhookPath(u"erp"_s)).status, 404);
    QCOMPARE(update(admin, u"erp"_s, false, QString()).status, 404);
    QCOMPARE(admin.get(webhookPath(u"erp"_s, u"/regenerate-secret"_s)).status, 404);
    QCOMPARE(check(admin, u"erp"_s, u"http://127.0.0.1:9/"_s, u"s"_s).status, 404);
    QCOMPARE(admin.get(searchPath(u"erp"_s, "{}")).status, 404);
    QCOMPARE(admin.get(downloadPath(u"erp"_s)).status, 404);
    // The rest of the PIM works as before.
    QCOMPARE(admin.get(u"/rest/connections/erp"_s).status, 200);
    QCOMPARE(patchProduct(admin, erp.token, u"1111111171"_s, u"bags"_s).status, 204);
}

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"
