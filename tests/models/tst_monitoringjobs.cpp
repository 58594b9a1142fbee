// The monitoring routes' jobs (docs/pim-api.md §9.1, §10, §11.2): every route against every
// status and malformed answer, what the dashboard and error jobs send and give back, and the
// dashboard's aggregate (one round trip, all or nothing).
#include "FakeNetworkAccessManager.h"
#include "MonitoringSamples.h"
#include "net/DataFlowsJob.h"
#include "net/PimSession.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringSamples;
using Kind = ApiError::Kind;

class TestMonitoringJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyRouteEveryStatus_data();
    void everyRouteEveryStatus();
    void everyRouteSucceeds_data();
    void everyRouteSucceeds();

    void weeklySendsItsParameters();
    void weeklyWithoutEndDate();
    void weeklyError();
    void errorCount();
    void businessErrors();
    void businessErrorsOfAnUnknownConnection();

    void dataFlowsIsOneRoundTrip();
    void dataFlowsFailsAtTheFirstFailure_data();
    void dataFlowsFailsAtTheFirstFailure();
    void dataFlowsCancel();
    void dataFlowsTimesOut();

private:
    ApiError run(DataFlowsJob *job, DataFlows *result = nullptr);

    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
};

void TestMonitoringJobs::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new PimClient(m_network, this);
    QVERIFY(m_client->session()->setBaseUrl(u"https://pim.test/"_s));
}

void TestMonitoringJobs::cleanup()
{
    delete m_client;
    delete m_network;
}

void TestMonitoringJobs::everyRouteEveryStatus_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<FakeAnswer>("reply");
    QTest::addColumn<Kind>("kind");
    const auto all = MonitoringSamples::routes();
    for (int i = 0; i < all.size(); ++i) {
        const Route &r = all.at(i).route;
        const bool app = all.at(i).isAppRoute;
        auto row = [&](const char *what) {
            return &QTest::newRow(
                qPrintable(QString::fromLatin1(r.name) + u": "_s + QString::fromLatin1(what)));
        };
        *row("401") << i << FakeAnswer::html(401, "<html>login</html>") << Kind::SignedOut;
        *row("302 to login") << i << FakeAnswer::redirect("/user/login") << Kind::SignedOut;
        *row("302 elsewhere") << i << FakeAnswer::redirect("https://other.test/") << Kind::Server;
        *row("403") << i << FakeAnswer::html(403, "<html>no</html>")
                    << (app ? Kind::Unavailable : Kind::Forbidden);
        *row("404") << i << FakeAnswer::html(404, "<html>not found</html>")
                    << (app ? Kind::Unavailable : Kind::NotFound);
        *row("400 message") << i << FakeAnswer::json(400, R"({"message":"nope"})")
                            << Kind::Validation;
        *row("422 not json") << i << FakeAnswer::html(422, "<html></html>") << Kind::Malformed;
        *row("500") << i << FakeAnswer::html(500, "<html>oops</html>") << Kind::Server;
        *row("503") << i << FakeAnswer::empty(503) << Kind::Server;
        *row("refused") << i
                        << FakeAnswer::failure(QNetworkReply::ConnectionRefusedError,
                                               u"Connection refused"_s)
                        << Kind::Network;
        *row("tls") << i << FakeAnswer::tls(QSslError::CertificateExpired) << Kind::Tls;
        if (r.successBody.isEmpty())
            continue;
        *row("200 truncated") << i
                              << FakeAnswer::json(200, r.successBody.left(r.successBody.size() / 2))
                              << Kind::Malformed;
        *row("200 html") << i << FakeAnswer::html(200, "<!DOCTYPE html><html>login</html>")
                         << Kind::Malformed;
        *row("200 empty") << i << FakeAnswer::json(200, {}) << Kind::Malformed;
        *row("200 wrong shape") << i << FakeAnswer::json(200, r.wrongTypes) << Kind::Malformed;
        *row("200 a bare string") << i << FakeAnswer::json(200, R"("ok")") << Kind::Malformed;
    }
}

void TestMonitoringJobs::everyRouteEveryStatus()
{
    QFETCH(int, route);
    QFETCH(FakeAnswer, reply);
    QFETCH(Kind, kind);
    const Route r = MonitoringSamples::routes().at(route).route;
    // No password: a "signed out" answer cannot be renewed and ends as SignedOut at once.
    m_network->setAnswer(r.method, r.path, reply);
    NetworkJob *job = r.make(*m_client);
    QSignalSpy failed(job, &NetworkJob::failed);
    const ApiError error = runJob(job);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(m_network->count(r.method, r.path), 1);
}

void TestMonitoringJobs::everyRouteSucceeds_data()
{
    QTest::addColumn<int>("route");
    const auto all = MonitoringSamples::routes();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).route.name) << i;
}

void TestMonitoringJobs::everyRouteSucceeds()
{
    QFETCH(int, route);
    const Route r = MonitoringSamples::routes().at(route).route;
    m_network->setAnswer(r.method, r.path,
                         r.successBody.isEmpty() ? FakeAnswer::empty(r.success)
                                                 : FakeAnswer::json(r.success, r.successBody));
    NetworkJob *job = r.make(*m_client);
    QSignalSpy failed(job, &NetworkJob::failed);
    const ApiError error = runJob(job);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_network->last().header("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QCOMPARE(m_network->last().header("Accept"), QByteArray("application/json"));
    QVERIFY(m_network->last().request.transferTimeout() > 0);
}

void TestMonitoringJobs::weeklySendsItsParameters()
{
    m_network->setAnswer("GET", u"/rest/connections/audit/weekly"_s,
                         FakeAnswer::json(200, weekly()));
    auto *job = m_client->weeklyAudit(AuditEventType::ProductRead, QDate(2020, 1, 8));
    QCOMPARE(job->eventType(), AuditEventType::ProductRead);
    QSignalSpy result(job, &WeeklyAuditJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(m_network->last().url.toEncoded(),
             QByteArray("https://pim.test/rest/connections/audit/weekly"
                        "?event_type=product_read&end_date=2020-01-08"));
    const auto audit = result.first().first().value<WeeklyAudit>();
    QCOMPARE(audit.shape, WeeklyAudit::Shape::Events);
    QCOMPARE(audit.all()->total, 12);
    QCOMPARE(audit.connectionCodes(), QStringList{u"bynder"_s});
    QCOMPARE(audit.toSymfonyJson().toJson(), weekly()); // what --json prints
}

void TestMonitoringJobs::weeklyWithoutEndDate()
{
    m_network->setAnswer("GET", u"/rest/connections/audit/weekly"_s,
                         FakeAnswer::json(200, weekly()));
    QVERIFY(!runJob(m_client->weeklyAudit(AuditEventType::ProductCreated)).isError());
    QCOMPARE(m_network->last().url.query(), u"event_type=product_created"_s);
    // An invalid date is never sent: a real PIM answers 500 to it (§10).
    QVERIFY(!runJob(m_client->weeklyAudit(AuditEventType::ProductCreated, QDate())).isError());
    QCOMPARE(m_network->last().url.query(), u"event_type=product_created"_s);
}

void TestMonitoringJobs::weeklyError()
{
    m_network->setAnswer("GET", u"/rest/connections/audit/weekly-error"_s,
                         FakeAnswer::json(200, MonitoringSamples::weeklyError));
    auto *job = m_client->weeklyErrorAudit(QDate(2020, 1, 10));
    QSignalSpy result(job, &WeeklyErrorAuditJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(m_network->last().url.query(), u"end_date=2020-01-10"_s);
    const auto audit = result.first().first().value<WeeklyAudit>();
    QCOMPARE(audit.shape, WeeklyAudit::Shape::Errors);
    QCOMPARE(audit.find(u"erp_1"_s)->total, 209);
    QCOMPARE(audit.find(u"erp_1"_s)->previous.size(), 1);
}

void TestMonitoringJobs::errorCount()
{
    m_network->setAnswer("GET", u"/rest/connections/audit/error-count-per-connection"_s,
                         FakeAnswer::json(200, MonitoringSamples::errorCount));
    auto *job = m_client->errorCountPerConnection(AuditErrorType::Business, QDate(2020, 1, 7));
    QCOMPARE(job->errorType(), AuditErrorType::Business);
    QSignalSpy result(job, &ErrorCountPerConnectionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(m_network->last().url.query(), u"error_type=business&end_date=2020-01-07"_s);
    const auto counts = result.first().first().value<ErrorCounts>();
    QCOMPARE(counts.countOf(u"sap"_s), 40);
    QCOMPARE(counts.total(), 55);
}

void TestMonitoringJobs::businessErrors()
{
    m_network->setAnswer("GET", u"/rest/connections/erp/business-errors"_s,
                         FakeAnswer::json(200, MonitoringSamples::businessErrors));
    auto *job = m_client->businessErrors(u"erp"_s, QDate(2020, 1, 7));
    QCOMPARE(job->code(), u"erp"_s);
    QSignalSpy result(job, &BusinessErrorsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(
        m_network->last().url.toEncoded(),
        QByteArray("https://pim.test/rest/connections/erp/business-errors?end_date=2020-01-07"));
    const auto errors = result.first().first().value<QList<BusinessError>>();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.first().product->family, u"shoes"_s);
    QCOMPARE(errors.last().message, u"The \"shoes\" family does not exist."_s);
    QCOMPARE(BusinessError::listToSymfonyJson(errors).toJson(), MonitoringSamples::businessErrors);
}

void TestMonitoringJobs::businessErrorsOfAnUnknownConnection()
{
    // No 404 for an unknown code (§9.1): an empty list. The code goes as one path segment.
    m_network->setAnswer("GET", u"/rest/connections/a%2Fb/business-errors"_s,
                         FakeAnswer::json(200, "[]"));
    auto *job = m_client->businessErrors(u"a/b"_s);
    QSignalSpy result(job, &BusinessErrorsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QVERIFY(result.first().first().value<QList<BusinessError>>().isEmpty());
    QVERIFY(m_network->last().url.query().isEmpty());
}

ApiError TestMonitoringJobs::run(DataFlowsJob *job, DataFlows *result)
{
    QSignalSpy finished(job, &DataFlowsJob::finished);
    if (result) {
        connect(job, &DataFlowsJob::succeeded, this,
                [result](const DataFlows &flows) { *result = flows; });
    }
    job->start();
    if (!finished.wait(5000))
        return ApiError::make(Kind::None, -1, u"the test timed out"_s);
    return finished.first().first().value<ApiError>();
}

namespace {

void answerTheDashboard(FakeNetworkAccessManager *network, int delayMs)
{
    network->setHandler(
        "GET", u"/rest/connections/audit/weekly"_s, [delayMs](const RecordedRequest &request) {
            const QString type = QUrlQuery(request.url).queryItemValue(u"event_type"_s);
            // A total per event type, to see each lands in its place.
            const int total = type == u"product_created"_s   ? 1
                              : type == u"product_updated"_s ? 2
                                                             : 3;
            return FakeAnswer::json(200, weekly(total)).delayed(delayMs);
        });
    network->setAnswer("GET", u"/rest/connections/audit/weekly-error"_s,
                       FakeAnswer::json(200, MonitoringSamples::weeklyError).delayed(delayMs));
    network->setAnswer("GET", u"/rest/connections/audit/error-count-per-connection"_s,
                       FakeAnswer::json(200, MonitoringSamples::errorCount).delayed(delayMs));
}

} // namespace

void TestMonitoringJobs::dataFlowsIsOneRoundTrip()
{
    answerTheDashboard(m_network, 50);
    QPointer<DataFlowsJob> job = m_client->dataFlows(QDate(2020, 1, 8));
    QSignalSpy succeeded(job, &DataFlowsJob::succeeded);
    QSignalSpy failed(job, &DataFlowsJob::failed);
    job->start();
    // Every call is sent at once, none waits for another.
    QCOMPARE(m_network->requests().size(), 5);
    QCOMPARE(m_network->openReplies(), 5);
    QCOMPARE(succeeded.size(), 0); // nothing from inside start()
    QVERIFY(succeeded.wait(5000));
    QCOMPARE(failed.size(), 0);
    const auto flows = succeeded.first().first().value<DataFlows>();
    QCOMPARE(flows.productCreated.all()->total, 1);
    QCOMPARE(flows.productUpdated.all()->total, 2);
    QCOMPARE(flows.events(AuditEventType::ProductRead).all()->total, 3);
    QCOMPARE(flows.errors.all()->total, 209);
    QCOMPARE(flows.businessErrors.countOf(u"sap"_s), 40);
    for (const RecordedRequest &request : m_network->requests())
        QVERIFY2(request.url.query().contains(u"end_date=2020-01-08"_s),
                 qPrintable(request.url.toString()));
    QCOMPARE(m_network->count("GET", u"/rest/connections/audit/error-count-per-connection"_s), 1);
    QCOMPARE(QUrlQuery(m_network
                           ->requestsTo("GET", u"/rest/connections/audit/error-count-per-"
                                               "connection"_s)
                           .first()
                           .url)
                 .queryItemValue(u"error_type"_s),
             u"business"_s);
    QTRY_VERIFY(job.isNull()); // deleted itself
}

void TestMonitoringJobs::dataFlowsFailsAtTheFirstFailure_data()
{
    QTest::addColumn<FakeAnswer>("reply");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("500") << FakeAnswer::html(500, "<html>oops</html>") << Kind::Server;
    QTest::newRow("malformed") << FakeAnswer::json(200, R"({"bynder":"15"})") << Kind::Malformed;
    QTest::newRow("signed out") << FakeAnswer::html(401, "<html>login</html>") << Kind::SignedOut;
}

void TestMonitoringJobs::dataFlowsFailsAtTheFirstFailure()
{
    QFETCH(FakeAnswer, reply);
    QFETCH(Kind, kind);
    answerTheDashboard(m_network, 0);
    m_network->setAnswer("GET", u"/rest/connections/audit/weekly-error"_s, FakeAnswer::hang());
    m_network->setAnswer("GET", u"/rest/connections/audit/error-count-per-connection"_s, reply);
    auto *job = m_client->dataFlows();
    QSignalSpy succeeded(job, &DataFlowsJob::succeeded);
    QSignalSpy failed(job, &DataFlowsJob::failed);
    const ApiError error = run(job);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    // The call still hanging is stopped, not left to time out.
    QCOMPARE(m_network->openReplies(), 0);
    QVERIFY(m_network->abortedReplies() >= 1);
    QTest::qWait(20);
    QCOMPARE(failed.size(), 1); // and never a second outcome
}

void TestMonitoringJobs::dataFlowsCancel()
{
    m_network->setDefaultAnswer(FakeAnswer::hang());
    QPointer<DataFlowsJob> job = m_client->dataFlows();
    QSignalSpy finished(job, &DataFlowsJob::finished);
    QSignalSpy failed(job, &DataFlowsJob::failed);
    job->start();
    QCOMPARE(m_network->openReplies(), 5);
    job->cancel();
    QCOMPARE(finished.size(), 1); // synchronously
    QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::Cancelled);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_network->openReplies(), 0);
    QCOMPARE(m_network->abortedReplies(), 5);
    job->cancel();
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finished.size(), 1);
}

void TestMonitoringJobs::dataFlowsTimesOut()
{
    answerTheDashboard(m_network, 0);
    m_network->setAnswer("GET", u"/rest/connections/audit/weekly-error"_s, FakeAnswer::hang());
    auto *job = m_client->dataFlows();
    job->setTimeout(50);
    QCOMPARE(run(job).kind, Kind::Timeout);
    QCOMPARE(m_network->openReplies(), 0);

    // Destroyed while running: the calls are aborted, and nothing is emitted.
    m_network->setDefaultAnswer(FakeAnswer::hang());
    auto *dropped = m_client->dataFlows();
    QSignalSpy finished(dropped, &DataFlowsJob::finished);
    dropped->start();
    delete dropped;
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_network->openReplies(), 0);
}

QTEST_MAIN(TestMonitoringJobs)
#include "tst_monitoringjobs.moc"
