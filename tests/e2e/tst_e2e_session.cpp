// Signing in to the back office (docs/pim-api.md §1) with the real PimSession: success,
// refusal, a user without "Manage connections settings" (1.5), a session that expires while
// the client is in use (1.4) and signing out.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "E2eImages.h"
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "HttpClient.h"
#include "net/PimNetworkAccessManager.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

bool containsCode(const QList<Connection> &list, const QString &code)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&code](const Connection &c) { return c.code == code; });
}

QByteArray sessionCookie(PimClient &client)
{
    const auto cookies = client.network()->cookieJar()->cookiesForUrl(client.session()->baseUrl());
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "BAPID")
            return cookie.value();
    }
    return {};
}

} // namespace

class TestE2eSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void signInThenList();
    void refusedSignIn();
    void wrongPasswordOfARealUser();
    void viewerListsButIsForbiddenTheRest();
    void expiredSessionIsRenewedTransparently();
    void parallelCallsShareOneRenewal();
    void slowUploadAcrossAnExpiredSession();
    void signOutEndsTheSessionOnThePim();

private:
    E2eTarget m_target;
};

void TestE2eSession::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    qInfo("running against %s", qPrintable(m_target.describe()));
}

void TestE2eSession::cleanup()
{
    const QStringList problems = m_target.cleanup();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestE2eSession::cleanupTestCase()
{
    cleanup();
}

void TestE2eSession::signInThenList()
{
    const auto client = m_target.newClient(m_target.admin());
    PimSession *session = client->session();
    QSignalSpy states(session, &PimSession::stateChanged);
    E2E_VERIFY_OK(E2e::signIn(session));
    QCOMPARE(session->state(), PimSession::State::SignedIn);
    QCOMPARE(states.size(), 2); // SigningIn, SignedIn
    QCOMPARE(session->lastError().kind, Kind::None);
    QVERIFY(!sessionCookie(*client).isEmpty() || !m_target.isSandbox());

    const auto list = E2e::call(client->listConnections(), &ListConnectionsJob::succeeded);
    E2E_VERIFY_OK(list.error);
    for (const Connection &connection : list.value)
        QCOMPARE(connection.type, u"default"_s); // the settings page's search (docs/pim-api.md §2)
}

void TestE2eSession::refusedSignIn()
{
    // A user that does not exist: no real account is put at risk of being locked.
    const QString nobody = E2eTarget::randomCode() + u"_nobody"_s;
    const auto client = m_target.newClient({nobody, u"not-a-password-42"_s});
    const ApiError error = E2e::signIn(client->session());
    E2E_COMPARE_KIND(error, Kind::SignInRefused);
    QCOMPARE(client->session()->state(), PimSession::State::SignedOut);
    QCOMPARE(client->session()->lastError().kind, Kind::SignInRefused);
    QVERIFY(!error.message().isEmpty());

    // A call made now signs in first, is refused again, and says the user is signed out.
    const ApiError listError = E2e::run(client->listConnections());
    E2E_COMPARE_KIND(listError, Kind::SignedOut);
}

void TestE2eSession::wrongPasswordOfARealUser()
{
    E2E_REQUIRE_SANDBOX(m_target, "a wrong password could lock a real account");
    const auto client =
        m_target.newClient({m_target.admin().username, m_target.admin().password + u"x"_s});
    E2E_COMPARE_KIND(E2e::signIn(client->session()), Kind::SignInRefused);
    // The right password still works: nothing was locked.
    client->session()->setCredentials(m_target.admin().username, m_target.admin().password);
    E2E_VERIFY_OK(E2e::signIn(client->session()));
}

void TestE2eSession::viewerListsButIsForbiddenTheRest()
{
    E2E_REQUIRE_VIEWER(m_target);
    const auto admin = m_target.newClient(m_target.admin());
    const QString code = m_target.newCode();
    const auto created =
        E2e::call(admin->createConnection(code, u"E2E viewer check"_s, FlowType::Destination),
                  &CreateConnectionJob::succeeded);
    E2E_VERIFY_OK(created.error);

    const auto viewer = m_target.newClient(m_target.viewer());
    E2E_VERIFY_OK(E2e::signIn(viewer->session()));
    // Section 1.5: listing does not need the right...
    const auto list = E2e::call(viewer->listConnections(), &ListConnectionsJob::succeeded);
    E2E_VERIFY_OK(list.error);
    QVERIFY(containsCode(list.value, code));

    // ...everything else does: 403, never signed out (the session stays).
    E2E_COMPARE_KIND(E2e::run(viewer->getConnection(code)), Kind::Forbidden);
    const QString refusedCode = m_target.newCode();
    E2E_COMPARE_KIND(
        E2e::run(viewer->createConnection(refusedCode, u"E2E refused"_s, FlowType::Source)),
        Kind::Forbidden);
    ConnectionUpdate update = ConnectionUpdate::from(created.value);
    update.label = u"E2E changed by a viewer"_s;
    E2E_COMPARE_KIND(E2e::run(viewer->updateConnection(update)), Kind::Forbidden);
    E2E_COMPARE_KIND(E2e::run(viewer->regenerateSecretAndGet(code)), Kind::Forbidden);
    E2E_COMPARE_KIND(E2e::run(viewer->regeneratePassword(code)), Kind::Forbidden);
    E2E_COMPARE_KIND(E2e::run(viewer->deleteConnection(code)), Kind::Forbidden);
    QCOMPARE(viewer->session()->state(), PimSession::State::SignedIn);

    // Nothing changed: same label, same secret, and the refused creation did not happen.
    const auto after = E2e::call(admin->getConnection(code), &GetConnectionJob::succeeded);
    E2E_VERIFY_OK(after.error);
    QCOMPARE(after.value.connection.label, u"E2E viewer check"_s);
    QCOMPARE(after.value.credentials.secret, created.value.credentials.secret);
    E2E_COMPARE_KIND(E2e::run(admin->getConnection(refusedCode)), Kind::NotFound);
}

void TestE2eSession::expiredSessionIsRenewedTransparently()
{
    E2E_REQUIRE_SANDBOX(m_target, "a session lifetime of 2 s");
    E2eTarget shortSessions;
    SandboxProcess::Options options = E2eTarget::sandboxOptions();
    options.extraArguments = {u"--session-ttl"_s, u"2"_s};
    QVERIFY2(shortSessions.startSandbox(options), qPrintable(shortSessions.errorString()));

    const auto client = shortSessions.newClient(shortSessions.admin());
    PimSession *session = client->session();
    E2E_VERIFY_OK(E2e::signIn(session));
    const QByteArray firstCookie = sessionCookie(*client);
    E2E_VERIFY_OK(E2e::run(client->listConnections()));

    QSignalSpy signedIn(session, &PimSession::signedIn);
    QSignalSpy signedOut(session, &PimSession::signedOut);
    // Sessions end after 2 idle seconds; every use of the cookie (even this check) would
    // keep it alive, so: wait, then check once from the outside that it is over.
    QTest::qWait(3000);
    HttpClient outside(shortSessions.url());
    outside.setSessionCookie(firstCookie);
    QCOMPARE(outside.get(u"/rest/connections"_s).status, 401);

    // The PIM has ended the session: the next call signs in again by itself and succeeds.
    const auto list = E2e::call(client->listConnections(), &ListConnectionsJob::succeeded);
    E2E_VERIFY_OK(list.error);
    QVERIFY(!list.value.isEmpty()); // the demo connections
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(session->state(), PimSession::State::SignedIn);
    QVERIFY(sessionCookie(*client) != firstCookie);

    // Without the password the client cannot renew it: SignedOut, and the session says so.
    session->forgetPassword();
    const QByteArray secondCookie = sessionCookie(*client);
    QTest::qWait(3000);
    outside.setSessionCookie(secondCookie);
    QCOMPARE(outside.get(u"/rest/connections"_s).status, 401);
    const ApiError error = E2e::run(client->listConnections());
    E2E_COMPARE_KIND(error, Kind::SignedOut);
    QCOMPARE(session->state(), PimSession::State::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(signedIn.size(), 1);
}

void TestE2eSession::parallelCallsShareOneRenewal()
{
    E2E_REQUIRE_SANDBOX(m_target, "a session lifetime of 4 s");
    E2eTarget shortSessions;
    SandboxProcess::Options options = E2eTarget::sandboxOptions();
    // Idle seconds: long enough for the five calls sent again (an upload among them) to reach
    // the PIM within the new session on two busy cores.
    options.extraArguments = {u"--session-ttl"_s, u"4"_s};
    QVERIFY2(shortSessions.startSandbox(options), qPrintable(shortSessions.errorString()));
    QTemporaryDir files;
    const QString logo = files.filePath(u"e2e.png"_s);
    QVERIFY(E2eImages::writePng(logo, Qt::darkGreen));

    const auto client = shortSessions.newClient(shortSessions.admin());
    PimSession *session = client->session();
    E2E_VERIFY_OK(E2e::signIn(session));
    ConnectionsController controller(client.get());
    QSignalSpy refreshed(&controller, &ConnectionsController::refreshed);
    QSignalSpy signedIn(session, &PimSession::signedIn);
    QTest::qWait(5000); // the session is over on the PIM

    // Five calls at once, of every kind (GET, JSON POST, multipart POST), all meet the end
    // of the session: one sign-in, then each is sent again once and succeeds.
    auto *create =
        client->createConnection(shortSessions.newCode(), u"E2E after expiry"_s, FlowType::Source);
    auto *upload = client->uploadImage(logo);
    QSignalSpy created(create, &CreateConnectionJob::succeeded);
    QSignalSpy uploaded(upload, &UploadImageJob::succeeded);
    QSignalSpy createDone(create, &NetworkJob::finished);
    QSignalSpy uploadDone(upload, &NetworkJob::finished);
    controller.refresh(); // three calls in parallel
    create->start();
    upload->start();
    QTRY_VERIFY_WITH_TIMEOUT(!createDone.isEmpty() && !uploadDone.isEmpty() && !controller.isBusy(),
                             E2e::WaitMs);
    QVERIFY2(created.size() == 1,
             qPrintable(E2e::describe(qvariant_cast<ApiError>(createDone.constFirst().first()))));
    QVERIFY2(uploaded.size() == 1,
             qPrintable(E2e::describe(qvariant_cast<ApiError>(uploadDone.constFirst().first()))));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(controller.model()->rowCount() >= 3); // the demo connections, at least
}

// How the late "signed out" cookie bug was found (see tst_realnetwork's
// lateSignedOutAnswerKeepsTheRenewedSession for the exact sequence): a big upload still on its
// way when quicker calls have already signed in again; its 401 comes last, with a new anonymous
// cookie that must not replace the signed-in one.
void TestE2eSession::slowUploadAcrossAnExpiredSession()
{
    E2E_REQUIRE_SANDBOX(m_target, "a session lifetime of 4 s");
    E2eTarget shortSessions;
    SandboxProcess::Options options = E2eTarget::sandboxOptions();
    // Idle seconds: long enough for the retried upload (2.9 MB, the new session's first
    // request) to reach the PIM on two busy cores, where 2 s was not always.
    options.extraArguments = {u"--session-ttl"_s, u"4"_s};
    QVERIFY2(shortSessions.startSandbox(options), qPrintable(shortSessions.errorString()));
    QTemporaryDir files;
    const QString big = files.filePath(u"noise.png"_s);
    QVERIFY(E2eImages::writeNoisePng(big, QSize(900, 800), 42)); // about 2.9 MB

    const auto client = shortSessions.newClient(shortSessions.admin());
    PimSession *session = client->session();
    E2E_VERIFY_OK(E2e::signIn(session));
    QSignalSpy signedIn(session, &PimSession::signedIn);
    QTest::qWait(5000); // the session is over on the PIM

    QList<NetworkJob *> jobs{client->uploadImage(big)};
    for (int i = 0; i < 3; ++i)
        jobs.append(client->listConnections());
    QList<std::shared_ptr<QSignalSpy>> done;
    for (NetworkJob *job : std::as_const(jobs))
        done.append(std::make_shared<QSignalSpy>(job, &NetworkJob::finished));
    for (NetworkJob *job : std::as_const(jobs))
        job->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(done.cbegin(), done.cend(), [](const auto &spy) { return !spy->isEmpty(); }),
        E2e::WaitMs);
    for (const auto &spy : std::as_const(done))
        E2E_VERIFY_OK(qvariant_cast<ApiError>(spy->constFirst().first()));
    QCOMPARE(signedIn.size(), 1);
    // And the session kept is the signed-in one.
    E2E_VERIFY_OK(E2e::run(client->listConnections()));
    QCOMPARE(signedIn.size(), 1);
}

void TestE2eSession::signOutEndsTheSessionOnThePim()
{
    const auto client = m_target.newClient(m_target.admin());
    E2E_VERIFY_OK(E2e::signIn(client->session()));
    const QByteArray cookie = sessionCookie(*client);
    if (cookie.isEmpty())
        QSKIP("this PIM's session cookie is not named BAPID");
    HttpClient outside(m_target.url());
    outside.setSessionCookie(cookie);
    QCOMPARE(outside.get(u"/rest/connections"_s).status, 200);

    QSignalSpy signedOut(client->session(), &PimSession::signedOut);
    client->session()->signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!client->session()->hasPassword());
    QVERIFY(sessionCookie(*client).isEmpty());
    // The PIM was told (GET /user/logout, best effort): the old cookie no longer works.
    QTRY_COMPARE_WITH_TIMEOUT(outside.get(u"/rest/connections"_s).status, 401, 15000);
    // And the client does not sign in again by itself.
    E2E_COMPARE_KIND(E2e::run(client->listConnections()), Kind::SignedOut);
}

QTEST_MAIN(TestE2eSession)
#include "tst_e2e_session.moc"
