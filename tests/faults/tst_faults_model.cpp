// The fault suite, model layer: GetConnectionJob and ListConnectionsJob through a FaultServer in
// front of a pim-sandbox. Each fault gives one ApiError whose kind and message are asserted;
// the table of results is printed at the end. Deadlines are shortened (injected) so that the
// silence and the trickle end quickly; nothing here measures time.
#include "FaultFixture.h"

#include "net/GetConnectionJob.h"
#include "net/ListConnectionsJob.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Fault = FaultServer::Fault;
Q_DECLARE_METATYPE(FaultServer::Fault)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

constexpr int SilenceMs = 1500;  // the jobs' inactivity timeout here
constexpr int DeadlineMs = 4000; // their overall deadline here

} // namespace

class TestFaultsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detailsUnderEachFault_data();
    void detailsUnderEachFault();
    void listUnderMalformedAnswers_data();
    void listUnderMalformedAnswers();
    void refusedAndSelfSignedTls();
    void chunkedGiantIsStoppedWhileItComes();

private:
    // Runs a job to its end; the error (None on success).
    ApiError run(NetworkJob *job);
    std::unique_ptr<PimSession> sessionAt(const QUrl &url);

    SandboxProcess m_sandbox;
    std::unique_ptr<FaultServer> m_server;
    PimNetworkAccessManager m_network;
    std::unique_ptr<PimSession> m_session;
    FaultFixture::ResultTable m_table{QStringLiteral("model")};
};

std::unique_ptr<PimSession> TestFaultsModel::sessionAt(const QUrl &url)
{
    auto session = std::make_unique<PimSession>(&m_network);
    session->setBaseUrl(url.toString());
    session->setCredentials(QStringLiteral("admin"), FaultFixture::Password);
    session->setJobTimeout(SilenceMs);
    session->setJobDeadline(PimSession::JobKind::Call, DeadlineMs);
    return session;
}

void TestFaultsModel::initTestCase()
{
    QString why;
    QVERIFY2(FaultFixture::startSandbox(&m_sandbox, &why), qPrintable(why));
    m_server = std::make_unique<FaultServer>(m_sandbox.url());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_session = sessionAt(m_server->url());
    // The sign-in itself goes through the proxy, unfaulted.
    m_session->setJobTimeout(20000);
    QSignalSpy signedIn(m_session.get(), &PimSession::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(20000));
    m_session->setJobTimeout(SilenceMs);
}

void TestFaultsModel::cleanupTestCase()
{
    m_table.print();
}

ApiError TestFaultsModel::run(NetworkJob *job)
{
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    if (!finished.wait(60000))
        return ApiError::make(ApiError::Kind::Cancelled, 0, QStringLiteral("never finished"));
    return finished.first().first().value<ApiError>();
}

void TestFaultsModel::detailsUnderEachFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("says");
    using K = ApiError::Kind;
    QTest::newRow("silence") << Fault::Silence << K::Timeout << u"did not answer within"_qs;
    QTest::newRow("trickle") << Fault::Trickle << K::Timeout
                             << u"did not finish its answer within"_qs;
    QTest::newRow("500 HTML") << Fault::Html500 << K::Server << u"HTTP 500"_qs;
    QTest::newRow("401 once") << Fault::UnauthorizedOnce << K::None << QString();
    QTest::newRow("401 always") << Fault::UnauthorizedAlways << K::SignedOut << u"signed out"_qs;
    QTest::newRow("403") << Fault::Forbidden << K::Forbidden << u"not allowed"_qs;
    QTest::newRow("404") << Fault::NotFound << K::NotFound << u"no longer exists"_qs;
    QTest::newRow("422") << Fault::Unprocessable << K::Validation << u"label"_qs;
    QTest::newRow("malformed JSON") << Fault::MalformedJson << K::Malformed << u"not understood"_qs;
    QTest::newRow("truncated body") << Fault::TruncatedBody << K::Malformed << u"cut short"_qs;
    QTest::newRow("HTML for JSON") << Fault::HtmlForJson << K::Malformed << u"not understood"_qs;
    QTest::newRow("wrong shape") << Fault::WrongShape << K::Malformed << u"not understood"_qs;
    QTest::newRow("chunked giant") << Fault::ChunkedGiant << K::Malformed << u"larger than 16 MB"_qs;
    QTest::newRow("header giant") << Fault::HeaderGiant << K::Malformed << u"header could not be read"_qs;
    QTest::newRow("redirect elsewhere")
        << Fault::RedirectElsewhere << K::Server << u"redirected to http://127.0.0.1:"_qs;
}

void TestFaultsModel::detailsUnderEachFault()
{
    QFETCH(Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, says);
    m_server->setFault(fault, FaultFixture::detailsRoute());
    auto *job = new GetConnectionJob(m_session.get(), FaultFixture::Code);
    // Qt reads a header without a progress signal: give it time, so that what is asserted is
    // the refusal of the header, not the silence.
    if (fault == Fault::HeaderGiant)
        job->setTimeout(60000);
    const ApiError error = run(job);
    m_table.add(FaultServer::name(fault),
                error.isError() ? ApiError::kindName(error.kind) : QStringLiteral("success"),
                error.message());
    QVERIFY2(error.kind == kind, qPrintable(error.message()));
    QVERIFY2(error.message().contains(says, Qt::CaseInsensitive), qPrintable(error.message()));
    QVERIFY(m_server->faultsServed() >= 1);
    QCOMPARE(m_server->elsewhereConnections(), 0); // nothing sent to another origin
    m_server->setFault(Fault::None, FaultFixture::detailsRoute());
    // The session is whole afterwards: the same call succeeds (unless it ended the session).
    if (kind != ApiError::Kind::SignedOut)
        QCOMPARE(run(new GetConnectionJob(m_session.get(), FaultFixture::Code)).kind,
                 ApiError::Kind::None);
}

void TestFaultsModel::listUnderMalformedAnswers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("malformed JSON") << Fault::MalformedJson;
    QTest::newRow("truncated body") << Fault::TruncatedBody;
    QTest::newRow("HTML for JSON") << Fault::HtmlForJson;
    QTest::newRow("chunked giant") << Fault::ChunkedGiant;
}

void TestFaultsModel::listUnderMalformedAnswers()
{
    QFETCH(Fault, fault);
    m_server->setFault(fault, FaultFixture::listRoute());
    const ApiError error = run(new ListConnectionsJob(m_session.get()));
    m_server->setFault(Fault::None, FaultFixture::listRoute());
    QVERIFY2(error.kind == ApiError::Kind::Malformed, qPrintable(error.message()));
}

void TestFaultsModel::refusedAndSelfSignedTls()
{
    auto refused = sessionAt(FaultServer::refusedUrl());
    QSignalSpy refusedFailed(refused.get(), &PimSession::signInFailed);
    refused->signIn();
    QVERIFY(refusedFailed.wait(20000));
    const ApiError network = refusedFailed.first().first().value<ApiError>();
    m_table.add(u"refused"_qs, ApiError::kindName(network.kind), network.message());
    QCOMPARE(network.kind, ApiError::Kind::Network);
    QVERIFY2(network.message().contains(u"Cannot reach"_qs), qPrintable(network.message()));

    FaultServer tls(m_sandbox.url());
    QVERIFY2(tls.start(true), qPrintable(tls.errorString()));
    auto untrusted = sessionAt(tls.url());
    QSignalSpy tlsFailed(untrusted.get(), &PimSession::signInFailed);
    untrusted->signIn();
    QVERIFY(tlsFailed.wait(20000));
    const ApiError certificate = tlsFailed.first().first().value<ApiError>();
    m_table.add(u"self-signed TLS"_qs, ApiError::kindName(certificate.kind), certificate.message());
    QCOMPARE(certificate.kind, ApiError::Kind::Tls);
    QVERIFY2(certificate.message().contains(u"not trusted"_qs), qPrintable(certificate.message()));
}

void TestFaultsModel::chunkedGiantIsStoppedWhileItComes()
{
    // The client's event loop is held while the giant comes: Qt's HTTP thread must not read
    // the socket ahead of the job (HttpAnswer::limitReadBuffer()), so the server cannot write
    // far more than the cap. Without the limit, Qt reads everything it can while the event
    // loop is held, and the server writes all of Limit.
    constexpr qint64 Limit = 96 * 1024 * 1024;
    m_server->setFault(Fault::ChunkedGiant, FaultFixture::detailsRoute());
    m_server->holdGiant(true);
    auto *job = new GetConnectionJob(m_session.get(), FaultFixture::Code);
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->giantBytesWritten() > 0, 20000); // the head came
    m_server->holdGiant(false);
    m_server->waitForGiantBytes(Limit, 3000); // the event loop is held meanwhile
    QVERIFY(finished.wait(60000));
    const ApiError error = finished.first().first().value<ApiError>();
    const qint64 written = m_server->giantBytesWritten();
    m_server->setFault(Fault::None, FaultFixture::detailsRoute());
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
    QVERIFY2(written < Limit, qPrintable(QString::number(written)));
}

QTEST_GUILESS_MAIN(TestFaultsModel)
#include "tst_faults_model.moc"
