// What every job shares (NetworkJob): one outcome in order, cancel, timeouts, slow replies,
// destruction while running, self-deletion, and no signal from inside start().
#include "JobTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestJobLifecycle : public JobTestCase
{
    Q_OBJECT

private slots:
    void init() { makeClient(); }
    void cleanup() { deleteClient(); }

    void typedSignalComesBeforeFinished();
    void cancelEmitsFinishedOnlyAndAbortsTheReply();
    void cancelBeforeStart();
    void hangingReplyTimesOut();
    void slowReplyWithinTheTimeoutSucceeds();
    void slowReplyBeyondTheTimeoutTimesOut();
    void destroyingARunningJobAbortsSilently();
    void finishedJobsDeleteThemselves();
    void noSignalFromInsideStart();
};

void TestJobLifecycle::typedSignalComesBeforeFinished()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]"));
    auto *job = m_client->listConnections();
    QStringList order;
    connect(job, &ListConnectionsJob::succeeded, this, [&] { order << u"succeeded"_s; });
    connect(job, &NetworkJob::failed, this, [&] { order << u"failed"_s; });
    connect(job, &NetworkJob::finished, this, [&] { order << u"finished"_s; });
    QVERIFY(!runJob(job).isError());
    QCOMPARE(order, (QStringList{u"succeeded"_s, u"finished"_s}));
}

void TestJobLifecycle::cancelEmitsFinishedOnlyAndAbortsTheReply()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    QPointer<ListConnectionsJob> job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    QSignalSpy failed(job, &NetworkJob::failed);
    QSignalSpy result(job, &ListConnectionsJob::succeeded);
    job->start();
    QCOMPARE(m_network->openReplies(), 1);
    job->cancel();
    QCOMPARE(finished.size(), 1); // synchronously
    QCOMPARE(finished.first().first().value<ApiError>().kind, Kind::Cancelled);
    QCOMPARE(m_network->abortedReplies(), 1);
    QCOMPARE(m_network->openReplies(), 0);
    job->cancel(); // twice: nothing more
    QTest::qWait(20);
    QVERIFY(job.isNull()); // deleted itself
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(result.size(), 0);
}

void TestJobLifecycle::cancelBeforeStart()
{
    QPointer<ListConnectionsJob> job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    job->start();
    QCOMPARE(m_network->requests().size(), 0);
}

void TestJobLifecycle::hangingReplyTimesOut()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    auto *job = m_client->listConnections();
    job->setTimeout(50);
    QCOMPARE(runJob(job).kind, Kind::Timeout);
    QCOMPARE(m_network->abortedReplies(), 1);
}

void TestJobLifecycle::slowReplyWithinTheTimeoutSucceeds()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]").delayed(50));
    auto *job = m_client->listConnections();
    job->setTimeout(5000);
    QVERIFY(!runJob(job).isError());
}

void TestJobLifecycle::slowReplyBeyondTheTimeoutTimesOut()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]").delayed(2000));
    auto *job = m_client->listConnections();
    job->setTimeout(30);
    QCOMPARE(runJob(job).kind, Kind::Timeout);
}

void TestJobLifecycle::destroyingARunningJobAbortsSilently()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    auto *job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    delete job;
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_network->abortedReplies(), 1);
}

void TestJobLifecycle::finishedJobsDeleteThemselves()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]"));
    QPointer<NetworkJob> job = m_client->listConnections();
    QVERIFY(!runJob(job).isError());
    QTRY_VERIFY(job.isNull());
}

void TestJobLifecycle::noSignalFromInsideStart()
{
    // Even a job refused before sending reports from the event loop.
    auto *job = m_client->uploadImage(m_dir.filePath(u"notes.txt"_s));
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(2000));
}

QTEST_MAIN(TestJobLifecycle)
#include "tst_joblifecycle.moc"
