// ConnectionsController: a refresh is the list, the wrong credentials and the limit, applied
// to the model as a diff; its state (busy, limit, last refresh, errors) comes as signals.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "FakePim.h"
#include "ModelTestHelpers.h"
#include "net/PimSession.h"
#include "RouteTable.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray twoConnections =
    R"([{"code":"erp","label":"ERP","flowType":"data_source","image":null,"auditable":true,"type":"default"},)"
    R"({"code":"shop","label":"Shop","flowType":"data_destination","image":null,"auditable":false,"type":"default"}])";
const QByteArray wrongShop =
    R"({"shop":{"code":"shop","users":[{"username":"erp_0427","date":"2020-01-02T12:34:23+00:00"}]}})";
const QDateTime fixedNow(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);

} // namespace

class TestConnectionsController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refreshFeedsTheModelAndTheState();
    void secondRefreshIsADiff();
    void refreshWhileBusyRunsAgainAfter();
    void listFailureKeepsTheRows();
    void secondaryFailureStillAppliesTheList();
    void limitReachedChangesOnlyWhenItChanges();
    void expiredSessionIsRenewedOnceForTheWholeRefresh();
    void cancel();

private:
    bool refresh();

    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
    ConnectionsController *m_controller = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestConnectionsController::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new PimClient(m_network, this);
    QVERIFY(m_client->session()->setBaseUrl(u"https://pim.test"_s));
    m_controller = new ConnectionsController(m_client, this);
    m_controller->setClock([] { return fixedNow; });
    m_tester = new QAbstractItemModelTester(
        m_controller->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, twoConnections));
    m_network->setAnswer("GET", u"/rest/connections/wrong-credentials-combination"_s,
                         FakeAnswer::json(200, wrongShop));
    m_network->setAnswer("GET", u"/rest/connections/max-limit-reached"_s,
                         FakeAnswer::json(200, R"({"limitReached":false})"));
}

void TestConnectionsController::cleanup()
{
    delete m_tester;
    delete m_controller;
    delete m_client;
    delete m_network;
}

bool TestConnectionsController::refresh()
{
    QSignalSpy busy(m_controller, &ConnectionsController::busyChanged);
    m_controller->refresh();
    return busy.wait(5000) && (busy.size() == 2 || busy.wait(5000)) && !m_controller->isBusy();
}

void TestConnectionsController::refreshFeedsTheModelAndTheState()
{
    QSignalSpy busy(m_controller, &ConnectionsController::busyChanged);
    QSignalSpy refreshed(m_controller, &ConnectionsController::refreshed);
    QSignalSpy when(m_controller, &ConnectionsController::lastRefreshedChanged);
    QSignalSpy errors(m_controller, &ConnectionsController::errorOccurred);
    m_controller->refresh();
    QVERIFY(m_controller->isBusy());
    QCOMPARE(busy.size(), 1);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(1).first().toBool(), false);
    QCOMPARE(errors.size(), 0);
    ConnectionListModel *model = m_controller->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1).data(ConnectionListModel::CodeRole).toString(), u"shop"_s);
    QVERIFY(model->index(1).data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QVERIFY(!model->index(0).data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QCOMPARE(m_controller->lastRefreshed(), fixedNow);
    QCOMPARE(when.size(), 1);
    QVERIFY(!m_controller->limitReached());
    QVERIFY(m_controller->wrongCredentials().contains(u"shop"_s));
}

void TestConnectionsController::secondRefreshIsADiff()
{
    QVERIFY(refresh());
    ModelSignals s(m_controller->model());
    QVERIFY(refresh());
    QCOMPARE(s.total(), 0); // nothing changed on the server
    m_network->setAnswer(
        "GET", u"/rest/connections"_s,
        FakeAnswer::json(200, R"([{"code":"erp","label":"ERP 2","flowType":"data_source"},)"
                              R"({"code":"shop","label":"Shop","flowType":"data_destination"}])"));
    QVERIFY(refresh());
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(s.changed.size(), 1); // auditable and label of erp
    QCOMPARE(s.changed.first().first().toModelIndex().row(), 0);
}

void TestConnectionsController::refreshWhileBusyRunsAgainAfter()
{
    QSignalSpy refreshed(m_controller, &ConnectionsController::refreshed);
    m_controller->refresh();
    m_controller->refresh();
    m_controller->refresh();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(refreshed.size() == 2 || refreshed.wait(5000));
    QTest::qWait(20);
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(m_network->count("GET", u"/rest/connections"_s), 2);
}

void TestConnectionsController::listFailureKeepsTheRows()
{
    QVERIFY(refresh());
    m_controller->setClock([] { return fixedNow.addSecs(60); });
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::html(500, "<html/>"));
    QSignalSpy errors(m_controller, &ConnectionsController::errorOccurred);
    QSignalSpy refreshed(m_controller, &ConnectionsController::refreshed);
    ModelSignals s(m_controller->model());
    QVERIFY(refresh());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, Kind::Server);
    QCOMPARE(m_controller->lastError().kind, Kind::Server);
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(s.total(), 0);
    QCOMPARE(m_controller->model()->rowCount(), 2);
    QCOMPARE(m_controller->lastRefreshed(), fixedNow);
}

void TestConnectionsController::secondaryFailureStillAppliesTheList()
{
    m_network->setAnswer("GET", u"/rest/connections/wrong-credentials-combination"_s,
                         FakeAnswer::json(200, "{truncated"));
    QSignalSpy errors(m_controller, &ConnectionsController::errorOccurred);
    QVERIFY(refresh());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, Kind::Malformed);
    QCOMPARE(m_controller->model()->rowCount(), 2);
    QCOMPARE(m_controller->lastRefreshed(), fixedNow);
}

void TestConnectionsController::limitReachedChangesOnlyWhenItChanges()
{
    QSignalSpy limit(m_controller, &ConnectionsController::limitReachedChanged);
    QVERIFY(refresh());
    QCOMPARE(limit.size(), 0);
    m_network->setAnswer("GET", u"/rest/connections/max-limit-reached"_s,
                         FakeAnswer::json(200, R"({"limitReached":true})"));
    QVERIFY(refresh());
    QCOMPARE(limit.size(), 1);
    QVERIFY(m_controller->limitReached());
    QVERIFY(refresh());
    QCOMPARE(limit.size(), 1);
}

void TestConnectionsController::expiredSessionIsRenewedOnceForTheWholeRefresh()
{
    FakePim pim(m_network);
    pim.protect("GET", u"/rest/connections"_s, FakeAnswer::json(200, twoConnections));
    pim.protect("GET", u"/rest/connections/wrong-credentials-combination"_s,
                FakeAnswer::json(200, "[]"));
    pim.protect("GET", u"/rest/connections/max-limit-reached"_s,
                FakeAnswer::json(200, R"({"limitReached":false})"));
    m_client->session()->setCredentials(pim.username, pim.password);
    QSignalSpy refreshed(m_controller, &ConnectionsController::refreshed);
    m_controller->refresh(); // not signed in yet: the three calls share one sign-in
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(pim.loginChecks(), 1);
    pim.expireSessions();
    m_controller->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(pim.loginChecks(), 2);
    QCOMPARE(m_controller->model()->rowCount(), 2);
}

void TestConnectionsController::cancel()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    QSignalSpy busy(m_controller, &ConnectionsController::busyChanged);
    QSignalSpy refreshed(m_controller, &ConnectionsController::refreshed);
    QSignalSpy errors(m_controller, &ConnectionsController::errorOccurred);
    m_controller->refresh();
    QTest::qWait(20);
    m_controller->cancel();
    QVERIFY(!m_controller->isBusy());
    QCOMPARE(busy.size(), 2);
    QTest::qWait(20);
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_controller->model()->rowCount(), 0);
}

QTEST_MAIN(TestConnectionsController)
#include "tst_connectionscontroller.moc"
