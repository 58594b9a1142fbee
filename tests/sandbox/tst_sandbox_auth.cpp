// docs/pim-api.md §1: the back office's form login, sessions, 401/403/302.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loginPageHasCsrfTokenAndSessionCookie();
    void homeWithoutSessionRedirectsToLogin();
    void redirectsNameTheServerNotTheHostHeader_data();
    void redirectsNameTheServerNotTheHostHeader();
    void signInRedirectsHomeAndRotatesTheSession();
    void signInFollowsOnlySameOriginTargets_data();
    void signInFollowsOnlySameOriginTargets();
    void badPasswordGoesBackToLoginWithAnError();
    void forgedCsrfIsRefused_data();
    void forgedCsrfIsRefused();
    void protectedRoutesAnswer401WithTheLoginPage_data();
    void protectedRoutesAnswer401WithTheLoginPage();
    void maxLimitWithoutXmlHttpRequestRedirectsHome();
    void userWithoutTheRightGets403_data();
    void userWithoutTheRightGets403();
    void userWithoutTheRightCanList_data();
    void userWithoutTheRightCanList();
    void apiUsersCannotSignIn();
    void logoutEndsTheSession();
    void sessionEndsAfterIdleTime();

private:
    SandboxProcess m_sandbox;
};

void TestSandboxAuth::initTestCase()
{
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

void TestSandboxAuth::loginPageHasCsrfTokenAndSessionCookie()
{
    HttpClient client(m_sandbox.url());
    const HttpReply page = client.get(u"/user/login"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QByteArray hiddenInput = "<input type=\"hidden\" name=\"_csrf_token\" value=\"";
    QVERIFY(page.body.contains(hiddenInput));
    QVERIFY(!HttpClient::csrfTokenOf(page.body).isEmpty());
    QVERIFY(page.header("Set-Cookie").startsWith("BAPID="));
    QVERIFY(!client.cookie("BAPID").isEmpty());
    // The same session keeps its token.
    QCOMPARE(HttpClient::csrfTokenOf(client.get(u"/user/login"_s).body),
             HttpClient::csrfTokenOf(page.body));
}

void TestSandboxAuth::homeWithoutSessionRedirectsToLogin()
{
    HttpClient client(m_sandbox.url());
    const HttpReply home = client.get(u"/"_s);
    QCOMPARE(home.status, 302);
    QCOMPARE(home.location().path(), u"/user/login"_s);
}

void TestSandboxAuth::redirectsNameTheServerNotTheHostHeader_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("another host") << QByteArray("evil.example");
    QTest::newRow("another host and port") << QByteArray("evil.example:666");
    QTest::newRow("an IP address") << QByteArray("10.1.2.3:80");
    QTest::newRow("none") << QByteArray();
}

void TestSandboxAuth::redirectsNameTheServerNotTheHostHeader()
{
    QFETCH(QByteArray, host);
    // The Host header is the client's to write: a Location built from it would send the
    // browser wherever it says. The redirect names the address the client reached.
    HttpClient client(m_sandbox.url());
    const QByteArray hostLine = host.isEmpty() ? QByteArray() : "Host: " + host + "\r\n";
    for (const char *path : {"/", "/user/logout"}) {
        const QByteArray answer = client.raw(QByteArray("GET ") + path + " HTTP/1.1\r\n" +
                                             hostLine + "Connection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 302 "), answer.constData());
        const QByteArray expected = "\r\nLocation: " +
                                    m_sandbox.url().toString(QUrl::RemovePath).toLatin1() +
                                    "/user/login\r\n";
        QVERIFY2(answer.contains(expected), answer.constData());
    }
}

void TestSandboxAuth::signInRedirectsHomeAndRotatesTheSession()
{
    HttpClient client(m_sandbox.url());
    const QByteArray csrf = HttpClient::csrfTokenOf(client.get(u"/user/login"_s).body);
    const QByteArray before = client.cookie("BAPID");
    const HttpReply check =
        client.postForm(u"/user/login-check"_s, {{u"_username"_s, u"admin"_s},
                                                 {u"_password"_s, u"admin"_s},
                                                 {u"_csrf_token"_s, QString::fromUtf8(csrf)},
                                                 {u"_target_path"_s, QString()}});
    QCOMPARE(check.status, 302);
    QCOMPARE(check.location().path(), u"/"_s);
    const QByteArray after = client.cookie("BAPID");
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);

    const HttpReply home = client.get(u"/"_s);
    QCOMPARE(home.status, 200);
    QVERIFY(home.header("Content-Type").startsWith("text/html"));
    QVERIFY(home.body.contains("admin"));
    QCOMPARE(client.get(u"/rest/connections"_s).status, 200);

    // The id known before signing in does not carry the signed-in session.
    HttpClient replay(m_sandbox.url());
    replay.setSessionCookie(before);
    QCOMPARE(replay.get(u"/rest/connections"_s).status, 401);
}

void TestSandboxAuth::signInFollowsOnlySameOriginTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expectedPath");
    const QString origin = m_sandbox.url().toString(QUrl::RemovePath);
    QTest::newRow("empty") << QString() << u"/"_s;
    QTest::newRow("a path") << u"/rest/connections"_s << u"/rest/connections"_s;
    QTest::newRow("same origin, absolute") << origin + u"/user/login"_s << u"/user/login"_s;
    QTest::newRow("another host") << u"http://evil.example/steal"_s << u"/"_s;
    QTest::newRow("protocol-relative") << u"//evil.example/steal"_s << u"/"_s;
    QTest::newRow("backslash trick") << u"/\\evil.example"_s << u"/"_s;
    QTest::newRow("another port") << u"http://127.0.0.1:1/"_s << u"/"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"/"_s;
}

void TestSandboxAuth::signInFollowsOnlySameOriginTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, expectedPath);
    HttpClient client(m_sandbox.url());
    const QByteArray csrf = HttpClient::csrfTokenOf(client.get(u"/user/login"_s).body);
    const HttpReply check =
        client.postForm(u"/user/login-check"_s, {{u"_username"_s, u"admin"_s},
                                                 {u"_password"_s, u"admin"_s},
                                                 {u"_csrf_token"_s, QString::fromUtf8(csrf)},
                                                 {u"_target_path"_s, target}});
    QCOMPARE(check.status, 302);
    QCOMPARE(check.location().host(), m_sandbox.url().host());
    QCOMPARE(check.location().port(), m_sandbox.url().port());
    QCOMPARE(check.location().path(), expectedPath);
}

void TestSandboxAuth::badPasswordGoesBackToLoginWithAnError()
{
    HttpClient client(m_sandbox.url());
    QVERIFY(!client.signIn(u"admin"_s, u"wrong"_s));
    const QByteArray csrf = HttpClient::csrfTokenOf(client.get(u"/user/login"_s).body);
    const HttpReply check =
        client.postForm(u"/user/login-check"_s, {{u"_username"_s, u"admin"_s},
                                                 {u"_password"_s, u"not-it"_s},
                                                 {u"_csrf_token"_s, QString::fromUtf8(csrf)}});
    QCOMPARE(check.status, 302);
    QCOMPARE(check.location().path(), u"/user/login"_s);
    const HttpReply page = client.follow(check);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Invalid credentials."));
    // Shown once.
    QVERIFY(!client.get(u"/user/login"_s).body.contains("Invalid credentials."));
    QCOMPARE(client.get(u"/rest/connections"_s).status, 401);
    // An unknown user is refused the same way.
    QVERIFY(!client.signIn(u"nobody"_s, u"admin"_s));
}

void TestSandboxAuth::forgedCsrfIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("forged token") << u"forged"_s;
    QTest::newRow("missing token") << u"missing"_s;
    QTest::newRow("another session's token") << u"other"_s;
    QTest::newRow("no session cookie") << u"nocookie"_s;
}

void TestSandboxAuth::forgedCsrfIsRefused()
{
    QFETCH(QString, how);
    HttpClient client(m_sandbox.url());
    QByteArray csrf = HttpClient::csrfTokenOf(client.get(u"/user/login"_s).body);
    if (how == u"forged"_s)
        csrf = "0" + csrf.mid(1) == csrf ? "1" + csrf.mid(1) : "0" + csrf.mid(1);
    else if (how == u"other"_s)
        csrf = HttpClient::csrfTokenOf(HttpClient(m_sandbox.url()).get(u"/user/login"_s).body);
    else if (how == u"nocookie"_s)
        client.clearCookies();
    QList<QPair<QString, QString>> fields = {{u"_username"_s, u"admin"_s},
                                             {u"_password"_s, u"admin"_s}};
    if (how != u"missing"_s)
        fields.append({u"_csrf_token"_s, QString::fromUtf8(csrf)});
    const HttpReply check = client.postForm(u"/user/login-check"_s, fields);
    QCOMPARE(check.status, 302);
    QCOMPARE(check.location().path(), u"/user/login"_s);
    QVERIFY(client.follow(check).body.contains("Invalid CSRF token."));
    QCOMPARE(client.get(u"/rest/connections"_s).status, 401);
}

void TestSandboxAuth::protectedRoutesAnswer401WithTheLoginPage_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray create =
        R"({"code":"magento","label":"Magento","flow_type":"data_destination"})";
    const QByteArray update = R"({"label":"ERP 2","flow_type":"data_source","image":null,)"
                              R"("auditable":true,"user_role_id":"1","user_group_id":null})";
    QTest::newRow("list") << QByteArray("GET") << u"/rest/connections"_s << QByteArray();
    QTest::newRow("list, default types")
        << QByteArray("GET") << SandboxFixture::defaultTypesQuery() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << u"/rest/connections"_s << create;
    QTest::newRow("get") << QByteArray("GET") << u"/rest/connections/erp"_s << QByteArray();
    QTest::newRow("update") << QByteArray("POST") << u"/rest/connections/erp"_s << update;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/rest/connections/erp"_s << QByteArray();
    QTest::newRow("regenerate secret")
        << QByteArray("POST") << u"/rest/connections/erp/regenerate-secret"_s << QByteArray();
    QTest::newRow("regenerate password")
        << QByteArray("POST") << u"/rest/connections/erp/regenerate-password"_s << QByteArray();
    QTest::newRow("max limit") << QByteArray("GET") << u"/rest/connections/max-limit-reached"_s
                               << QByteArray();
    QTest::newRow("wrong credentials")
        << QByteArray("GET") << u"/rest/connections/wrong-credentials-combination"_s
        << QByteArray();
    QTest::newRow("roles") << QByteArray("GET") << u"/rest/user_role/"_s << QByteArray();
    QTest::newRow("groups") << QByteArray("GET") << u"/rest/user_group/"_s << QByteArray();
    QTest::newRow("upload") << QByteArray("POST") << u"/image-media"_s << QByteArray("x");
    QTest::newRow("media show") << QByteArray("GET") << u"/media/show/a%2Fb.png/thumbnail"_s
                                << QByteArray();
}

void TestSandboxAuth::protectedRoutesAnswer401WithTheLoginPage()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    HttpClient client(m_sandbox.url());
    const HttpReply reply = client.send(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(!HttpClient::csrfTokenOf(reply.body).isEmpty());
    QVERIFY(reply.json().isUndefined()); // never JSON
    // The token in that page is good for signing in with the cookie that came with it.
    const HttpReply check = client.postForm(
        u"/user/login-check"_s,
        {{u"_username"_s, u"admin"_s},
         {u"_password"_s, u"admin"_s},
         {u"_csrf_token"_s, QString::fromUtf8(HttpClient::csrfTokenOf(reply.body))}});
    QCOMPARE(check.status, 302);
    QCOMPARE(check.location().path(), u"/"_s);
}

void TestSandboxAuth::maxLimitWithoutXmlHttpRequestRedirectsHome()
{
    HttpClient client(m_sandbox.url());
    QVERIFY(client.signIn(u"admin"_s, u"admin"_s));
    client.setXmlHttpRequest(false);
    const HttpReply reply = client.get(u"/rest/connections/max-limit-reached"_s);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.location().path(), u"/"_s);
    client.setXmlHttpRequest(true);
    const HttpReply xhr = client.get(u"/rest/connections/max-limit-reached"_s);
    QCOMPARE(xhr.status, 200);
    const QByteArray expected = "{\"limitReached\":false}";
    QCOMPARE(xhr.body, expected);
}

void TestSandboxAuth::userWithoutTheRightGets403_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("get") << QByteArray("GET") << u"/rest/connections/erp"_s << QByteArray();
    QTest::newRow("get unknown") << QByteArray("GET") << u"/rest/connections/nope"_s
                                 << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << u"/rest/connections"_s
                            << QByteArray(
                                   R"({"code":"magento","label":"Magento","flow_type":"other"})");
    QTest::newRow("update") << QByteArray("POST") << u"/rest/connections/erp"_s
                            << QByteArray(R"({"label":"Hacked","flow_type":"other","image":null,)"
                                          R"("user_role_id":"1","user_group_id":null})");
    QTest::newRow("delete") << QByteArray("DELETE") << u"/rest/connections/erp"_s << QByteArray();
    QTest::newRow("regenerate secret")
        << QByteArray("POST") << u"/rest/connections/erp/regenerate-secret"_s << QByteArray();
    QTest::newRow("regenerate password")
        << QByteArray("POST") << u"/rest/connections/erp/regenerate-password"_s << QByteArray();
}

void TestSandboxAuth::userWithoutTheRightGets403()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    HttpClient admin(m_sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const QByteArray before = admin.get(u"/rest/connections/erp"_s).body;

    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    const HttpReply reply = viewer.send(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.json().isObject());
    // Nothing changed.
    QCOMPARE(admin.get(u"/rest/connections/erp"_s).body, before);
    QCOMPARE(admin.get(u"/rest/connections/magento"_s).status, 404);
}

void TestSandboxAuth::userWithoutTheRightCanList_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << u"/rest/connections"_s;
    QTest::newRow("list, default types") << SandboxFixture::defaultTypesQuery();
    QTest::newRow("max limit") << u"/rest/connections/max-limit-reached"_s;
    QTest::newRow("wrong credentials") << u"/rest/connections/wrong-credentials-combination"_s;
    QTest::newRow("roles") << u"/rest/user_role/"_s;
    QTest::newRow("groups") << u"/rest/user_group/"_s;
}

void TestSandboxAuth::userWithoutTheRightCanList()
{
    QFETCH(QString, path);
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    const HttpReply reply = viewer.get(path);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(!reply.json().isUndefined());
}

void TestSandboxAuth::apiUsersCannotSignIn()
{
    HttpClient admin(m_sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    const HttpReply password =
        admin.send("POST", u"/rest/connections/retail_hub/regenerate-password"_s);
    QCOMPARE(password.status, 200);
    const QString username =
        admin.get(u"/rest/connections/retail_hub"_s).json()[u"username"_s].toString();
    HttpClient connectionUser(m_sandbox.url());
    QVERIFY(!connectionUser.signIn(username, password.json()[u"password"_s].toString()));
}

void TestSandboxAuth::logoutEndsTheSession()
{
    HttpClient client(m_sandbox.url());
    QVERIFY(client.signIn(u"admin"_s, u"admin"_s));
    const QByteArray session = client.cookie("BAPID");
    const HttpReply logout = client.get(u"/user/logout"_s);
    QCOMPARE(logout.status, 302);
    QCOMPARE(logout.location().path(), u"/user/login"_s);
    QCOMPARE(client.get(u"/"_s).status, 302);
    QCOMPARE(client.get(u"/rest/connections"_s).status, 401);
    // The old id is dead on the server, not only forgotten by the client.
    HttpClient replay(m_sandbox.url());
    replay.setSessionCookie(session);
    QCOMPARE(replay.get(u"/rest/connections"_s).status, 401);
}

void TestSandboxAuth::sessionEndsAfterIdleTime()
{
    SandboxProcess shortSessions;
    SandboxProcess::Options options;
    options.extraArguments = {u"--session-ttl"_s, u"1"_s};
    QVERIFY2(shortSessions.start(options), qPrintable(shortSessions.errorString()));
    HttpClient client(shortSessions.url());
    QVERIFY(client.signIn(u"admin"_s, u"admin"_s));
    QCOMPARE(client.get(u"/rest/connections"_s).status, 200);
    QTest::qWait(2500); // well past the idle time
    const HttpReply expired = client.get(u"/rest/connections"_s);
    QCOMPARE(expired.status, 401);
    QVERIFY(!HttpClient::csrfTokenOf(expired.body).isEmpty());
    QCOMPARE(client.get(u"/"_s).status, 302);
    // Signing in again works.
    QVERIFY(client.signIn(u"admin"_s, u"admin"_s));
    QCOMPARE(client.get(u"/rest/connections"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
