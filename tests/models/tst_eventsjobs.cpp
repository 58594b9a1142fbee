// The event subscription and event log jobs (docs/pim-api.md §8): every route against every
// status and malformed answer, what each sends, the "field"/"message" errors of §8.3, the
// regeneration's GET, the search's parameters and the download to a file.
#include "EventsSamples.h"
#include "JobTestCase.h"
#include "net/PimSession.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EventsSamples;
using Kind = ApiError::Kind;

class TestEventsJobs : public JobTestCase
{
    Q_OBJECT

private slots:
    void init() { makeClient(); }
    void cleanup() { deleteClient(); }

    void everyRouteEveryStatus_data();
    void everyRouteEveryStatus();
    void everyRouteSucceeds_data();
    void everyRouteSucceeds();

    void getReadsTheSubscription();
    void updateSendsTheWholeSubscription();
    void updateRefusalHasFieldErrors();
    void updateRefusalThatCannotBeRead();
    void reachabilitySendsUrlAndSecretAndWaitsLonger();
    void regenerateIsAPlainGet();
    void searchAlwaysSendsFilters();
    void searchSendsTheTokenUnchanged();
    void downloadWritesTheFileWithProgress();
    void downloadFailureKeepsThePreviousFile_data();
    void downloadFailureKeepsThePreviousFile();
    void downloadOverTheCapFails();
    void downloadToAFolderThatCannotBeWritten();

private:
    // A folder of this test (and data row) alone.
    QString folder() const
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                             QString::fromLatin1(QTest::currentDataTag());
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }
    QString file(const QString &name) const { return folder() + u'/' + name; }
};

void TestEventsJobs::everyRouteEveryStatus_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<FakeAnswer>("reply");
    QTest::addColumn<Kind>("kind");
    const auto all = routes(u"/tmp/unused"_s);
    for (int i = 0; i < all.size(); ++i) {
        const Route &r = all.at(i);
        auto row = [&](const char *what) {
            return &QTest::newRow(
                qPrintable(QString::fromLatin1(r.name) + u": "_s + QString::fromLatin1(what)));
        };
        *row("401") << i << FakeAnswer::html(401, "<html>login</html>") << Kind::SignedOut;
        *row("302 to login") << i << FakeAnswer::redirect("/user/login") << Kind::SignedOut;
        *row("403") << i << FakeAnswer::html(403, "<html>no</html>") << Kind::Forbidden;
        // No Events API, or the §8.1 {} of an unknown code: not an error to show.
        *row("404 html") << i << FakeAnswer::html(404, "<html>No route</html>")
                         << Kind::Unavailable;
        *row("404 {}") << i << FakeAnswer::json(404, "{}") << Kind::Unavailable;
        *row("422 not json") << i << FakeAnswer::html(422, "<html></html>") << Kind::Malformed;
        *row("422 §4's format") << i
                                << FakeAnswer::json(422,
                                                    R"({"errors":[{"name":"url","reason":"r"}]})")
                                << Kind::Malformed;
        *row("500") << i << FakeAnswer::html(500, "<html>oops</html>") << Kind::Server;
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
    }
}

void TestEventsJobs::everyRouteEveryStatus()
{
    QFETCH(int, route);
    QFETCH(FakeAnswer, reply);
    QFETCH(Kind, kind);
    const Route r = routes(file(u"logs.txt"_s)).at(route);
    m_network->setAnswer(r.method, r.path, reply);
    NetworkJob *job = r.make(*m_client);
    QSignalSpy failed(job, &NetworkJob::failed);
    const ApiError error = runJob(job);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(m_network->count(r.method, r.path), 1);
    QVERIFY(!QFile::exists(file(u"logs.txt"_s))); // a failed download leaves no file
}

void TestEventsJobs::everyRouteSucceeds_data()
{
    QTest::addColumn<int>("route");
    const auto all = routes(u"/tmp/unused"_s);
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void TestEventsJobs::everyRouteSucceeds()
{
    QFETCH(int, route);
    const Route r = routes(file(u"logs.txt"_s)).at(route);
    m_network->setAnswer(r.method, r.path,
                         r.successBody.isEmpty() ? FakeAnswer::empty(r.success)
                                                 : FakeAnswer::json(r.success, r.successBody));
    NetworkJob *job = r.make(*m_client);
    const ApiError error = runJob(job);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(m_network->last().header("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QVERIFY(m_network->last().request.transferTimeout() > 0);
}

void TestEventsJobs::getReadsTheSubscription()
{
    m_network->setAnswer("GET", webhookPath(), FakeAnswer::json(200, form));
    auto *job = m_client->eventSubscription(u"erp"_s);
    QSignalSpy result(job, &GetEventSubscriptionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto read = result.first().first().value<EventSubscriptionForm>();
    QCOMPARE(read.subscription.secret, std::optional<QString>(u"s3cr3tw3bh00k"_s));
    QCOMPARE(read.toSymfonyJson().toJson(), form); // what --json prints
}

void TestEventsJobs::updateSendsTheWholeSubscription()
{
    m_network->setAnswer("POST", webhookPath(), FakeAnswer::empty(204));
    const EventSubscriptionUpdate update{u"erp"_s, false, QString(), true};
    QVERIFY(!runJob(m_client->updateEventSubscription(update)).isError());
    QCOMPARE(m_network->last().body,
             QByteArray(R"({"code":"erp","enabled":false,"url":null,"is_using_uuid":true})"));
    QCOMPARE(m_network->last().header("Content-Type"), QByteArray("application/json"));
}

void TestEventsJobs::updateRefusalHasFieldErrors()
{
    m_network->setAnswer("POST", webhookPath(), FakeAnswer::json(422, required422));
    const ApiError error = runJob(m_client->updateEventSubscription({u"erp"_s, true, {}, false}));
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.fieldErrors,
             (FieldErrors{{u"url"_s, u"akeneo_connectivity.connection.webhook.error.required"_s}}));
    QCOMPARE(error.fieldMessage(u"url"_s), u"This field is required."_s);
    QCOMPARE(error.message(), u"This field is required."_s);
}

void TestEventsJobs::updateRefusalThatCannotBeRead()
{
    m_network->setAnswer("POST", webhookPath(),
                         FakeAnswer::json(422, R"({"errors":[{"field":"url"}]})"));
    const ApiError error = runJob(m_client->updateEventSubscription({u"erp"_s, true, {}, false}));
    QCOMPARE(error.kind, Kind::Malformed);
    QVERIFY2(error.detail.contains(u"message"_s), qPrintable(error.detail));
}

void TestEventsJobs::reachabilitySendsUrlAndSecretAndWaitsLonger()
{
    m_network->setAnswer(
        "POST", webhookPath(u"/check-reachability"_s),
        FakeAnswer::json(200, R"({"success":false,"message":"Failed to connect to server"})"));
    auto *job = m_client->checkReachability(u"erp"_s, u"http://127.0.0.1:9/h"_s, u"k"_s);
    QVERIFY(job->timeout() >= CheckReachabilityJob::TimeoutMs);
    QSignalSpy result(job, &CheckReachabilityJob::succeeded);
    QVERIFY(!runJob(job).isError()); // an unreachable URL is a result, not a failure
    QCOMPARE(m_network->last().body,
             QByteArray(R"({"url":"http:\/\/127.0.0.1:9\/h","secret":"k"})"));
    QCOMPARE(m_network->last().header("Content-Type"), QByteArray("application/json"));
    // Qt's own inactivity timeout does not cut the PIM's test short.
    QVERIFY(m_network->last().request.transferTimeout() >= CheckReachabilityJob::TimeoutMs);
    const auto outcome = result.first().first().value<ReachabilityResult>();
    QVERIFY(!outcome.success);
    QCOMPARE(outcome.message, u"Failed to connect to server"_s);
}

void TestEventsJobs::regenerateIsAPlainGet()
{
    m_network->setAnswer("GET", webhookPath(u"/regenerate-secret"_s), FakeAnswer::empty(204));
    QVERIFY(!runJob(m_client->regenerateWebhookSecret(u"erp"_s)).isError());
    // Sent once, as GET: never HEAD, which regenerates too (§12).
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(m_network->last().method, QByteArray("GET"));
}

void TestEventsJobs::searchAlwaysSendsFilters()
{
    m_network->setAnswer("GET", searchPath, FakeAnswer::json(200, emptyLogs));
    QVERIFY(!runJob(m_client->searchEventLogs(u"erp"_s, EventLogSearch{})).isError());
    QUrlQuery query(m_network->last().url);
    QCOMPARE(query.queryItemValue(u"connection_code"_s, QUrl::FullyDecoded), u"erp"_s);
    QCOMPARE(query.queryItemValue(u"filters"_s, QUrl::FullyDecoded), u"{}"_s);
    QVERIFY(!query.hasQueryItem(u"search_after"_s));

    const EventLogSearch search{{u"error"_s}, {}, {}, u"a&b=c+d"_s};
    QVERIFY(!runJob(m_client->searchEventLogs(u"erp"_s, search)).isError());
    query = QUrlQuery(m_network->last().url);
    QCOMPARE(query.queryItemValue(u"filters"_s, QUrl::FullyDecoded),
             u"{\"levels\":[\"error\"],\"text\":\"a\\u0026b=c+d\"}"_s); // Symfony's escape
    // A literal "+" would be a space for PHP: it is sent encoded.
    QVERIFY(!m_network->last().url.toEncoded().contains('+'));
}

void TestEventsJobs::searchSendsTheTokenUnchanged()
{
    m_network->setAnswer("GET", searchPath, FakeAnswer::json(200, logs));
    auto *job = m_client->searchEventLogs(u"erp"_s, EventLogSearch{}, u"tok+1/="_s);
    QSignalSpy result(job, &SearchEventLogsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const QUrlQuery query(m_network->last().url);
    QCOMPARE(query.queryItemValue(u"search_after"_s, QUrl::FullyDecoded), u"tok+1/="_s);
    QVERIFY(m_network->last().url.toEncoded().contains("search_after=tok%2B1%2F%3D"));
    const auto page = result.first().first().value<EventLogPage>();
    QCOMPARE(page.searchAfter, u"tok+1/="_s);
    QCOMPARE(page.toSymfonyJson().toJson(), logs);
}

void TestEventsJobs::downloadWritesTheFileWithProgress()
{
    const QByteArray text = download.repeated(100);
    m_network->setAnswer("GET", downloadPath, FakeAnswer::bytes(text, "text/plain"));
    const QString path = file(u"logs.txt"_s);
    auto *job = m_client->downloadEventLogs(u"erp"_s, path);
    QSignalSpy progress(job, &DownloadEventLogsJob::progress);
    QSignalSpy done(job, &NoResultJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(done.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(text.size()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), text);
    QCOMPARE(m_network->last().url.query(), u"connection_code=erp"_s);
}

void TestEventsJobs::downloadFailureKeepsThePreviousFile_data()
{
    QTest::addColumn<FakeAnswer>("reply");
    QTest::newRow("403") << FakeAnswer::html(403, "<html>no</html>");
    QTest::newRow("500") << FakeAnswer::html(500, "<html>oops</html>");
    QTest::newRow("cut") << FakeAnswer::failure(QNetworkReply::RemoteHostClosedError, u"closed"_s);
}

void TestEventsJobs::downloadFailureKeepsThePreviousFile()
{
    QFETCH(FakeAnswer, reply);
    const QString path = file(u"previous.txt"_s);
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("before\n");
    }
    m_network->setAnswer("GET", downloadPath, reply);
    QVERIFY(runJob(m_client->downloadEventLogs(u"erp"_s, path)).isError());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("before\n"));
    QCOMPARE(QDir(folder()).entryList(QDir::Files), QStringList{u"previous.txt"_s});
}

void TestEventsJobs::downloadOverTheCapFails()
{
    m_network->setAnswer("GET", downloadPath,
                         FakeAnswer::bytes(download.repeated(50), "text/plain"));
    const QString path = file(u"big.txt"_s);
    auto *job = new DownloadEventLogsJob(m_client->session(), u"erp"_s, path, 100, m_client);
    const ApiError error = runJob(job);
    QCOMPARE(error.kind, Kind::Malformed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(folder()).entryList(QDir::Files).isEmpty());
}

void TestEventsJobs::downloadToAFolderThatCannotBeWritten()
{
    m_network->setAnswer("GET", downloadPath, FakeAnswer::bytes(download, "text/plain"));
    const QString path = file(u"missing/folder/logs.txt"_s);
    const ApiError error = runJob(m_client->downloadEventLogs(u"erp"_s, path));
    QCOMPARE(error.kind, Kind::Malformed);
    QVERIFY2(error.detail.contains(path), qPrintable(error.detail));
    QCOMPARE(m_network->requests().size(), 0); // nothing asked of the PIM
}

QTEST_MAIN(TestEventsJobs)
#include "tst_eventsjobs.moc"
