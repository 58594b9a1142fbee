#pragma once

// What the tests of the public API share (docs/pim-api.md §5): the PIM's messages, the shape of
// its errors, and a sandbox with a connection "erp" whose credentials are known.
#include "SandboxFixture.h"

#include <QTest>

#include <memory>

namespace OAuthTest {

using namespace Qt::StringLiterals;

inline const QString GrantMessage =
    u"Parameter \"grant_type\", \"username\" or \"password\" is missing, empty or invalid"_s;
inline const QString ClientMessage =
    u"Parameter \"client_id\" is missing or does not match any client, or secret is invalid"_s;
inline const QString UnauthorizedMessage = u"This grant type is not authorized for this client"_s;
inline const QString UserMessage = u"No user found for the given username and password"_s;
inline const QString RefreshParameterMessage =
    u"Parameter \"grant_type\" or \"refresh_token\" is missing or empty"_s;
inline const QString RefreshMessage = u"Refresh token is invalid or has expired"_s;

// {"code":N,"message":"..."} with Symfony's escapes.
inline QByteArray apiError(int code, const QString &message)
{
    QByteArray escaped = message.toUtf8();
    escaped.replace("\"", "\\u0022").replace("/", "\\/");
    return "{\"code\":" + QByteArray::number(code) + ",\"message\":\"" + escaped + "\"}";
}

inline QByteArray basic(const QString &clientId, const QString &secret)
{
    return "Basic " + (clientId + u':' + secret).toUtf8().toBase64();
}

struct Credentials
{
    QString clientId, secret, username, password;
};

} // namespace OAuthTest

// The base of the public API's test cases (not a test itself).
class OAuthTestCase : public QObject
{
protected:
    using Credentials = OAuthTest::Credentials;

    // A sandbox, its administrator signed in, and the connection "erp".
    void startWithErp()
    {
        using namespace Qt::StringLiterals;
        QVERIFY2(m_sandbox.start(SandboxProcess::Options()), qPrintable(m_sandbox.errorString()));
        m_admin = std::make_unique<HttpClient>(m_sandbox.url());
        QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
        m_erp = createConnection(*m_admin, u"erp"_s);
        QVERIFY(!m_erp.password.isEmpty());
    }

    static Credentials createConnection(HttpClient &admin, const QString &code)
    {
        using namespace Qt::StringLiterals;
        using SandboxFixture::compact;
        const HttpReply reply = admin.postJson(
            u"/rest/connections"_s,
            compact({{u"code"_s, code}, {u"label"_s, code}, {u"flow_type"_s, u"data_source"_s}}));
        const QJsonObject c = reply.json().toObject();
        return {c[u"client_id"_s].toString(), c[u"secret"_s].toString(),
                c[u"username"_s].toString(), c[u"password"_s].toString()};
    }

    static HttpReply products(HttpClient &client, const QString &accessToken)
    {
        using namespace Qt::StringLiterals;
        return client.get(u"/api/rest/v1/products"_s,
                          {{"Authorization", "Bearer " + accessToken.toUtf8()}});
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    Credentials m_erp;
};
