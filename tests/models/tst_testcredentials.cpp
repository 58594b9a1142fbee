// "Test credentials" (docs/pim-api.md §5): a token with the connection's client id, secret,
// username and a password, then a products call with it; the server's exact reason when not.
#include "FakeNetworkAccessManager.h"
#include "net/PimSession.h"
#include "RouteTable.h"
#include "net/TestCredentialsJob.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

QStringList *capturedLogs = nullptr;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLogs)
        capturedLogs->append(message);
}

const QByteArray tokenBody =
    R"({"access_token":"NzFiYTM4ZTEwMjcwZTcyZWIzZTA0NmY3NjE3MTIyMjM1Y2NlMmNlNWEyMTAzY2UzYmY0YWIxYmUzNTkyMDcyNQ","expires_in":3600,"token_type":"bearer","scope":null,"refresh_token":"MDk2ZmIwODBkYmE3YjNjZWQ4ZTk2NTk2N2JmNjkyZDQ4NzA3YzhiZDQzMjJjODI5MmQ4ZmYxZjlkZmU1ZDNkMQ"})";

} // namespace

class TestTestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void success();
    void tokenRefused_data();
    void tokenRefused();
    void productsRefused_data();
    void productsRefused();
    void failures_data();
    void failures();
    void malformedToken();
    void secretsAreNeverLogged();

private:
    Credentials credentials() const;

    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
};

Credentials TestTestCredentials::credentials() const
{
    Credentials c;
    c.clientId = u"3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w"_s;
    c.secret = u"3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so"_s;
    c.username = u"erp_0427"_s;
    return c;
}

void TestTestCredentials::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new PimClient(m_network, this);
    QVERIFY(m_client->session()->setBaseUrl(u"https://pim.test/pim"_s));
    m_network->setAnswer("POST", u"/pim/api/oauth/v1/token"_s, FakeAnswer::json(200, tokenBody));
    m_network->setAnswer(
        "GET", u"/pim/api/rest/v1/products"_s,
        FakeAnswer::json(200, R"({"_links":{},"current_page":1,"_embedded":{"items":[]}})"));
}

void TestTestCredentials::cleanup()
{
    delete m_client;
    delete m_network;
}

void TestTestCredentials::success()
{
    auto *job = m_client->testCredentials(credentials(), u"9xY-pa$s"_s);
    QSignalSpy succeeded(job, &TestCredentialsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(succeeded.size(), 1);

    const QList<RecordedRequest> requests = m_network->requests();
    QCOMPARE(requests.size(), 2);
    const RecordedRequest &token = requests.at(0);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.header("Authorization"),
             "Basic " + QByteArray("3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w:"
                                   "3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so")
                            .toBase64());
    QCOMPARE(token.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(token.jsonBody(), (QJsonObject{{u"grant_type"_s, u"password"_s},
                                            {u"username"_s, u"erp_0427"_s},
                                            {u"password"_s, u"9xY-pa$s"_s}}));
    QVERIFY(token.body.size() <= 300); // docs/pim-api.md §5: larger bodies get 413
    // The public API has neither the back-office header nor its cookie, but a timeout.
    QVERIFY(!token.request.hasRawHeader("X-Requested-With"));
    QVERIFY(token.cookieHeader.isEmpty());
    QVERIFY(token.request.transferTimeout() > 0);

    const RecordedRequest &products = requests.at(1);
    QCOMPARE(products.method, QByteArray("GET"));
    QCOMPARE(products.url.toString(), u"https://pim.test/pim/api/rest/v1/products?limit=1"_s);
    QCOMPARE(products.header("Authorization"),
             QByteArray("Bearer NzFiYTM4ZTEwMjcwZTcyZWIzZTA0NmY3NjE3MTIyMjM1Y2NlMmNlNWEyMTAzY2Uz"
                        "YmY0YWIxYmUzNTkyMDcyNQ"));
    QVERIFY(!products.request.hasRawHeader("X-Requested-With"));
}

void TestTestCredentials::tokenRefused_data()
{
    QTest::addColumn<QString>("reason");
    for (const char *reason :
         {R"(Parameter "grant_type", "username" or "password" is missing, empty or invalid)",
          R"(Parameter "client_id" is missing or does not match any client, or secret is invalid)",
          "This grant type is not authorized for this client",
          "No user found for the given username and password"})
        QTest::newRow(reason) << QString::fromUtf8(reason);
}

void TestTestCredentials::tokenRefused()
{
    QFETCH(QString, reason);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, 422}, {u"message"_s, reason}})
                                .toJson(QJsonDocument::Compact);
    m_network->setAnswer("POST", u"/pim/api/oauth/v1/token"_s, FakeAnswer::json(422, body));
    auto *job = m_client->testCredentials(credentials(), u"wrong"_s);
    TestCredentialsJob::Step step = TestCredentialsJob::Step::Products;
    connect(job, &NetworkJob::failed, this, [&] { step = job->step(); });
    const ApiError error = runJob(job);
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.detail, reason); // the server's exact words
    QCOMPARE(error.message(), reason);
    QCOMPARE(step, TestCredentialsJob::Step::Token);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestTestCredentials::productsRefused_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid") << u"The access token provided is invalid."_s;
    QTest::newRow("expired") << u"The access token provided has expired."_s;
}

void TestTestCredentials::productsRefused()
{
    QFETCH(QString, reason);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, 401}, {u"message"_s, reason}})
                                .toJson(QJsonDocument::Compact);
    m_network->setAnswer("GET", u"/pim/api/rest/v1/products"_s, FakeAnswer::json(401, body));
    QSignalSpy signInFailed(m_client->session(), &PimSession::signInFailed);
    auto *job = m_client->testCredentials(credentials(), u"pw"_s);
    TestCredentialsJob::Step step = TestCredentialsJob::Step::Token;
    connect(job, &NetworkJob::failed, this, [&] { step = job->step(); });
    const ApiError error = runJob(job);
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.detail, reason);
    QCOMPARE(step, TestCredentialsJob::Step::Products);
    // A public API 401 is not the back-office session: no sign-in, no retry.
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(signInFailed.size(), 0);
}

void TestTestCredentials::failures_data()
{
    QTest::addColumn<FakeAnswer>("token");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("413") << FakeAnswer::empty(413) << Kind::Validation;
    QTest::newRow("415") << FakeAnswer::json(415, R"({"code":415,"message":"x"})")
                         << Kind::Validation;
    QTest::newRow("500") << FakeAnswer::html(500, "<html/>") << Kind::Server;
    QTest::newRow("refused") << FakeAnswer::failure(QNetworkReply::ConnectionRefusedError,
                                                    u"Connection refused"_s)
                             << Kind::Network;
    QTest::newRow("tls") << FakeAnswer::tls(QSslError::HostNameMismatch) << Kind::Tls;
    QTest::newRow("hangs") << FakeAnswer::hang() << Kind::Timeout;
}

void TestTestCredentials::failures()
{
    QFETCH(FakeAnswer, token);
    QFETCH(Kind, kind);
    m_network->setAnswer("POST", u"/pim/api/oauth/v1/token"_s, token);
    auto *job = m_client->testCredentials(credentials(), u"pw"_s);
    job->setTimeout(50);
    const ApiError error = runJob(job);
    QVERIFY2(error.kind == kind, kindName(error.kind));
}

void TestTestCredentials::malformedToken()
{
    m_network->setAnswer("POST", u"/pim/api/oauth/v1/token"_s,
                         FakeAnswer::json(200, R"({"access_token":""})"));
    QCOMPARE(runJob(m_client->testCredentials(credentials(), u"pw"_s)).kind, Kind::Malformed);
    m_network->setAnswer("POST", u"/pim/api/oauth/v1/token"_s,
                         FakeAnswer::html(200, "<html>login</html>"));
    QCOMPARE(runJob(m_client->testCredentials(credentials(), u"pw"_s)).kind, Kind::Malformed);
}

void TestTestCredentials::secretsAreNeverLogged()
{
    QStringList logs;
    capturedLogs = &logs;
    QLoggingCategory::setFilterRules(u"pim.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QVERIFY(!runJob(m_client->testCredentials(credentials(), u"9xY-pa$s"_s)).isError());
    m_network->setAnswer(
        "GET", u"/pim/api/rest/v1/products"_s,
        FakeAnswer::json(401, R"({"code":401,"message":"The access token provided is invalid."})"));
    QVERIFY(runJob(m_client->testCredentials(credentials(), u"9xY-pa$s"_s)).isError());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    capturedLogs = nullptr;
    QVERIFY(!logs.isEmpty());
    const QString all = logs.join(u'\n');
    QVERIFY(!all.contains(credentials().secret));
    QVERIFY(!all.contains(u"9xY-pa$s"_s));
    QVERIFY(!all.contains(u"NzFiYTM4"_s));
}

QTEST_MAIN(TestTestCredentials)
#include "tst_testcredentials.moc"
