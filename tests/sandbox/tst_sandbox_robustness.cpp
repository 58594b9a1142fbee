// Bad input never crashes the sandbox nor corrupts its store (docs/pim-api.md §2's 400s), every
// error is JSON, and the data survives a restart.
#include "SandboxFixture.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void malformedJsonIs400_data();
    void malformedJsonIs400();
    void wrongTypesAndMissingKeysAre400_data();
    void wrongTypesAndMissingKeysAre400();
    void oversizedBodiesAre413_data();
    void oversizedBodiesAre413();
    void chunkedBodiesAreMeasuredToo();
    void expectContinueIsAnswered();
    void unknownRoutesAndMethodsAreJson_data();
    void unknownRoutesAndMethodsAreJson();
    void garbageOnTheWireDoesNotHurt_data();
    void garbageOnTheWireDoesNotHurt();
    void manyRequestsAtOnce();
    void restartKeepsEverything();
    void logsHoldNoSecret();

private:
    void checkStillServing();

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    QByteArray m_erpBefore;
};

void TestSandboxRobustness::initTestCase()
{
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_erpBefore = m_admin->get(u"/rest/connections/erp"_s).body;
    QVERIFY(m_erpBefore.startsWith("{\"code\":\"erp\""));
}

void TestSandboxRobustness::cleanup()
{
    checkStillServing();
}

void TestSandboxRobustness::checkStillServing()
{
    // The server answers, and what it held is intact.
    const HttpReply erp = m_admin->get(u"/rest/connections/erp"_s);
    QCOMPARE(erp.status, 200);
    QCOMPARE(erp.body, m_erpBefore);
    QCOMPARE(m_admin->get(SandboxFixture::defaultTypesQuery()).json().toArray().size(), 3);
}

void TestSandboxRobustness::malformedJsonIs400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    for (const QString &path : {u"/rest/connections"_s, u"/rest/connections/erp"_s}) {
        const QByteArray p = path.toUtf8();
        QTest::addRow("%s truncated", p.constData())
            << path << QByteArray("application/json") << QByteArray("{\"code\":");
        QTest::addRow("%s brace", p.constData())
            << path << QByteArray("application/json") << QByteArray("{");
        QTest::addRow("%s words", p.constData())
            << path << QByteArray("application/json") << QByteArray("not json at all");
        QTest::addRow("%s trailing comma", p.constData())
            << path << QByteArray("application/json") << QByteArray("{\"label\":\"x\",}");
        QTest::addRow("%s empty", p.constData())
            << path << QByteArray("application/json") << QByteArray();
        QTest::addRow("%s form body", p.constData())
            << path << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("code=x&label=y");
        QTest::addRow("%s binary", p.constData())
            << path << QByteArray("application/json") << QByteArray("\xff\xfe\x00\x01", 4);
    }
    QTest::newRow("delete with a broken JSON body")
        << u"/rest/connections/nope"_s << QByteArray("application/json") << QByteArray("{");
}

void TestSandboxRobustness::malformedJsonIs400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const QByteArray method = path.endsWith(u"nope"_s) ? "DELETE" : "POST";
    const HttpReply reply = m_admin->send(method, path, body, {{"Content-Type", contentType}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, QByteArray("{\"message\":\"Invalid json message received\"}"));
}

void TestSandboxRobustness::wrongTypesAndMissingKeysAre400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QString create = u"/rest/connections"_s;
    const QString update = u"/rest/connections/erp"_s;
    QTest::newRow("create: array") << create << QByteArray("[]");
    QTest::newRow("create: string") << create << QByteArray("\"erp\"");
    QTest::newRow("create: null") << create << QByteArray("null");
    QTest::newRow("create: no code")
        << create << QByteArray("{\"label\":\"X\",\"flow_type\":\"other\"}");
    QTest::newRow("create: code number")
        << create << QByteArray("{\"code\":12,\"label\":\"X\",\"flow_type\":\"other\"}");
    QTest::newRow("create: label null")
        << create << QByteArray("{\"code\":\"abc\",\"label\":null,\"flow_type\":\"other\"}");
    QTest::newRow("create: flow type object")
        << create << QByteArray("{\"code\":\"abc\",\"label\":\"Abc\",\"flow_type\":{}}");
    const QByteArray good = "\"label\":\"ERP\",\"flow_type\":\"data_source\",\"image\":null,"
                            "\"user_role_id\":\"1\",\"user_group_id\":null";
    QTest::newRow("update: role id integer")
        << update
        << QByteArray("{\"label\":\"ERP\",\"flow_type\":\"data_source\",\"image\":null,"
                      "\"user_role_id\":1,\"user_group_id\":null}");
    QTest::newRow("update: group id integer")
        << update
        << QByteArray("{\"label\":\"ERP\",\"flow_type\":\"data_source\",\"image\":null,"
                      "\"user_role_id\":\"1\",\"user_group_id\":4}");
    QTest::newRow("update: auditable string")
        << update << QByteArray("{" + good + ",\"auditable\":\"yes\"}");
    QTest::newRow("update: image number")
        << update
        << QByteArray("{\"label\":\"ERP\",\"flow_type\":\"data_source\",\"image\":5,"
                      "\"user_role_id\":\"1\",\"user_group_id\":null}");
    QTest::newRow("update: no label")
        << update
        << QByteArray("{\"flow_type\":\"data_source\",\"image\":null,"
                      "\"user_role_id\":\"1\",\"user_group_id\":null}");
    QTest::newRow("update: no role")
        << update
        << QByteArray("{\"label\":\"ERP\",\"flow_type\":\"data_source\",\"image\":null,"
                      "\"user_group_id\":null}");
    QTest::newRow("update: array") << update << QByteArray("[1,2,3]");
    QTest::newRow("update: deep nesting")
        << update << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void TestSandboxRobustness::wrongTypesAndMissingKeysAre400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply = m_admin->postJson(path, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY2(reply.json()[u"message"_s].isString(), reply.body.constData());
}

void TestSandboxRobustness::oversizedBodiesAre413_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    QTest::newRow("JSON route, 2 MiB") << u"/rest/connections"_s << 2 * 1024 * 1024;
    QTest::newRow("JSON route, 20 MiB") << u"/rest/connections/erp"_s << 20 * 1024 * 1024;
    QTest::newRow("upload, 20 MiB") << u"/image-media"_s << 20 * 1024 * 1024;
    QTest::newRow("login, 20 MiB") << u"/user/login-check"_s << 20 * 1024 * 1024;
}

void TestSandboxRobustness::oversizedBodiesAre413()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    QByteArray body(size, ' ');
    body[0] = '{';
    body[size - 1] = '}';
    const HttpReply reply = m_admin->postJson(path, body);
    QCOMPARE(reply.status, 413);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(reply.json()[u"message"_s].isString());
    // Past the hard limit, refused from the headers alone (the connection is then closed).
    if (size > 16 * 1024 * 1024)
        QCOMPARE(reply.header("Connection"), QByteArray("close"));
}

void TestSandboxRobustness::chunkedBodiesAreMeasuredToo()
{
    QByteArray request =
        "POST /image-media HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
        "boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 20; ++i)
        request += "100000\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    const QByteArray answer = m_admin->raw(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QVERIFY(answer.contains("{\"message\":"));
    // Refused while the body was still coming, not after buffering it all.
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));

    // A small chunked request on a fresh connection is served normally.
    const QByteArray small = m_admin->raw(
        "POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(small.startsWith("HTTP/1.1 422 "), small.left(200).constData());
}

void TestSandboxRobustness::expectContinueIsAnswered()
{
    const QByteArray body = "{\"grant_type\":\"password\"}";
    const QByteArray head = "POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Type: "
                            "application/json\r\nExpect: 100-continue\r\nConnection: close\r\n";
    // The interim answer comes before the body is sent, then the real one.
    QTcpSocket socket;
    socket.connectToHost(m_sandbox.url().host(), quint16(m_sandbox.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QCOMPARE(answer, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.contains("\r\n\r\nHTTP/1.1 422 "), answer.constData());

    // Chunked, with the same expectation.
    const QByteArray chunked =
        m_admin->raw(head + "Transfer-Encoding: chunked\r\n\r\n" +
                     QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
    QVERIFY2(chunked.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 422 "), chunked.constData());
    // Too large: refused at once, without inviting the body.
    const QByteArray refused =
        m_admin->raw("POST /image-media HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                     "Content-Length: 99999999\r\n\r\n");
    QVERIFY2(refused.startsWith("HTTP/1.1 413 "), refused.constData());
}

void TestSandboxRobustness::unknownRoutesAndMethodsAreJson_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << QByteArray("GET") << u"/nope"_s << 404;
    QTest::newRow("unknown rest path") << QByteArray("GET") << u"/rest/nope"_s << 404;
    QTest::newRow("code with a dash")
        << QByteArray("GET") << u"/rest/connections/bad-code"_s << 404;
    QTest::newRow("code with a dot") << QByteArray("GET") << u"/rest/connections/a.b"_s << 404;
    QTest::newRow("deeper path") << QByteArray("GET") << u"/rest/connections/erp/x/y"_s << 404;
    QTest::newRow("put on the list") << QByteArray("PUT") << u"/rest/connections"_s << 405;
    QTest::newRow("patch a connection") << QByteArray("PATCH") << u"/rest/connections/erp"_s << 405;
    QTest::newRow("get a regeneration")
        << QByteArray("GET") << u"/rest/connections/erp/regenerate-secret"_s << 405;
    QTest::newRow("delete the limit")
        << QByteArray("DELETE") << u"/rest/connections/max-limit-reached"_s << 405;
    QTest::newRow("get the upload") << QByteArray("GET") << u"/image-media"_s << 405;
    QTest::newRow("post the login page") << QByteArray("POST") << u"/user/login"_s << 405;
    QTest::newRow("unknown API path") << QByteArray("GET") << u"/api/nope"_s << 404;
    QTest::newRow("delete products") << QByteArray("DELETE") << u"/api/rest/v1/products"_s << 405;
    QTest::newRow("odd method") << QByteArray("OPTIONS") << u"/rest/connections"_s << 405;
}

void TestSandboxRobustness::unknownRoutesAndMethodsAreJson()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpReply reply = m_admin->send(method, path);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(reply.json()[u"message"_s].isString());
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    if (path.startsWith(u"/api/"_s))
        QCOMPARE(reply.json()[u"code"_s].toInt(), status);
}

void TestSandboxRobustness::garbageOnTheWireDoesNotHurt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8);
    QTest::newRow("bad content length") << QByteArray(
        "POST /rest/connections HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}");
    QTest::newRow("headers never end")
        << QByteArray("GET / HTTP/1.1\r\nX-Long: ") + QByteArray(100 * 1024, 'a');
    QTest::newRow("body shorter than announced")
        << QByteArray("POST /rest/connections HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
    QTest::newRow("huge content length") << QByteArray(
        "POST /image-media HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n");
    QTest::newRow("bad chunked body")
        << QByteArray("POST /rest/connections HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                      "\r\nzz\r\n");
    QTest::newRow("percent garbage in path") << QByteArray(
        "GET /rest/connections/%ZZ%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
}

void TestSandboxRobustness::garbageOnTheWireDoesNotHurt()
{
    QFETCH(QByteArray, bytes);
    const QByteArray answer = m_admin->raw(bytes, 800);
    // Either an HTTP error or a closed connection; never a success.
    if (!answer.isEmpty()) {
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
    }
}

void TestSandboxRobustness::manyRequestsAtOnce()
{
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 60; ++i) {
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(u"/api/rest/v1"_s)));
        replies.append(manager.get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
}

void TestSandboxRobustness::restartKeepsEverything()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    options.dataDir = data.path();
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));

    // Change things: a new connection with a logo, a regenerated password, a deleted demo one.
    const QJsonObject magento =
        admin
            .postJson(u"/rest/connections"_s,
                      "{\"code\":\"magento\",\"label\":\"Magento\",\"flow_type\":\"other\"}")
            .json()
            .toObject();
    QImage logo(10, 10, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
    }
    const QString filePath = admin.postMultipart(u"/image-media"_s, u"file"_s, u"m.png"_s, png)
                                 .json()[u"filePath"_s]
                                 .toString();
    QCOMPARE(admin
                 .postJson(u"/rest/connections/magento"_s, compact({{u"label"_s, u"Magento 2"_s},
                                                                    {u"flow_type"_s, u"other"_s},
                                                                    {u"image"_s, filePath},
                                                                    {u"auditable"_s, true},
                                                                    {u"user_role_id"_s, u"3"_s},
                                                                    {u"user_group_id"_s, u"2"_s}}))
                 .status,
             204);
    const QString password = admin.send("POST", u"/rest/connections/magento/regenerate-password"_s)
                                 .json()[u"password"_s]
                                 .toString();
    QCOMPARE(admin.send("DELETE", u"/rest/connections/retail_hub"_s).status, 204);
    const QString token =
        admin.accessToken(magento[u"client_id"_s].toString(), magento[u"secret"_s].toString(),
                          magento[u"username"_s].toString(), password);
    QVERIFY(!token.isEmpty());
    const QByteArray listBefore = admin.get(u"/rest/connections"_s).body;
    const QByteArray magentoBefore = admin.get(u"/rest/connections/magento"_s).body;

    QVERIFY2(sandbox.restart(false), qPrintable(sandbox.errorString()));
    admin.setBase(sandbox.url());
    admin.clearCookies(); // sessions live in memory: sign in again
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));

    QCOMPARE(admin.get(u"/rest/connections"_s).body, listBefore); // no second seeding
    QCOMPARE(admin.get(u"/rest/connections/magento"_s).body, magentoBefore);
    QCOMPARE(admin.get(u"/rest/connections/retail_hub"_s).status, 404);
    QCOMPARE(admin.get(u"/api/rest/v1/products"_s, {{"Authorization", "Bearer " + token.toUtf8()}})
                 .status,
             200);
    QVERIFY(!admin
                 .accessToken(magento[u"client_id"_s].toString(), magento[u"secret"_s].toString(),
                              magento[u"username"_s].toString(), password)
                 .isEmpty());
    const HttpReply image = admin.follow(
        admin.get(u"/media/show/"_s + QString::fromLatin1(QUrl::toPercentEncoding(filePath)) +
                  u"/thumbnail"_s));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, png);
}

void TestSandboxRobustness::logsHoldNoSecret()
{
    // Every category at debug level, then everything that handles a secret.
    qputenv("QT_LOGGING_RULES", "pim.sandbox.*.debug=true");
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.admin = u"admin:Adm1n-pa55word"_s;
    options.user = u"viewer:V1ewer-pa55word"_s;
    const bool started = sandbox.start(options);
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(started, qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"Adm1n-pa55word"_s));
    HttpClient viewer(sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"V1ewer-pa55word"_s));
    QVERIFY(!viewer.signIn(u"viewer"_s, u"Wr0ng-pa55word"_s));
    const QJsonObject erp =
        admin
            .postJson(u"/rest/connections"_s,
                      "{\"code\":\"erp\",\"label\":\"ERP\",\"flow_type\":\"data_source\"}")
            .json()
            .toObject();
    const HttpReply grant = admin.token(erp[u"client_id"_s].toString(), erp[u"secret"_s].toString(),
                                        compact({{u"grant_type"_s, u"password"_s},
                                                 {u"username"_s, erp[u"username"_s].toString()},
                                                 {u"password"_s, erp[u"password"_s].toString()}}));
    QCOMPARE(grant.status, 200);
    const QString password = admin.send("POST", u"/rest/connections/erp/regenerate-password"_s)
                                 .json()[u"password"_s]
                                 .toString();
    QCOMPARE(admin.send("POST", u"/rest/connections/erp/regenerate-secret"_s).status, 204);
    const QString secret = admin.get(u"/rest/connections/erp"_s).json()[u"secret"_s].toString();
    sandbox.stop();

    const QByteArray logs = sandbox.standardError();
    QVERIFY(logs.contains("GET /rest/connections/erp -> 200")); // debug output was on
    const QStringList secrets = {u"Adm1n-pa55word"_s,
                                 u"V1ewer-pa55word"_s,
                                 u"Wr0ng-pa55word"_s,
                                 erp[u"secret"_s].toString(),
                                 erp[u"password"_s].toString(),
                                 grant.json()[u"access_token"_s].toString(),
                                 grant.json()[u"refresh_token"_s].toString(),
                                 password,
                                 secret,
                                 QString::fromUtf8(admin.cookie("BAPID"))};
    for (const QString &value : secrets) {
        QVERIFY(!value.isEmpty());
        QVERIFY2(!logs.contains(value.toUtf8()), qPrintable(value));
    }
    // Nor in the store: passwords are digests, tokens are digests.
    QFile database(sandbox.dataDir() + u"/pim-sandbox.sqlite"_s);
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray stored = database.readAll();
    for (const QString &value :
         {u"Adm1n-pa55word"_s, password, grant.json()[u"access_token"_s].toString()})
        QVERIFY2(!stored.contains(value.toUtf8()), qPrintable(value));
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
