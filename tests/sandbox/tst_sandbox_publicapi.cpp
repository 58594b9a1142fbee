// docs/pim-api.md §5: the public API's bearer tokens in use: what needs one, their expiry, what
// regenerating or deleting a connection revokes, and the wrong credentials combinations the
// PIM records.
#include "OAuthTestCase.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OAuthTest;
using SandboxFixture::compact;

class TestSandboxPublicApi : public OAuthTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { startWithErp(); }

    void productsNeedAValidAccessToken();
    void apiIndexIsPublic();
    void accessTokensExpire();
    void regeneratingTheSecretRevokesTheClientsTokens();
    void regeneratingThePasswordRevokesTheUsersTokens();
    void deletingRevokesEverything();
    void wrongCredentialsCombinationIsRecorded();
};

void TestSandboxPublicApi::productsNeedAValidAccessToken()
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

void TestSandboxPublicApi::apiIndexIsPublic()
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

void TestSandboxPublicApi::accessTokensExpire()
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

void TestSandboxPublicApi::regeneratingTheSecretRevokesTheClientsTokens()
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

void TestSandboxPublicApi::regeneratingThePasswordRevokesTheUsersTokens()
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

void TestSandboxPublicApi::deletingRevokesEverything()
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

void TestSandboxPublicApi::wrongCredentialsCombinationIsRecorded()
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

QTEST_GUILESS_MAIN(TestSandboxPublicApi)
#include "tst_sandbox_publicapi.moc"
