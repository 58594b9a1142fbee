// The back-office session (docs/pim-api.md §1): form sign-in with the CSRF token, the cookie,
// "signed out" answers renewed once by signing in again, shared by jobs that hit it together.
#include "FakePim.h"
#include "net/PimSession.h"
#include "RouteTable.h"
#include "net/SignInJob.h"

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

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInGoesThroughTheForm();
    void signInUnderAPathPrefix();
    void wrongPasswordIsRefused();
    void pageWithoutFormIsNotAPim();
    void absoluteHttpLocationsBehindATlsProxy();
    void signInFailures_data();
    void signInFailures();
    void signInWithoutPasswordFails();
    void signInTwiceAtOnceSignsInOnce();
    void expiredSessionIsRenewedAndTheCallRetried();
    void redirectToLoginIsLikeA401();
    void callWhileSignedOutSignsInFirst();
    void retriesOnlyOnce();
    void concurrentExpirySharesOneSignIn();
    void lateExpiredAnswerRetriesWithoutSigningInAgain();
    void failedRenewalSignsOut();
    void unreachableDuringRenewalSaysSo();
    void noPasswordMeansSignedOut();
    void cancelWhileWaitingForRenewal();
    void signOutWhileWaitingForRenewal();
    void signOutTellsThePimAndForgetsCookieAndPassword();
    void changingTheAddressEndsTheSession();
    void secretsAreNeverLogged();
    void networkIsMadeAtTheFirstRequest();

private:
    void signIn();

    FakeNetworkAccessManager *m_network = nullptr;
    FakePim *m_pim = nullptr;
    PimClient *m_client = nullptr;
    PimSession *m_session = nullptr;
};

void TestSession::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_pim = new FakePim(m_network);
    m_client = new PimClient(m_network, this);
    m_session = m_client->session();
    QVERIFY(m_session->setBaseUrl(u"https://pim.test"_s));
    m_session->setCredentials(m_pim->username, m_pim->password);
    m_pim->protect("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]"));
    m_pim->protect("GET", u"/rest/user_role/"_s, FakeAnswer::json(200, "[]"));
    m_pim->protect("GET", u"/rest/user_group/"_s, FakeAnswer::json(200, "[]"));
}

void TestSession::cleanup()
{
    delete m_client;
    delete m_pim;
    delete m_network;
}

void TestSession::signIn()
{
    QSignalSpy signedIn(m_session, &PimSession::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(m_session->state(), PimSession::State::SignedIn);
}

void TestSession::signInGoesThroughTheForm()
{
    QSignalSpy states(m_session, &PimSession::stateChanged);
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    signIn();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(states.size(), 2); // SigningIn, SignedIn
    QCOMPARE(m_session->generation(), 1u);

    const QList<RecordedRequest> requests = m_network->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path(), u"/user/login"_s);
    const RecordedRequest &post = requests.at(1);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path(), u"/user/login-check"_s);
    QCOMPARE(post.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(post.header("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QCOMPARE(post.cookieHeader, QByteArray("BAPID=anon1")); // the cookie of step 1
    const QUrlQuery form = post.form();
    QCOMPARE(form.queryItemValue(u"_username"_s, QUrl::FullyDecoded), m_pim->username);
    QCOMPARE(form.queryItemValue(u"_password"_s, QUrl::FullyDecoded), m_pim->password);
    QCOMPARE(form.queryItemValue(u"_csrf_token"_s, QUrl::FullyDecoded), u"tok-1_x/+="_s);
    QVERIFY(form.hasQueryItem(u"_target_path"_s));
    QCOMPARE(form.queryItemValue(u"_target_path"_s), QString());

    // Later calls carry the authenticated cookie.
    QVERIFY(!runJob(m_client->listConnections()).isError());
    QCOMPARE(m_network->last().cookieHeader, QByteArray("BAPID=auth2"));
    QCOMPARE(m_pim->loginChecks(), 1);
}

void TestSession::signInUnderAPathPrefix()
{
    FakeNetworkAccessManager network;
    FakePim pim(&network, u"/pim"_s);
    pim.protect("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]"));
    pim.redirectWhenSignedOut = true;
    PimClient client(&network);
    QVERIFY(client.session()->setBaseUrl(u"https://pim.test/pim/"_s));
    client.session()->setCredentials(pim.username, pim.password);
    // Signed out: the 302 to /pim/user/login makes the job sign in, then retry.
    QVERIFY(!runJob(client.listConnections()).isError());
    QCOMPARE(pim.successfulSignIns(), 1);
    QCOMPARE(network.count("GET", u"/pim/rest/connections"_s), 2);

    // A wrong password sends back to /pim/user/login: refused.
    client.session()->setCredentials(pim.username, u"wrong"_s);
    QSignalSpy failed(client.session(), &PimSession::signInFailed);
    client.session()->signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::SignInRefused);
}

void TestSession::wrongPasswordIsRefused()
{
    m_session->setCredentials(m_pim->username, u"wrong"_s);
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    QSignalSpy signedOut(m_session, &PimSession::signedOut);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, Kind::SignInRefused);
    QVERIFY(error.message().contains(u"username or password"_s));
    QCOMPARE(m_session->state(), PimSession::State::SignedOut);
    QCOMPARE(m_session->lastError().kind, Kind::SignInRefused);
    QCOMPARE(signedOut.size(), 0); // it was never signed in
}

void TestSession::pageWithoutFormIsNotAPim()
{
    m_network->setHandler("GET", u"/user/login"_s, [](const RecordedRequest &) {
        return FakeAnswer::html(200, "<html><h1>Welcome to nginx!</h1></html>");
    });
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, Kind::Malformed);
    QVERIFY(error.detail.contains(u"Akeneo PIM"_s));
    QCOMPARE(m_network->count("POST", u"/user/login-check"_s), 0);
}

void TestSession::absoluteHttpLocationsBehindATlsProxy()
{
    // Symfony behind a TLS-terminating proxy writes absolute http:// locations.
    QByteArray target = "http://pim.test/";
    m_network->setHandler("POST", u"/user/login-check"_s, [&target](const RecordedRequest &) {
        return FakeAnswer::redirect(target).withHeader("Set-Cookie", "BAPID=proxied; path=/");
    });
    signIn();
    QCOMPARE(m_network->last().path(), u"/user/login-check"_s);

    target = "http://pim.test/user/login";
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::SignInRefused);

    // A protected route's redirect to the http login page means "signed out" too.
    m_session->forgetPassword();
    m_network->setAnswer("GET", u"/rest/connections/max-limit-reached"_s,
                         FakeAnswer::redirect("http://pim.test/user/login"));
    QCOMPARE(runJob(m_client->maxLimitReached()).kind, Kind::SignedOut);
}

void TestSession::signInFailures_data()
{
    QTest::addColumn<FakeAnswer>("loginPage");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("refused") << FakeAnswer::failure(QNetworkReply::ConnectionRefusedError,
                                                    u"Connection refused"_s)
                             << Kind::Network << u"Connection refused"_s;
    QTest::newRow("unknown host") << FakeAnswer::failure(QNetworkReply::HostNotFoundError,
                                                         u"Host pim.test not found"_s)
                                  << Kind::Network << u"Host pim.test not found"_s;
    QTest::newRow("self-signed certificate")
        << FakeAnswer::tls(QSslError::SelfSignedCertificate) << Kind::Tls
        << QSslError(QSslError::SelfSignedCertificate).errorString();
    QTest::newRow("expired certificate")
        << FakeAnswer::tls(QSslError::CertificateExpired) << Kind::Tls
        << QSslError(QSslError::CertificateExpired).errorString();
    QTest::newRow("hangs") << FakeAnswer::hang() << Kind::Timeout << QString();
    QTest::newRow("500") << FakeAnswer::html(500, "<html/>") << Kind::Server << QString();
    QTest::newRow("http to https")
        << FakeAnswer::redirect("https://pim.test:8443/user/login", 301) << Kind::Server
        << u"redirected to https://pim.test:8443/user/login"_s;
}

void TestSession::signInFailures()
{
    QFETCH(FakeAnswer, loginPage);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    m_session->setJobTimeout(50);
    m_network->setHandler("GET", u"/user/login"_s,
                          [loginPage](const RecordedRequest &) { return loginPage; });
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY2(error.kind == kind, kindName(error.kind));
    if (!detail.isEmpty())
        QCOMPARE(error.detail, detail);
    QCOMPARE(m_session->state(), PimSession::State::SignedOut);
    // Not reached at all: the message names the address that was tried.
    const bool unreached = kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls;
    QCOMPARE(error.address, unreached ? m_session->baseUrl() : QUrl());
    if (unreached)
        QVERIFY2(error.message().contains(u"https://pim.test"_s), qPrintable(error.message()));
}

void TestSession::signInWithoutPasswordFails()
{
    m_session->setCredentials(m_pim->username, QString());
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    m_session->signIn();
    QCOMPARE(failed.size(), 0); // from the event loop
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::SignInRefused);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestSession::signInTwiceAtOnceSignsInOnce()
{
    QSignalSpy signedIn(m_session, &PimSession::signedIn);
    m_session->signIn();
    m_session->signIn();
    QVERIFY(signedIn.wait(5000));
    QTest::qWait(20);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_pim->loginChecks(), 1);
}

void TestSession::expiredSessionIsRenewedAndTheCallRetried()
{
    signIn();
    m_pim->expireSessions();
    QSignalSpy signedIn(m_session, &PimSession::signedIn);
    QSignalSpy signedOut(m_session, &PimSession::signedOut);
    auto *job = m_client->listConnections();
    QSignalSpy result(job, &ListConnectionsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    QCOMPARE(m_pim->loginChecks(), 2);
    QCOMPARE(m_network->count("GET", u"/rest/connections"_s), 2);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(m_session->generation(), 2u);
}

void TestSession::redirectToLoginIsLikeA401()
{
    m_pim->redirectWhenSignedOut = true;
    signIn();
    m_pim->expireSessions();
    QVERIFY(!runJob(m_client->listConnections()).isError());
    QCOMPARE(m_pim->loginChecks(), 2);
    QCOMPARE(m_network->count("GET", u"/rest/connections"_s), 2);
}

void TestSession::callWhileSignedOutSignsInFirst()
{
    QSignalSpy signedIn(m_session, &PimSession::signedIn);
    QVERIFY(!runJob(m_client->listConnections()).isError());
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_pim->successfulSignIns(), 1);
}

void TestSession::retriesOnlyOnce()
{
    signIn();
    // A route that says 401 even to a fresh session.
    m_network->setAnswer("GET", u"/rest/connections/max-limit-reached"_s,
                         FakeAnswer::html(401, "<html>login</html>"));
    const ApiError error = runJob(m_client->maxLimitReached());
    QCOMPARE(error.kind, Kind::SignedOut);
    QCOMPARE(m_network->count("GET", u"/rest/connections/max-limit-reached"_s), 2);
    QCOMPARE(m_pim->loginChecks(), 2); // one renewal, not two
}

void TestSession::concurrentExpirySharesOneSignIn()
{
    signIn();
    m_pim->expireSessions();
    QList<NetworkJob *> jobs{m_client->listConnections(), m_client->userRoles(),
                             m_client->userGroups(), m_client->listConnections()};
    QList<QSharedPointer<QSignalSpy>> spies;
    for (NetworkJob *job : jobs) {
        spies.append(QSharedPointer<QSignalSpy>::create(job, &NetworkJob::finished));
        job->start();
    }
    for (const auto &spy : spies) {
        QVERIFY(spy->size() == 1 || spy->wait(5000));
        QVERIFY(!spy->first().first().value<ApiError>().isError());
    }
    QCOMPARE(m_pim->loginChecks(), 2); // the first sign-in, and ONE renewal
    QCOMPARE(m_pim->loginPages(), 2);
}

void TestSession::lateExpiredAnswerRetriesWithoutSigningInAgain()
{
    signIn();
    m_pim->expireSessions();
    // The roles' 401 arrives late, after the list's renewal has signed in again.
    m_pim->protect("GET", u"/rest/user_role/"_s, FakeAnswer::json(200, "[]"));
    m_network->queueAnswer("GET", u"/rest/user_role/"_s,
                           FakeAnswer::html(401, "<html/>").delayed(300));
    auto *list = m_client->listConnections();
    auto *roles = m_client->userRoles();
    QSignalSpy rolesDone(roles, &NetworkJob::finished);
    list->start();
    roles->start();
    QVERIFY(rolesDone.wait(5000));
    QVERIFY(!rolesDone.first().first().value<ApiError>().isError());
    QCOMPARE(m_pim->loginChecks(), 2);
    QCOMPARE(m_network->count("GET", u"/rest/user_role/"_s), 2);
}

void TestSession::failedRenewalSignsOut()
{
    signIn();
    m_pim->expireSessions();
    m_pim->password = u"changed by someone"_s;
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    QSignalSpy signedOut(m_session, &PimSession::signedOut);
    const ApiError error = runJob(m_client->listConnections());
    QCOMPARE(error.kind, Kind::SignedOut);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::SignInRefused);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(m_session->state(), PimSession::State::SignedOut);
}

void TestSession::unreachableDuringRenewalSaysSo()
{
    signIn();
    m_pim->expireSessions();
    m_network->setHandler("GET", u"/user/login"_s, [](const RecordedRequest &) {
        return FakeAnswer::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
    });
    const ApiError error = runJob(m_client->listConnections());
    QCOMPARE(error.kind, Kind::Network);
    QVERIFY2(error.message().startsWith(u"Cannot reach https://pim.test: Connection refused."_s),
             qPrintable(error.message()));
}

void TestSession::noPasswordMeansSignedOut()
{
    signIn();
    m_session->forgetPassword();
    m_pim->expireSessions();
    QSignalSpy signedOut(m_session, &PimSession::signedOut);
    QCOMPARE(runJob(m_client->listConnections()).kind, Kind::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(m_pim->loginChecks(), 1);
}

void TestSession::cancelWhileWaitingForRenewal()
{
    signIn();
    m_pim->expireSessions();
    m_network->queueAnswer("GET", u"/user/login"_s,
                           FakeAnswer::html(200, FakePim::loginPage("x")).delayed(200));
    auto *job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    QTRY_COMPARE(m_session->state(), PimSession::State::SigningIn);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::Cancelled);
    QTRY_VERIFY(m_session->state() != PimSession::State::SigningIn);
    QTest::qWait(20);
    QCOMPARE(m_network->count("GET", u"/rest/connections"_s), 1); // no retry
}

void TestSession::signOutWhileWaitingForRenewal()
{
    signIn();
    m_pim->expireSessions();
    m_network->queueAnswer("GET", u"/user/login"_s, FakeAnswer::hang());
    auto *job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    QTRY_COMPARE(m_session->state(), PimSession::State::SigningIn);
    m_session->signOut();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::SignedOut);
    QCOMPARE(m_network->abortedReplies(), 1); // the sign-in's page
}

void TestSession::signOutTellsThePimAndForgetsCookieAndPassword()
{
    signIn();
    QSignalSpy signedOut(m_session, &PimSession::signedOut);
    m_session->signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(m_session->state(), PimSession::State::SignedOut);
    QVERIFY(!m_session->hasPassword());
    const RecordedRequest logout = m_network->last();
    QCOMPARE(logout.path(), u"/user/logout"_s);
    QCOMPARE(logout.cookieHeader, QByteArray("BAPID=auth2"));
    QVERIFY(logout.request.transferTimeout() > 0);
    // The cookie is gone, and no password: a call stays signed out.
    QCOMPARE(runJob(m_client->listConnections()).kind, Kind::SignedOut);
    QCOMPARE(m_network->last().cookieHeader, QByteArray());
    m_session->signOut(); // again: nothing
    QCOMPARE(signedOut.size(), 1);
}

void TestSession::changingTheAddressEndsTheSession()
{
    signIn();
    QVERIFY(m_session->setBaseUrl(u"https://pim.test/"_s)); // the same: nothing changes
    QCOMPARE(m_session->state(), PimSession::State::SignedIn);
    QString why;
    QVERIFY(!m_session->setBaseUrl(u"ftp://pim.test"_s, &why));
    QCOMPARE(m_session->state(), PimSession::State::SignedIn);
    QVERIFY(!why.isEmpty());
    QVERIFY(m_session->setBaseUrl(u"https://other.test"_s));
    QCOMPARE(m_session->state(), PimSession::State::SignedOut);
    QVERIFY(m_session->hasPassword());
    QCOMPARE(m_session->baseUrl().toString(), u"https://other.test"_s);
}

void TestSession::secretsAreNeverLogged()
{
    QStringList logs;
    capturedLogs = &logs;
    QLoggingCategory::setFilterRules(u"pim.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    signIn();
    m_pim->expireSessions();
    QVERIFY(!runJob(m_client->listConnections()).isError());
    m_session->setCredentials(m_pim->username, u"wrong-pass"_s);
    QSignalSpy failed(m_session, &PimSession::signInFailed);
    m_session->signIn();
    QVERIFY(failed.wait(5000));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    capturedLogs = nullptr;

    QVERIFY(logs.size() > 5); // the categories did log
    const QString all = logs.join(u'\n');
    QVERIFY(!all.contains(m_pim->password));
    QVERIFY(!all.contains(u"wrong-pass"_s));
    QVERIFY(!all.contains(u"tok-"_s)); // CSRF tokens
    QVERIFY(!all.contains(u"auth"_s)); // session cookies
    QVERIFY(!all.contains(u"anon"_s));
}

void TestSession::networkIsMadeAtTheFirstRequest()
{
    int made = 0;
    PimSession lazy([&]() -> QNetworkAccessManager * {
        ++made;
        return m_network;
    });
    // Setting it up, and ending a session that never began, make no network manager.
    QVERIFY(lazy.setBaseUrl(u"https://other.test"_s));
    lazy.setCredentials(m_pim->username, m_pim->password);
    QVERIFY(lazy.setBaseUrl(u"https://pim.test"_s)); // ends the session: its cookies go
    QCOMPARE(made, 0);

    // The first request makes it; the next ones use the same.
    QSignalSpy signedIn(&lazy, &PimSession::signedIn);
    lazy.signIn();
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(made, 1);
    QCOMPARE(lazy.network(), m_network);
    QCOMPARE(m_network->requests().size(), 2);
    lazy.setCredentials(m_pim->username + u"2"_s, m_pim->password); // ends the session
    lazy.setCredentials(m_pim->username, m_pim->password);
    lazy.signIn();
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(made, 1);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
