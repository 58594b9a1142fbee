// When the PIM does not answer: a server that hangs (a paused sandbox) ends in Timeout, a
// stopped one and an address nobody listens on in Network, never in a hang; what the overview
// showed stays shown.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "E2eJobs.h"
#include "E2eTarget.h"

#include <QTcpServer>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestE2eFailures : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void hangingServerTimesOut();
    void stoppedServerIsANetworkError();
    void nobodyListening();

private:
    static ApiError refreshError(ConnectionsController &controller);

    // Every test here makes its own server (or none): nothing is started for the suite, and
    // nothing is created on a PIM given with PIM_E2E_URL.
    qint64 m_pausedPid = 0;
};

void TestE2eFailures::cleanup()
{
    if (m_pausedPid > 0) {
        ::kill(pid_t(m_pausedPid), SIGCONT);
        m_pausedPid = 0;
    }
}

ApiError TestE2eFailures::refreshError(ConnectionsController &controller)
{
    QSignalSpy refreshed(&controller, &ConnectionsController::refreshed);
    QSignalSpy failed(&controller, &ConnectionsController::errorOccurred);
    controller.refresh();
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, E2e::WaitMs))
        return ApiError::make(Kind::Cancelled, 0, u"e2e: the refresh never ended"_s);
    return failed.isEmpty() ? ApiError() : qvariant_cast<ApiError>(failed.constFirst().first());
}

void TestE2eFailures::hangingServerTimesOut()
{
    if (E2eTarget::remoteRequested())
        QSKIP("needs pim-sandbox (pausing the server); skipped on a PIM given with PIM_E2E_URL");
    E2eTarget hanging;
    QVERIFY2(hanging.startSandbox(E2eTarget::sandboxOptions()), qPrintable(hanging.errorString()));
    const auto client = hanging.newClient(hanging.admin());
    E2E_VERIFY_OK(E2e::signIn(client->session()));
    ConnectionsController controller(client.get());
    E2E_VERIFY_OK(refreshError(controller));
    const int rows = controller.model()->rowCount();
    QVERIFY(rows > 0); // the demo connections

    // Paused: connections are accepted by the kernel, nothing is ever answered.
    client->session()->setJobTimeout(1500);
    m_pausedPid = hanging.sandbox()->processId();
    QVERIFY(m_pausedPid > 0);
    QCOMPARE(::kill(pid_t(m_pausedPid), SIGSTOP), 0);

    E2E_COMPARE_KIND(E2e::run(client->getConnection(u"erp"_s)), Kind::Timeout);
    const ApiError refreshFailure = refreshError(controller);
    E2E_COMPARE_KIND(refreshFailure, Kind::Timeout);
    QVERIFY(!refreshFailure.message().isEmpty());
    QCOMPARE(controller.model()->rowCount(), rows); // what was shown stays shown
    QVERIFY(!controller.isBusy());
    // A sign-in to it ends too.
    const auto other = hanging.newClient(hanging.admin());
    other->session()->setJobTimeout(1500);
    E2E_COMPARE_KIND(E2e::signIn(other->session()), Kind::Timeout);

    // Resumed: the same client carries on.
    QCOMPARE(::kill(pid_t(m_pausedPid), SIGCONT), 0);
    m_pausedPid = 0;
    client->session()->setJobTimeout(PimSession::DefaultJobTimeoutMs);
    E2E_VERIFY_OK(refreshError(controller));
    QCOMPARE(controller.model()->rowCount(), rows);
}

void TestE2eFailures::stoppedServerIsANetworkError()
{
    if (E2eTarget::remoteRequested())
        QSKIP("needs pim-sandbox (stopping the server); skipped on a PIM given with PIM_E2E_URL");
    E2eTarget stopped;
    QVERIFY2(stopped.startSandbox(E2eTarget::sandboxOptions()), qPrintable(stopped.errorString()));
    const auto client = stopped.newClient(stopped.admin());
    ConnectionsController controller(client.get());
    E2E_VERIFY_OK(refreshError(controller)); // signs in by itself
    const int rows = controller.model()->rowCount();

    stopped.sandbox()->stop();
    const ApiError listFailure = E2e::run(client->listConnections());
    E2E_COMPARE_KIND(listFailure, Kind::Network);
    // The message names the address that was tried.
    QVERIFY2(listFailure.message().startsWith(u"Cannot reach "_s +
                                              client->session()->baseUrl().toDisplayString()),
             qPrintable(listFailure.message()));
    E2E_COMPARE_KIND(refreshError(controller), Kind::Network);
    QCOMPARE(controller.model()->rowCount(), rows);
    QVERIFY(!controller.isBusy());
    const auto fresh = stopped.newClient(stopped.admin());
    E2E_COMPARE_KIND(E2e::signIn(fresh->session()), Kind::Network);
    // A call while signed out tries to sign in, and says why it could not.
    E2E_COMPARE_KIND(E2e::run(fresh->listConnections()), Kind::Network);
}

void TestE2eFailures::nobodyListening()
{
    // A loopback port that was free a moment ago: refused at once, on any machine.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    PimClient client;
    QVERIFY(client.session()->setBaseUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    client.session()->setCredentials(u"admin"_s, u"admin"_s);
    E2E_COMPARE_KIND(E2e::signIn(client.session()), Kind::Network);
    E2E_COMPARE_KIND(E2e::run(client.createConnection(E2eTarget::randomCode(), u"E2E nowhere"_s,
                                                      FlowType::Source)),
                     Kind::Network);
}

QTEST_MAIN(TestE2eFailures)
#include "tst_e2e_failures.moc"
