// docs/pim-api.md §5: the public API's token endpoint, bearer tokens, expiry, and what
// regenerating or deleting a connection revokes.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

namespace {

const QString GrantMessage =
    u"Parameter \"grant_type\", \"username\" or \"password\" is missing, empty or invalid"_s;
const QString ClientMessage =
    u"Parameter \"client_id\" is missing or does not match any client, or secret is invalid"_s;
const QString UnauthorizedMessage = u"This grant type is not authorized for this client"_s;
const QString UserMessage = u"No user found for the given username and password"_s;
const QString RefreshParameterMessage =
    u"Parameter \"grant_type\" or \"refresh_token\" is missing or empty"_s;
const QString RefreshMessage = u"Refresh token is invalid or has expired"_s;

// {"code":N,"message":"..."} with Symfony's escapes.
QByteArray apiError(int code, const QString &message)
{
    QByteArray escaped = message.toUtf8();
    escaped.replace("\"", "\\u0022").replace("/", "\\/");
    return "{\"code\":" + QByteArray::number(code) + ",\"message\":\"" + escaped + "\"}";
}

QByteArray basic(const QString &clientId, const QString &secret)
{
    return "Basic " + (clientId + u':' + secret).toUtf8().toBase64();
}

struct Credentials
{
    QString clientId, secret, username, password;
};

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void passwordGrantAnswersATokenPair();
    void passwordGrantAcceptsFormBodies();
    void failuresAre422WithThePimsMessages_data();
    void failuresAre422WithThePimsMessages();
    void bodyOver300BytesIs413();
    void otherContentTypesAre415_data();
    void otherContentTypesAre415();
    void malformedJsonIs400();
    void refreshIssuesANewPairAndRetiresTheOldRefreshToken();
    void productsNeedAValidAccessToken();
    void apiIndexIsPublic();
    void accessTokensExpire();
    void regeneratingTheSecretRevokesTheClientsTokens();
    void regeneratingThePasswordRevokesTheUsersTokens();
    void deletingRevokesEverything();
    void wrongCredentialsCombinationIsRecorded();

private:
    Credentials createConnection(HttpClient &admin, const QString &code);
    HttpReply products(HttpClient &client, const QString &accessToken);

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    Credentials m_erp;
};

Credentials TestSandboxOAuth::createConnection(HttpClient &admin, const QString &code)
{
    const HttpReply reply = admin.postJson(
        u"/rest/connections"_s,
        compact({{u"code"_s, code}, {u"label"_s, code}, {u"flow_type"_s, u"data_source"_s}}));
    const QJsonObject c = reply.json().toObject();
    return {c[u"client_id"_s].toString(), c[u"secret"_s].toString(), c[u"username"_s].toString(),
            c[u"password"_s].toString()};
}

HttpReply TestSandboxOAuth::products(HttpClient &client, const QString &accessToken)
{
    return client.get(u"/api/rest/v1/products"_s,
                      {{"Authorization", "Bearer " + accessToken.toUtf8()}});
}

void TestSandboxOAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(SandboxProcess::Options()), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_erp = createConnection(*m_admin, u"erp"_s);
    QVERIFY(!m_erp.password.isEmpty());
}

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

void TestSandboxOAuth::productsNeedAValidAccessToken()
{
    HttpClient client(m_sandbox.url());
    const QByteArray invalid = apiError(401, u"The access token provided is invalid."_s);
    HttpReply reply = client.get(u"/api/rest/v1/products"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, invalid);
    reply = products(client, u"nonsense"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, invalid);
    reply = client.get(u"/api/rest/v1/products"_s, {{"Authorization", "Basic eDp5"}});
    QCOMPARE(reply.body, invalid);

    const QString token =
        client.accessToken(m_erp.clientId, m_erp.secret, m_erp.username, m_erp.password);
    reply = products(client, token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonArray items = reply.json()[u"_embedded"_s][u"items"_s].toArray();
    QVERIFY(!items.isEmpty());
    QVERIFY(!items.at(0)[u"identifier"_s].toString().isEmpty());
    QCOMPARE(reply.json()[u"current_page"_s].toInt(), 1);
    // A refresh token is not an access token.
    const QString refresh = client
                                .token(m_erp.clientId, m_erp.secret,
                                       compact({{u"grant_type"_s, u"password"_s},
                                                {u"username"_s, m_erp.username},
                                                {u"password"_s, m_erp.password}}))
                                .json()[u"refresh_token"_s]
                                .toString();
    QCOMPARE(products(client, refresh).status, 401);
}

void TestSandboxOAuth::apiIndexIsPublic()
{
    HttpClient client(m_sandbox.url());
    const HttpReply index = client.get(u"/api/rest/v1"_s);
    QCOMPARE(index.status, 200);
    QCOMPARE(index.json()[u"authentication"_s][u"fos_oauth_server_token"_s][u"route"_s].toString(),
             u"/api/oauth/v1/token"_s);
    const HttpReply unknown = client.get(u"/api/rest/v1/unknown"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"code"_s].toInt(), 404);
    const HttpReply wrongMethod = client.get(u"/api/oauth/v1/token"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json()[u"code"_s].toInt(), 405);
}

void TestSandboxOAuth::accessTokensExpire()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.tokenTtlSeconds = 1;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const Credentials erp = createConnection(admin, u"erp"_s);
    const HttpReply grant = admin.token(erp.clientId, erp.secret,
                                        compact({{u"grant_type"_s, u"password"_s},
                                                 {u"username"_s, erp.username},
                                                 {u"password"_s, erp.password}}));
    QCOMPARE(grant.status, 200);
    QCOMPARE(grant.json()[u"expires_in"_s].toInt(), 1);
    QTest::qWait(1500); // past the lifetime
    const HttpReply expired = products(admin, grant.json()[u"access_token"_s].toString());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body, apiError(401, u"The access token provided has expired."_s));
    // The refresh token lives 14 days: it still gives a new access token.
    const HttpReply refreshed =
        admin.token(erp.clientId, erp.secret,
                    compact({{u"grant_type"_s, u"refresh_token"_s},
                             {u"refresh_token"_s, grant.json()[u"refresh_token"_s].toString()}}));
    QCOMPARE(refreshed.status, 200);
}

void TestSandboxOAuth::regeneratingTheSecretRevokesTheClientsTokens()
{
    HttpClient client(m_sandbox.url());
    const Credentials c = createConnection(*m_admin, u"secret_test"_s);
    const QJsonObject grant = client
                                  .token(c.clientId, c.secret,
                                         compact({{u"grant_type"_s, u"password"_s},
                                                  {u"username"_s, c.username},
                                                  {u"password"_s, c.password}}))
                                  .json()
                                  .toObject();
    // Another user's token on the same client goes too.
    const QString adminToken = client.accessToken(c.clientId, c.secret, u"admin"_s, u"admin"_s);
    // A token of another client stays.
    const QString erpToken =
        client.accessToken(m_erp.clientId, m_erp.secret, m_erp.username, m_erp.password);
    QCOMPARE(products(client, adminToken).status, 200);

    QCOMPARE(m_admin->send("POST", u"/rest/connections/secret_test/regenerate-secret"_s).status,
             204);
    const QString newSecret =
        m_admin->get(u"/rest/connections/secret_test"_s).json()[u"secret"_s].toString();

    QCOMPARE(products(client, grant[u"access_token"_s].toString()).status, 401);
    QCOMPARE(products(client, adminToken).status, 401);
    QCOMPARE(products(client, erpToken).status, 200);
    const QByteArray passwordGrant = compact({{u"grant_type"_s, u"password"_s},
                                              {u"username"_s, c.username},
                                              {u"password"_s, c.password}});
    QCOMPARE(client.token(c.clientId, c.secret, passwordGrant).body, apiError(422, ClientMessage));
    QCOMPARE(client
                 .token(c.clientId, newSecret,
                        compact({{u"grant_type"_s, u"refresh_token"_s},
                                 {u"refresh_token"_s, grant[u"refresh_token"_s].toString()}}))
                 .body,
             apiError(422, RefreshMessage));
    QCOMPARE(client.token(c.clientId, newSecret, passwordGrant).status, 200);
}

void TestSandboxOAuth::regeneratingThePasswordRevokesTheUsersTokens()
{
    HttpClient client(m_sandbox.url());
    const Credentials c = createConnection(*m_admin, u"password_test"_s);
    const QJsonObject grant = client
                                  .token(c.clientId, c.secret,
                                         compact({{u"grant_type"_s, u"password"_s},
                                                  {u"username"_s, c.username},
                                                  {u"password"_s, c.password}}))
                                  .json()
                                  .toObject();
    // The admin's token with this client belongs to another user: it stays.
    const QString adminToken = client.accessToken(c.clientId, c.secret, u"admin"_s, u"admin"_s);

    const HttpReply regenerated =
        m_admin->send("POST", u"/rest/connections/password_test/regenerate-password"_s);
    QCOMPARE(regenerated.status, 200);
    const QString newPassword = regenerated.json()[u"password"_s].toString();

    QCOMPARE(products(client, grant[u"access_token"_s].toString()).body,
             apiError(401, u"The access token provided is invalid."_s));
    QCOMPARE(products(client, adminToken).status, 200);
    QCOMPARE(client
                 .token(c.clientId, c.secret,
                        compact({{u"grant_type"_s, u"refresh_token"_s},
                                 {u"refresh_token"_s, grant[u"refresh_token"_s].toString()}}))
                 .body,
             apiError(422, RefreshMessage));
    QCOMPARE(client
                 .token(c.clientId, c.secret,
                        compact({{u"grant_type"_s, u"password"_s},
                                 {u"username"_s, c.username},
                                 {u"password"_s, c.password}}))
                 .body,
             apiError(422, UserMessage));
    QVERIFY(!client.accessToken(c.clientId, c.secret, c.username, newPassword).isEmpty());
}

void TestSandboxOAuth::deletingRevokesEverything()
{
    HttpClient client(m_sandbox.url());
    const Credentials c = createConnection(*m_admin, u"delete_test"_s);
    const QString token = client.accessToken(c.clientId, c.secret, c.username, c.password);
    const QString adminToken = client.accessToken(c.clientId, c.secret, u"admin"_s, u"admin"_s);
    QCOMPARE(products(client, token).status, 200);
    QCOMPARE(m_admin->send("DELETE", u"/rest/connections/delete_test"_s).status, 204);
    QCOMPARE(products(client, token).status, 401);
    QCOMPARE(products(client, adminToken).status, 401);
    const QByteArray passwordGrant = compact({{u"grant_type"_s, u"password"_s},
                                              {u"username"_s, c.username},
                                              {u"password"_s, c.password}});
    QCOMPARE(client.token(c.clientId, c.secret, passwordGrant).body, apiError(422, ClientMessage));
    // The user is gone too: with another client, it is an unknown user.
    QCOMPARE(client.token(m_erp.clientId, m_erp.secret, passwordGrant).body,
             apiError(422, UserMessage));
}

void TestSandboxOAuth::wrongCredentialsCombinationIsRecorded()
{
    HttpClient client(m_sandbox.url());
    const Credentials shop = createConnection(*m_admin, u"shop"_s);
    // The ERP's user with the shop's client id.
    QVERIFY(
        !client.accessToken(shop.clientId, shop.secret, m_erp.username, m_erp.password).isEmpty());
    // A failed grant records nothing.
    client.token(shop.clientId, shop.secret,
                 compact({{u"grant_type"_s, u"password"_s},
                          {u"username"_s, u"admin"_s},
                          {u"password"_s, u"wrong"_s}}));
    const QJsonObject all =
        m_admin->get(u"/rest/connections/wrong-credentials-combination"_s).json().toObject();
    const QJsonArray users = all[u"shop"_s][u"users"_s].toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0)[u"username"_s].toString(), m_erp.username);
    QCOMPARE(all[u"shop"_s][u"code"_s].toString(), u"shop"_s);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
