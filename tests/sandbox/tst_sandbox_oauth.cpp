// docs/pim-api.md §5: the public API's token endpoint: the password and refresh grants, the
// client's authentication, and every refusal with the PIM's own status and words.
#include "OAuthTestCase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OAuthTest;
using SandboxFixture::compact;

class TestSandboxOAuth : public OAuthTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { startWithErp(); }

    void passwordGrantAnswersATokenPair();
    void passwordGrantAcceptsFormBodies();
    void failuresAre422WithThePimsMessages_data();
    void failuresAre422WithThePimsMessages();
    void bodyOver300BytesIs413();
    void otherContentTypesAre415_data();
    void otherContentTypesAre415();
    void malformedJsonIs400();
    void refreshIssuesANewPairAndRetiresTheOldRefreshToken();
};

void TestSandboxOAuth::passwordGrantAnswersATokenPair()
{
    HttpClient client(m_sandbox.url());
    const HttpReply reply = client.token(m_erp.clientId, m_erp.secret,
                                         compact({{u"grant_type"_s, u"password"_s},
                                                  {u"username"_s, m_erp.username},
                                                  {u"password"_s, m_erp.password}}));
    QCOMPARE(reply.status, 200);
    static const QRegularExpression shape(
        uR"re(^\{"access_token":"[0-9a-z]{40,60}","expires_in":3600,"token_type":"bearer","scope":null,"refresh_token":"[0-9a-z]{40,60}"\}$)re"_s);
    QVERIFY2(shape.match(QString::fromUtf8(reply.body)).hasMatch(), reply.body.constData());
    const QString access = reply.json()[u"access_token"_s].toString();
    QVERIFY(access != reply.json()[u"refresh_token"_s].toString());
    QCOMPARE(products(client, access).status, 200);
}

void TestSandboxOAuth::passwordGrantAcceptsFormBodies()
{
    HttpClient client(m_sandbox.url());
    HttpReply reply = client.postForm(u"/api/oauth/v1/token"_s,
                                      {{u"grant_type"_s, u"password"_s},
                                       {u"username"_s, m_erp.username},
                                       {u"password"_s, m_erp.password}},
                                      {{"Authorization", basic(m_erp.clientId, m_erp.secret)}});
    QCOMPARE(reply.status, 200);
    // The client may also authenticate in the body.
    reply = client.postForm(u"/api/oauth/v1/token"_s, {{u"grant_type"_s, u"password"_s},
                                                       {u"username"_s, m_erp.username},
                                                       {u"password"_s, m_erp.password},
                                                       {u"client_id"_s, m_erp.clientId},
                                                       {u"client_secret"_s, m_erp.secret}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json()[u"access_token"_s].toString().isEmpty());
}

void TestSandboxOAuth::failuresAre422WithThePimsMessages_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    const QString id = m_erp.clientId;
    const QString secret = m_erp.secret;
    const QString user = m_erp.username;
    const QString password = m_erp.password;
    QTest::newRow("no grant type")
        << id << secret << QJsonObject{{u"username"_s, user}, {u"password"_s, password}}
        << GrantMessage;
    QTest::newRow("empty grant type")
        << id << secret
        << QJsonObject{{u"grant_type"_s, u""_s}, {u"username"_s, user}, {u"password"_s, password}}
        << GrantMessage;
    QTest::newRow("invalid grant type") << id << secret
                                        << QJsonObject{{u"grant_type"_s, u"passwordd"_s},
                                                       {u"username"_s, user},
                                                       {u"password"_s, password}}
                                        << GrantMessage;
    QTest::newRow("grant type not for this client") << id << secret
                                                    << QJsonObject{{u"grant_type"_s, u"token"_s},
                                                                   {u"username"_s, user},
                                                                   {u"password"_s, password}}
                                                    << UnauthorizedMessage;
    QTest::newRow("client credentials grant")
        << id << secret << QJsonObject{{u"grant_type"_s, u"client_credentials"_s}}
        << UnauthorizedMessage;
    QTest::newRow("unknown client") << u"michel_id"_s << secret
                                    << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                   {u"username"_s, user},
                                                   {u"password"_s, password}}
                                    << ClientMessage;
    QTest::newRow("right id, wrong random part") << id.left(id.indexOf(u'_') + 1) + u"x"_s << secret
                                                 << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                                {u"username"_s, user},
                                                                {u"password"_s, password}}
                                                 << ClientMessage;
    QTest::newRow("wrong secret") << id << u"michel_secret"_s
                                  << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                 {u"username"_s, user},
                                                 {u"password"_s, password}}
                                  << ClientMessage;
    QTest::newRow("no client") << QString() << QString()
                               << QJsonObject{{u"grant_type"_s, u"password"_s},
                                              {u"username"_s, user},
                                              {u"password"_s, password}}
                               << ClientMessage;
    QTest::newRow("no username") << id << secret
                                 << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                {u"password"_s, password}}
                                 << GrantMessage;
    QTest::newRow("no password") << id << secret
                                 << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                {u"username"_s, user}}
                                 << GrantMessage;
    QTest::newRow("password not a string") << id << secret
                                           << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                          {u"username"_s, user},
                                                          {u"password"_s, QJsonArray{1}}}
                                           << GrantMessage;
    QTest::newRow("wrong password") << id << secret
                                    << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                   {u"username"_s, user},
                                                   {u"password"_s, u"nope"_s}}
                                    << UserMessage;
    QTest::newRow("unknown user") << id << secret
                                  << QJsonObject{{u"grant_type"_s, u"password"_s},
                                                 {u"username"_s, u"michel"_s},
                                                 {u"password"_s, u"michelpwd"_s}}
                                  << UserMessage;
    QTest::newRow("no refresh token")
        << id << secret << QJsonObject{{u"grant_type"_s, u"refresh_token"_s}}
        << RefreshParameterMessage;
    QTest::newRow("unknown refresh token")
        << id << secret
        << QJsonObject{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"nope"_s}}
        << RefreshMessage;
}

void TestSandboxOAuth::failuresAre422WithThePimsMessages()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    HttpClient client(m_sandbox.url());
    const HttpReply reply = clientId.isEmpty()
                                ? client.postJson(u"/api/oauth/v1/token"_s, compact(body))
                                : client.token(clientId, secret, compact(body));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, apiError(422, message));
}

void TestSandboxOAuth::bodyOver300BytesIs413()
{
    HttpClient client(m_sandbox.url());
    QJsonObject body{{u"grant_type"_s, u"password"_s},
                     {u"username"_s, m_erp.username},
                     {u"password"_s, m_erp.password},
                     {u"padding"_s, QString()}};
    const int base = int(compact(body).size());
    body[u"padding"_s] = QString(300 - base, u'x');
    QCOMPARE(compact(body).size(), 300);
    QCOMPARE(client.token(m_erp.clientId, m_erp.secret, compact(body)).status, 200);
    body[u"padding"_s] = QString(301 - base, u'x');
    const HttpReply reply = client.token(m_erp.clientId, m_erp.secret, compact(body));
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json()[u"code"_s].toInt(), 413);
    QVERIFY(!reply.json()[u"message"_s].toString().isEmpty());
}

void TestSandboxOAuth::otherContentTypesAre415_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("xml") << QByteArray("application/xml")
                         << apiError(
                                415,
                                u"\"application/xml\" in \"Content-Type\" header is not valid. "
                                "Only \"application/json\" or "
                                "\"application/x-www-form-urlencoded\" are allowed."_s);
    QTest::newRow("text") << QByteArray("text/plain; charset=utf-8")
                          << apiError(415,
                                      u"\"text/plain\" in \"Content-Type\" header is not valid. "
                                      "Only \"application/json\" or "
                                      "\"application/x-www-form-urlencoded\" are allowed."_s);
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << QByteArray();
}

void TestSandboxOAuth::otherContentTypesAre415()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expected);
    HttpClient client(m_sandbox.url());
    const HttpReply reply = client.send(
        "POST", u"/api/oauth/v1/token"_s, "grant_type=password",
        {{"Content-Type", contentType}, {"Authorization", basic(m_erp.clientId, m_erp.secret)}});
    QCOMPARE(reply.status, 415);
    if (!expected.isEmpty())
        QCOMPARE(reply.body, expected);
    QCOMPARE(reply.json()[u"code"_s].toInt(), 415);

    // Without any Content-Type at all (written by hand: Qt would add one).
    const QByteArray raw = client.raw("POST /api/oauth/v1/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                      "Connection: close\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY2(raw.startsWith("HTTP/1.1 415 "), raw.constData());
    QVERIFY(raw.contains("{\"code\":415,"));
}

void TestSandboxOAuth::malformedJsonIs400()
{
    HttpClient client(m_sandbox.url());
    const HttpReply reply = client.token(m_erp.clientId, m_erp.secret, "{\"grant_type\":");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body,
             QByteArray("{\"code\":400,\"message\":\"Invalid json message received\"}"));
}

void TestSandboxOAuth::refreshIssuesANewPairAndRetiresTheOldRefreshToken()
{
    HttpClient client(m_sandbox.url());
    const QJsonObject first = client
                                  .token(m_erp.clientId, m_erp.secret,
                                         compact({{u"grant_type"_s, u"password"_s},
                                                  {u"username"_s, m_erp.username},
                                                  {u"password"_s, m_erp.password}}))
                                  .json()
                                  .toObject();
    const QString oldRefresh = first[u"refresh_token"_s].toString();
    const HttpReply refreshed = client.token(
        m_erp.clientId, m_erp.secret,
        compact({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, oldRefresh}}));
    QCOMPARE(refreshed.status, 200);
    const QString newAccess = refreshed.json()[u"access_token"_s].toString();
    const QString newRefresh = refreshed.json()[u"refresh_token"_s].toString();
    QVERIFY(newRefresh != oldRefresh);
    QVERIFY(newAccess != first[u"access_token"_s].toString());
    QCOMPARE(products(client, newAccess).status, 200);

    // The old refresh token is retired.
    const HttpReply again = client.token(
        m_erp.clientId, m_erp.secret,
        compact({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, oldRefresh}}));
    QCOMPARE(again.status, 422);
    QCOMPARE(again.body, apiError(422, RefreshMessage));
    // Another client cannot use this one's refresh token.
    const Credentials other = createConnection(*m_admin, u"refresh_other"_s);
    const HttpReply stolen = client.token(
        other.clientId, other.secret,
        compact({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, newRefresh}}));
    QCOMPARE(stolen.body, apiError(422, RefreshMessage));
    // The new one works.
    QCOMPARE(client
                 .token(m_erp.clientId, m_erp.secret,
                        compact({{u"grant_type"_s, u"refresh_token"_s},
                                 {u"refresh_token"_s, newRefresh}}))
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
