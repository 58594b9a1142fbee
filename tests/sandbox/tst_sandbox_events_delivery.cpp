// What pim-sandbox sends to event subscription URLs (docs/pim-api.md §8.5, §8.8) and the event
// logs it writes about it (§8.7): the signed "Test" request and the status line it reports,
// product events delivered to active subscriptions, the logs' levels, filters, search_after
// paging and download. The URLs point at a receiver on 127.0.0.1 started by the test.
#include "EventsFixture.h"
#include "WebhookReceiver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;
using namespace EventsFixture;

namespace {

const QString Now = u"2020-01-07T23:30"_s;

// The logs of a connection, newest first, once there are `count` of them.
QJsonArray logsOnceThere(HttpClient &admin, const QString &code, int count,
                         const QByteArray &filters = "{}")
{
    QJsonArray results;
    for (int attempt = 0; attempt < 200; ++attempt) {
        results = admin.get(searchPath(code, filters)).json()[u"results"_s].toArray();
        if (results.size() >= count)
            break;
        QTest::qWait(25);
    }
    return results;
}

// Waits until the receiver has had `count` requests since `spy` was made (a request may come
// while a synchronous call waits for its answer, before anybody waits on the spy).
bool receivedAtLeast(QSignalSpy &spy, qsizetype count)
{
    while (spy.count() < count) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

} // namespace

class TestSandboxEventsDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void testSendsASignedRequestAndReportsTheStatusLine_data();
    void testSendsASignedRequestAndReportsTheStatusLine();
    void testOfAClosedPortFailsToConnect();
    void headAndOptionsSendTheTestToo();
    void productChangesAreDeliveredSigned();
    void productInUuidFormat();
    void ownChangesAreNotSentBack();
    void endpointErrorsAreLogged();
    void notLoopbackIsNotContacted();
    void pagingWithSearchAfter();
    void filters();
    void malformedQueriesAre500_data();
    void malformedQueriesAre500();
    void downloadIsOldestFirst();

private:
    HttpReply subscribe(const QString &code, const QString &url, bool uuid = false);
    QString secretOf(const QString &code);

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    WebhookReceiver m_receiver;
    ApiConnection m_erp;
};

void TestSandboxEventsDelivery::initTestCase()
{
    QVERIFY(m_receiver.isListening());
    SandboxProcess::Options options;
    // A generous timeout: the receiver answers from this test's event loop, on a busy machine.
    options.extraArguments = {u"--today"_s, Now, u"--webhook-timeout"_s, u"20000"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_erp = apiConnection(*m_admin, u"erp"_s, u"data_source"_s, true);
    QVERIFY(!m_erp.token.isEmpty());
    for (const QString &code : {u"shop"_s, u"pager"_s, u"broken"_s, u"remote"_s})
        QVERIFY(!apiConnection(*m_admin, code, u"data_destination"_s, false).code.isEmpty());
}

HttpReply TestSandboxEventsDelivery::subscribe(const QString &code, const QString &url, bool uuid)
{
    return update(*m_admin, code, !url.isEmpty(), url, uuid);
}

QString TestSandboxEventsDelivery::secretOf(const QString &code)
{
    return subscription(*m_admin, code)[u"secret"_s].toString();
}

void TestSandboxEventsDelivery::testSendsASignedRequestAndReportsTheStatusLine_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("200") << QByteArray("200 OK")
                         << QByteArray(R"({"success":true,"message":"200 OK"})");
    QTest::newRow("204") << QByteArray("204 No Content")
                         << QByteArray(R"({"success":true,"message":"204 No Content"})");
    QTest::newRow("the server's own phrase")
        << QByteArray("202 Queued For Later")
        << QByteArray(R"({"success":true,"message":"202 Queued For Later"})");
    QTest::newRow("451")
        << QByteArray("451 Unavailable For Legal Reasons")
        << QByteArray(R"({"success":false,"message":"451 Unavailable For Legal Reasons"})");
    QTest::newRow("500") << QByteArray("500 Internal Server Error")
                         << QByteArray(
                                R"({"success":false,"message":"500 Internal Server Error"})");
    QTest::newRow("redirect, not followed")
        << QByteArray("302 Found\r\nLocation: http://127.0.0.1:9/")
        << QByteArray(
               R"({"success":false,"message":"302 Server response contains a redirection. This is not allowed."})");
}

void TestSandboxEventsDelivery::testSendsASignedRequestAndReportsTheStatusLine()
{
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, answer);
    m_receiver.setStatusLine(statusLine);
    const qsizetype before = m_receiver.requests().size();
    const HttpReply reply = check(*m_admin, u"shop"_s, m_receiver.url(u"/test"_s), u"s3cret"_s);
    m_receiver.setStatusLine("200 OK");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, answer);
    QCOMPARE(m_receiver.requests().size(), before + 1);
    const WebhookReceiver::Request request = m_receiver.requests().constLast();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.target, "/test");
    QVERIFY(request.body.isEmpty());
    QCOMPARE(request.header("Content-Type"), "application/json");
    QVERIFY(request.header("User-Agent").startsWith("AkeneoPIM/"));
    const QByteArray timestamp = request.header("X-Akeneo-Request-Timestamp");
    QVERIFY(timestamp.toLongLong() > 0);
    QCOMPARE(request.header("X-Akeneo-Request-Signature"),
             signature(u"s3cret"_s, timestamp, QByteArray()));
    // Nothing is stored.
    QVERIFY(subscription(*m_admin, u"shop"_s)[u"url"_s].isNull());
}

void TestSandboxEventsDelivery::testOfAClosedPortFailsToConnect()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    const HttpReply reply =
        check(*m_admin, u"shop"_s, u"http://127.0.0.1:%1/hook"_s.arg(closedPort), u"s"_s);
    QCOMPARE(reply.body, R"({"success":false,"message":"Failed to connect to server"})");
    // A receiver that closes without answering.
    m_receiver.setStatusLine({});
    const HttpReply silent = check(*m_admin, u"shop"_s, m_receiver.url(), u"s"_s);
    m_receiver.setStatusLine("200 OK");
    QCOMPARE(silent.body, R"({"success":false,"message":"Failed to connect to server"})");
}

void TestSandboxEventsDelivery::headAndOptionsSendTheTestToo()
{
    // §8.1: the route takes every method; the web UI sends POST. Without a body the URL is blank.
    const QString path = webhookPath(u"shop"_s, u"/check-reachability"_s);
    const HttpReply options = m_admin->send("OPTIONS", path);
    QCOMPARE(options.status, 200);
    QCOMPARE(options.body, R"({"success":false,"message":"This value should not be blank."})");
    const HttpReply headReply = head(*m_admin, path);
    QCOMPARE(headReply.status, 200);
    QVERIFY(headReply.body.isEmpty());
    const qsizetype before = m_receiver.requests().size();
    const HttpReply put =
        m_admin->send("PUT", path, json({{u"url"_s, m_receiver.url()}, {u"secret"_s, u"s"_s}}),
                      {{"Content-Type", "application/json"}});
    QCOMPARE(put.body, R"({"success":true,"message":"200 OK"})");
    QCOMPARE(m_receiver.requests().size(), before + 1);
}

void TestSandboxEventsDelivery::productChangesAreDeliveredSigned()
{
    QCOMPARE(subscribe(u"shop"_s, m_receiver.url(u"/shop"_s)).status, 204);
    const QString secret = secretOf(u"shop"_s);
    QSignalSpy received(&m_receiver, &WebhookReceiver::received);
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"delivered_sku"_s, u"bags"_s).status, 201);
    QVERIFY(receivedAtLeast(received, 1));
    const WebhookReceiver::Request request = m_receiver.requests().constLast();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.target, "/shop");
    QCOMPARE(request.header("Content-Type"), "application/json");
    const QByteArray timestamp = request.header("X-Akeneo-Request-Timestamp");
    QCOMPARE(request.header("X-Akeneo-Request-Signature"),
             signature(secret, timestamp, request.body));

    const QJsonArray events = QJsonDocument::fromJson(request.body)[u"events"_s].toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event[u"action"_s].toString(), u"product.created"_s);
    QVERIFY(!QUuid::fromString(event[u"event_id"_s].toString()).isNull());
    QVERIFY(event[u"event_datetime"_s].toString().startsWith(u"2020-01-07T23:3"_s));
    QCOMPARE(event[u"author"_s].toString(), m_erp.username);
    QCOMPARE(event[u"author_type"_s].toString(), u"api"_s);
    QCOMPARE(event[u"pim_source"_s].toString(), m_sandbox.url().toString());
    const QJsonObject resource = event[u"data"_s][u"resource"_s].toObject();
    QCOMPARE(resource[u"identifier"_s].toString(), u"delivered_sku"_s);
    QCOMPARE(resource[u"family"_s].toString(), u"bags"_s);
    QVERIFY(!resource.contains(u"uuid"_s));
    // The body's key order is the PIM's.
    QVERIFY(request.body.startsWith("{\"events\":[{\"action\":\"product.created\",\"event_id\":"));

    const QJsonArray logs = logsOnceThere(*m_admin, u"shop"_s, 1);
    QCOMPARE(logs.size(), 1);
    const QJsonObject log = logs.first().toObject();
    QCOMPARE(log.keys().size(), 7);
    QCOMPARE(log[u"level"_s].toString(), u"info"_s);
    QCOMPARE(log[u"message"_s].toString(), u"The API event request was sent."_s);
    QCOMPARE(log[u"connection_code"_s].toString(), u"shop"_s);
    QCOMPARE(log[u"context"_s][u"event_subscription_url"_s].toString(), m_receiver.url(u"/shop"_s));
    QCOMPARE(log[u"context"_s][u"status_code"_s].toInt(), 200);
    QCOMPARE(log[u"context"_s][u"events"_s][0][u"product_identifier"_s].toString(),
             u"delivered_sku"_s);
    QVERIFY(log[u"context_flattened"_s].toString().contains(u"delivered_sku"_s));

    // An update and a deletion are events too; a PATCH that changes nothing is not.
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"delivered_sku"_s, u"shoes"_s).status, 204);
    QVERIFY(receivedAtLeast(received, 2));
    QCOMPARE(QJsonDocument::fromJson(
                 m_receiver.requests().constLast().body)[u"events"_s][0][u"action"_s],
             u"product.updated"_s);
    QCOMPARE(api(*m_admin, "DELETE", u"/api/rest/v1/products/delivered_sku"_s, m_erp.token).status,
             204);
    QVERIFY(receivedAtLeast(received, 3));
    const QJsonObject removed =
        QJsonDocument::fromJson(m_receiver.requests().constLast().body)[u"events"_s][0].toObject();
    QCOMPARE(removed[u"action"_s].toString(), u"product.removed"_s);
    QCOMPARE(removed[u"data"_s][u"resource"_s].toObject(),
             QJsonObject({{u"identifier"_s, u"delivered_sku"_s}}));
    QCOMPARE(logsOnceThere(*m_admin, u"shop"_s, 3).size(), 3);
    QCOMPARE(subscribe(u"shop"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::productInUuidFormat()
{
    QCOMPARE(subscribe(u"shop"_s, m_receiver.url(u"/uuid"_s), true).status, 204);
    QSignalSpy received(&m_receiver, &WebhookReceiver::received);
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"uuid_sku"_s, u"bags"_s).status, 201);
    QVERIFY(receivedAtLeast(received, 1));
    const QByteArray body = m_receiver.requests().constLast().body;
    QVERIFY(body.contains("\"data\":{\"resource\":{\"uuid\":\""));
    const QJsonObject resource =
        QJsonDocument::fromJson(body)[u"events"_s][0][u"data"_s][u"resource"_s].toObject();
    QVERIFY(!QUuid::fromString(resource[u"uuid"_s].toString()).isNull());
    QCOMPARE(resource[u"identifier"_s].toString(), u"uuid_sku"_s);
    QCOMPARE(subscribe(u"shop"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::ownChangesAreNotSentBack()
{
    QCOMPARE(subscribe(u"erp"_s, m_receiver.url(u"/erp"_s)).status, 204);
    const qsizetype before = m_receiver.requests().size();
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"own_sku"_s, u"bags"_s).status, 201);
    const QJsonArray logs = logsOnceThere(*m_admin, u"erp"_s, 1);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs[0][u"level"_s].toString(), u"notice"_s);
    QCOMPARE(logs[0][u"message"_s].toString(),
             u"The event was not sent because it was raised by the same connection."_s);
    QCOMPARE(logs[0][u"context"_s][u"event"_s][u"product_identifier"_s].toString(), u"own_sku"_s);
    QCOMPARE(logs[0][u"context"_s][u"event"_s][u"author"_s].toString(), m_erp.username);
    QCOMPARE(m_receiver.requests().size(), before);
    QCOMPARE(subscribe(u"erp"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::endpointErrorsAreLogged()
{
    m_receiver.setStatusLine("503 Service Unavailable");
    QCOMPARE(subscribe(u"broken"_s, m_receiver.url(u"/broken"_s)).status, 204);
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"error_sku"_s, u"bags"_s).status, 201);
    QCOMPARE(logsOnceThere(*m_admin, u"broken"_s, 1).size(), 1);
    m_receiver.setStatusLine({});
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"error_sku"_s, u"shoes"_s).status, 204);
    const QJsonArray logs = logsOnceThere(*m_admin, u"broken"_s, 2);
    m_receiver.setStatusLine("200 OK");
    QCOMPARE(logs.size(), 2);
    // Within one second the order goes by id, not by time: find each by its status.
    const bool answeredFirst = logs[0][u"context"_s].toObject().contains(u"status_code"_s);
    const QJsonObject answered = logs[answeredFirst ? 0 : 1].toObject();
    const QJsonObject silent = logs[answeredFirst ? 1 : 0].toObject();
    QCOMPARE(answered[u"level"_s].toString(), u"error"_s);
    QCOMPARE(answered[u"message"_s].toString(), u"The endpoint returned an error."_s);
    QCOMPARE(answered[u"context"_s][u"status_code"_s].toInt(), 503);
    QCOMPARE(silent[u"level"_s].toString(), u"error"_s);
    QCOMPARE(silent[u"message"_s].toString(), u"The endpoint failed to answer under 20000 ms."_s);
    QCOMPARE(silent[u"context"_s].toObject().keys(),
             QStringList({u"event_subscription_url"_s, u"events"_s}));
    QCOMPARE(subscribe(u"broken"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::notLoopbackIsNotContacted()
{
    // A public address is a valid subscription; without --webhook-any-host it is not contacted.
    QCOMPARE(subscribe(u"remote"_s, u"http://203.0.114.7/hook"_s).status, 204);
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"remote_sku"_s, u"bags"_s).status, 201);
    const QJsonArray logs = logsOnceThere(*m_admin, u"remote"_s, 1);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs[0][u"message"_s].toString(), u"The endpoint failed to answer under 20000 ms."_s);
    QCOMPARE(check(*m_admin, u"remote"_s, u"http://203.0.114.7/hook"_s, u"s"_s).body,
             R"({"success":false,"message":"Failed to connect to server"})");
    QCOMPARE(subscribe(u"remote"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::pagingWithSearchAfter()
{
    QCOMPARE(subscribe(u"pager"_s, m_receiver.url(u"/pager"_s)).status, 204);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(patchProduct(*m_admin, m_erp.token, u"paged_sku"_s, i % 2 ? u"bags"_s : u"shoes"_s)
                     .status,
                 i == 0 ? 201 : 204);
    QCOMPARE(logsOnceThere(*m_admin, u"pager"_s, 25).size(), 25);
    QJsonObject page;
    for (int attempt = 0; attempt < 200 && page[u"total"_s].toInt() < 30; ++attempt) {
        page = m_admin->get(searchPath(u"pager"_s, "{}")).json().toObject();
        QTest::qWait(25);
    }
    QCOMPARE(page[u"total"_s].toInt(), 30);
    QSet<QString> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    QList<int> sizes;
    for (int pages = 0; pages < 5; ++pages) {
        const QJsonArray results = page[u"results"_s].toArray();
        sizes.append(int(results.size()));
        if (results.isEmpty())
            break;
        QCOMPARE(page[u"total"_s].toInt(), 30);
        for (const QJsonValue &log : results) {
            QVERIFY(log[u"timestamp"_s].toInteger() <= previous);
            previous = log[u"timestamp"_s].toInteger();
            seen.insert(log[u"id"_s].toString());
        }
        page = m_admin->get(searchPath(u"pager"_s, "{}", page[u"search_after"_s].toString()))
                   .json()
                   .toObject();
    }
    QCOMPARE(sizes, QList<int>({25, 5, 0}));
    QCOMPARE(seen.size(), 30);
    QCOMPARE(subscribe(u"pager"_s, QString()).status, 204);
}

void TestSandboxEventsDelivery::filters()
{
    // "pager" has 30 info logs from pagingWithSearchAfter.
    const auto total = [this](const QByteArray &filters) {
        return m_admin->get(searchPath(u"pager"_s, filters)).json()[u"total"_s].toInt();
    };
    QCOMPARE(total(R"({"levels":["info","notice","warning","error"]})"), 30);
    QCOMPARE(total(R"({"levels":["error"]})"), 0);
    QCOMPARE(total(R"({"levels":[]})"), 30);
    QCOMPARE(total(R"({"text":"paged_sku"})"), 30);
    QCOMPARE(total(R"({"text":"PAGED_SKU  request SENT"})"), 30);
    QCOMPARE(total(R"({"text":"paged_sku nowhere"})"), 0);
    QCOMPARE(total(R"({"text":"   "})"), 30);
    const qint64 now = QDateTime::fromString(Now + u":00Z"_s, Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(total("{\"timestamp_from\":" + QByteArray::number(now) + '}'), 30);
    QCOMPARE(total("{\"timestamp_to\":" + QByteArray::number(now - 1) + '}'), 0);
    QCOMPARE(total("{\"timestamp_from\":" + QByteArray::number(now + 86400) + '}'), 0);
    QCOMPARE(total("[]"), 30);
}

void TestSandboxEventsDelivery::malformedQueriesAre500_data()
{
    QTest::addColumn<QString>("path");
    const QString base = u"/rest/events-api-debug/search-event-subscription-logs"_s;
    QTest::newRow("no filters") << base + u"?connection_code=pager"_s;
    QTest::newRow("no connection code")
        << searchPath(QString(), "{}").remove(u"connection_code=&"_s);
    QTest::newRow("filters not JSON") << searchPath(u"pager"_s, "levels");
    QTest::newRow("unknown level") << searchPath(u"pager"_s, R"({"levels":["debug"]})");
    QTest::newRow("timestamp as a string") << searchPath(u"pager"_s, R"({"timestamp_from":"1"})");
    QTest::newRow("search_after not a token") << searchPath(u"pager"_s, "{}", u"%%%"_s);
}

void TestSandboxEventsDelivery::malformedQueriesAre500()
{
    QFETCH(QString, path);
    QCOMPARE(m_admin->get(path).status, 500);
}

void TestSandboxEventsDelivery::downloadIsOldestFirst()
{
    const HttpReply reply = m_admin->get(downloadPath(u"pager"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "text/plain");
    static const QRegularExpression disposition(
        u"^attachment; filename=events_api_logs_20200107_2330\\d\\d\\.txt$"_s);
    QVERIFY2(disposition.match(QString::fromLatin1(reply.header("Content-Disposition"))).hasMatch(),
             reply.header("Content-Disposition").constData());
    QVERIFY(reply.body.endsWith('\n'));
    const QList<QByteArray> lines = reply.body.chopped(1).split('\n');
    QCOMPARE(lines.size(), 30);
    static const QRegularExpression line(
        u"^(2020/01/07 23:3\\d:\\d\\d) INFO The API event request was sent\\. (\\{.*\\})$"_s);
    QString previous;
    for (const QByteArray &text : lines) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
        QVERIFY2(match.hasMatch(), text.constData());
        QVERIFY(match.captured(1) >= previous);
        previous = match.captured(1);
        const QJsonObject context = QJsonDocument::fromJson(match.captured(2).toUtf8()).object();
        QCOMPARE(context[u"status_code"_s].toInt(), 200);
        // Symfony's JSON: slashes escaped.
        QVERIFY(match.captured(2).contains(u"http:\\/\\/127.0.0.1:"_s));
    }
}

QTEST_GUILESS_MAIN(TestSandboxEventsDelivery)
#include "tst_sandbox_events_delivery.moc"
