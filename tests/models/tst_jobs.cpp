// One job per route (docs/pim-api.md §2): what each sends, what it gives back, and the
// lifecycle every job shares (cancel, timeout, slow replies, self-deletion).
#include "FakeNetworkAccessManager.h"
#include "net/PimSession.h"
#include "RouteTable.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray detailsBody =
    R"({"code":"erp","label":"ERP","flow_type":"data_source","image":"a\/b\/c\/d\/1f2e_erp.png",)"
    R"("client_id":"3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w",)"
    R"("secret":"3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so",)"
    R"("username":"erp_0427","password":null,"user_role_id":"1","user_group_id":null,)"
    R"("auditable":false,"type":"default"})";

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void list();
    void get();
    void create();
    void update();
    void remove();
    void regenerateSecretAndGet();
    void regenerateSecretAndGetWhenTheGetFails();
    void regeneratePassword();
    void maxLimitReached_data();
    void maxLimitReached();
    void wrongCredentials();
    void rolesAndGroups();
    void uploadStreamsAMultipartFile();
    void uploadRefusesBeforeSending_data();
    void uploadRefusesBeforeSending();
    void downloadFollowsSameOriginRedirects();
    void downloadRefusesOtherOrigins();
    void downloadStopsRedirectLoops();
    void downloadRefusesHugeAnswers();

    void typedSignalComesBeforeFinished();
    void cancelEmitsFinishedOnlyAndAbortsTheReply();
    void cancelBeforeStart();
    void hangingReplyTimesOut();
    void slowReplyWithinTheTimeoutSucceeds();
    void slowReplyBeyondTheTimeoutTimesOut();
    void destroyingARunningJobAbortsSilently();
    void finishedJobsDeleteThemselves();
    void noSignalFromInsideStart();

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_imageBytes;
    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
};

void TestJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(u"logo café.png"_s);
    QImage image(16, 8, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(m_image));
    QFile file(m_image);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_imageBytes = file.readAll();
}

void TestJobs::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new PimClient(m_network, this);
    QVERIFY(m_client->session()->setBaseUrl(u"https://pim.test/"_s));
}

void TestJobs::cleanup()
{
    delete m_client;
    delete m_network;
}

void TestJobs::list()
{
    m_network->setAnswer(
        "GET", u"/rest/connections"_s,
        FakeAnswer::json(
            200,
            R"([{"code":"erp","label":"ERP","flowType":"data_source","image":null,"auditable":true,"type":"default"},)"
            R"({"code":"shop","label":"Shop \u00e9","flowType":"data_destination","image":"a\/b.png","auditable":false,"type":"default"}])"));
    auto *job = m_client->listConnections();
    QSignalSpy result(job, &ListConnectionsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    const auto list = result.first().first().value<QList<Connection>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).label, u"Shop é"_s);
    QCOMPARE(list.at(1).image, u"a/b.png"_s);
    const RecordedRequest request = m_network->last();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(
        request.url.toEncoded(),
        QByteArray(
            "https://pim.test/rest/connections?search=%7B%22types%22%3A%5B%22default%22%5D%7D"));
    QCOMPARE(request.header("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
}

void TestJobs::get()
{
    m_network->setAnswer("GET", u"/rest/connections/erp"_s, FakeAnswer::json(200, detailsBody));
    auto *job = m_client->getConnection(u"erp"_s);
    QSignalSpy result(job, &GetConnectionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto details = result.first().first().value<ConnectionDetails>();
    QCOMPARE(details.connection.code, u"erp"_s);
    QCOMPARE(details.credentials.username, u"erp_0427"_s);
    QVERIFY(!details.credentials.password);
    QCOMPARE(details.userRoleId, u"1"_s);
    QVERIFY(!details.userGroupId);
}

void TestJobs::create()
{
    QByteArray created = detailsBody;
    created.replace(R"("password":null)", R"("password":"3f9a1c0e7")");
    m_network->setAnswer("POST", u"/rest/connections"_s, FakeAnswer::json(201, created));
    auto *job = m_client->createConnection(u"magento"_s, u"Magento"_s, FlowType::Destination);
    QSignalSpy result(job, &CreateConnectionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().first().value<ConnectionDetails>().credentials.password,
             std::optional<QString>(u"3f9a1c0e7"_s));
    const RecordedRequest request = m_network->last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(request.jsonBody(), (QJsonObject{{u"code"_s, u"magento"_s},
                                              {u"label"_s, u"Magento"_s},
                                              {u"flow_type"_s, u"data_destination"_s}}));
}

void TestJobs::update()
{
    ConnectionUpdate update;
    update.code = u"magento"_s;
    update.label = u"Magento 2"_s;
    update.flowType = FlowType::Destination;
    update.auditable = true;
    update.userRoleId = u"2"_s;
    update.userGroupId = u"4"_s;
    m_network->setAnswer("POST", u"/rest/connections/magento"_s, FakeAnswer::empty(204));
    auto *job = m_client->updateConnection(update);
    QSignalSpy result(job, &UpdateConnectionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    QCOMPARE(m_network->last().jsonBody(), update.toJson());
    QCOMPARE(m_network->last().jsonBody().value(u"user_role_id"_s).toString(), u"2"_s);
    QVERIFY(m_network->last().jsonBody().value(u"image"_s).isNull());
}

void TestJobs::remove()
{
    m_network->setAnswer("DELETE", u"/rest/connections/magento"_s, FakeAnswer::empty(204));
    auto *job = m_client->deleteConnection(u"magento"_s);
    QSignalSpy result(job, &DeleteConnectionJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    QCOMPARE(m_network->last().method, QByteArray("DELETE"));
}

void TestJobs::regenerateSecretAndGet()
{
    QByteArray renewed = detailsBody;
    renewed.replace("3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so", "newsecret");
    m_network->setAnswer("POST", u"/rest/connections/erp/regenerate-secret"_s,
                         FakeAnswer::empty(204));
    m_network->setAnswer("GET", u"/rest/connections/erp"_s, FakeAnswer::json(200, renewed));
    auto *job = m_client->regenerateSecretAndGet(u"erp"_s);
    QSignalSpy result(job, &RegenerateSecretAndGetJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().first().value<ConnectionDetails>().credentials.secret, u"newsecret"_s);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(0).method, QByteArray("POST"));
    QCOMPARE(m_network->requests().at(1).method, QByteArray("GET"));
    QVERIFY(m_network->requests().at(0).body.isEmpty());
}

void TestJobs::regenerateSecretAndGetWhenTheGetFails()
{
    m_network->setAnswer("POST", u"/rest/connections/erp/regenerate-secret"_s,
                         FakeAnswer::empty(204));
    m_network->setAnswer("GET", u"/rest/connections/erp"_s, FakeAnswer::html(500, "<html/>"));
    auto *job = m_client->regenerateSecretAndGet(u"erp"_s);
    bool regenerated = false;
    connect(job, &NetworkJob::failed, this, [&] { regenerated = job->secretRegenerated(); });
    QCOMPARE(runJob(job).kind, Kind::Server);
    QVERIFY(regenerated);
}

void TestJobs::regeneratePassword()
{
    m_network->setAnswer("POST", u"/rest/connections/erp/regenerate-password"_s,
                         FakeAnswer::json(200, R"({"password":"3f9a1c0e7"})"));
    auto *job = m_client->regeneratePassword(u"erp"_s);
    QSignalSpy result(job, &RegeneratePasswordJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().first().toString(), u"3f9a1c0e7"_s);

    m_network->setAnswer("POST", u"/rest/connections/erp/regenerate-password"_s,
                         FakeAnswer::json(200, R"({"password":""})"));
    QCOMPARE(runJob(m_client->regeneratePassword(u"erp"_s)).kind, Kind::Malformed);
}

void TestJobs::maxLimitReached_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reached");
    QTest::newRow("false") << QByteArray(R"({"limitReached":false})") << false;
    QTest::newRow("true") << QByteArray(R"({"limitReached":true})") << true;
}

void TestJobs::maxLimitReached()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, reached);
    m_network->setAnswer("GET", u"/rest/connections/max-limit-reached"_s,
                         FakeAnswer::json(200, body));
    auto *job = m_client->maxLimitReached();
    QSignalSpy result(job, &MaxLimitReachedJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().first().toBool(), reached);
    // Without it, a real PIM answers 302 to "/" (section 2).
    QCOMPARE(m_network->last().header("X-Requested-With"), QByteArray("XMLHttpRequest"));
}

void TestJobs::wrongCredentials()
{
    m_network->setAnswer(
        "GET", u"/rest/connections/wrong-credentials-combination"_s,
        FakeAnswer::json(
            200,
            R"({"erp":{"code":"erp","users":[{"username":"someone","date":"2020-01-02T12:34:23+00:00"}]}})"));
    auto *job = m_client->wrongCredentials();
    QSignalSpy result(job, &WrongCredentialsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto wrong = result.first().first().value<WrongCredentials>();
    QCOMPARE(wrong.usesOf(u"erp"_s).size(), 1);
    QCOMPARE(wrong.usesOf(u"erp"_s).first().username, u"someone"_s);

    m_network->setAnswer("GET", u"/rest/connections/wrong-credentials-combination"_s,
                         FakeAnswer::json(200, "[]"));
    auto *none = m_client->wrongCredentials();
    QSignalSpy noneResult(none, &WrongCredentialsJob::succeeded);
    QVERIFY(!runJob(none).isError());
    QVERIFY(noneResult.first().first().value<WrongCredentials>().isEmpty());
}

void TestJobs::rolesAndGroups()
{
    m_network->setAnswer(
        "GET", u"/rest/user_role/"_s,
        FakeAnswer::json(
            200,
            R"([{"id":1,"role":"ROLE_USER","label":"User","type":"default"},{"id":"2","role":"ROLE_API","label":"API","type":"api"}])"));
    m_network->setAnswer(
        "GET", u"/rest/user_group/"_s,
        FakeAnswer::json(
            200,
            R"([{"name":"All","meta":{"id":3,"default":true}},{"name":"IT","meta":{"id":4,"default":false}}])"));
    auto *roles = m_client->userRoles();
    QSignalSpy rolesResult(roles, &UserRolesJob::succeeded);
    QVERIFY(!runJob(roles).isError());
    const auto roleList = rolesResult.first().first().value<QList<UserRole>>();
    QCOMPARE(roleList.size(), 2);
    QCOMPARE(roleList.at(1).id, u"2"_s);
    auto *groups = m_client->userGroups();
    QSignalSpy groupsResult(groups, &UserGroupsJob::succeeded);
    QVERIFY(!runJob(groups).isError());
    const auto groupList = groupsResult.first().first().value<QList<UserGroup>>();
    QCOMPARE(groupList.size(), 2);
    QVERIFY(groupList.at(0).isDefault);
    QCOMPARE(groupList.at(1).id, u"4"_s);
}

void TestJobs::uploadStreamsAMultipartFile()
{
    m_network->setAnswer(
        "POST", u"/image-media"_s,
        FakeAnswer::json(
            200,
            R"({"originalFilename":"logo caf\u00e9.png","filePath":"a\/b\/c\/d\/1f_logo.png"})"));
    auto *job = m_client->uploadImage(m_image);
    QSignalSpy result(job, &UploadImageJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto uploaded = result.first().first().value<UploadedImage>();
    QCOMPARE(uploaded.filePath, u"a/b/c/d/1f_logo.png"_s);
    QCOMPARE(uploaded.originalFilename, u"logo café.png"_s);

    const RecordedRequest request = m_network->last();
    const QByteArray contentType =
        request.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    QVERIFY2(request.body.startsWith(QByteArray("--" + boundary)),
             request.body.left(200).constData());
    const QByteArray disposition = "Content-Disposition: form-data; name=\"file\"; filename=\"" +
                                   QStringLiteral("logo café.png").toUtf8() + '"';
    QVERIFY(request.body.contains(disposition));
    QVERIFY(request.body.contains("Content-Type: image/png"));
    QVERIFY(request.body.contains(m_imageBytes));
    QVERIFY(request.body.trimmed().endsWith(QByteArray("--" + boundary + "--")));
    QCOMPARE(request.header("X-Requested-With"), QByteArray("XMLHttpRequest"));
}

void TestJobs::uploadRefusesBeforeSending_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("not an accepted extension") << u"notes.txt"_s;
    QTest::newRow("no extension") << u"logo"_s;
    QTest::newRow("missing file") << u"missing.png"_s;
}

void TestJobs::uploadRefusesBeforeSending()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    if (file != u"missing.png"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    const ApiError error = runJob(m_client->uploadImage(path));
    QCOMPARE(error.kind, Kind::Validation);
    QVERIFY(error.message().contains(QFileInfo(path).fileName()));
    QVERIFY(!error.fieldMessage(u"image"_s).isEmpty());
    QCOMPARE(m_network->requests().size(), 0);
}

void TestJobs::downloadFollowsSameOriginRedirects()
{
    m_network->setAnswer("GET", u"/media/show/a%2Fb%2Fc%2Fd%2F1f_logo.png/thumbnail"_s,
                         FakeAnswer::redirect("/media/cache/thumbnail/a/b/c/d/1f_logo.png"));
    m_network->setAnswer("GET", u"/media/cache/thumbnail/a/b/c/d/1f_logo.png"_s,
                         FakeAnswer::bytes(m_imageBytes, "image/png"));
    auto *job = m_client->downloadImage(u"a/b/c/d/1f_logo.png"_s);
    QSignalSpy result(job, &DownloadImageJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().at(0).toByteArray(), m_imageBytes);
    QCOMPARE(result.first().at(1).toString(), u"image/png"_s);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).url.toString(),
             u"https://pim.test/media/cache/thumbnail/a/b/c/d/1f_logo.png"_s);
}

void TestJobs::downloadRefusesOtherOrigins()
{
    m_network->setAnswer("GET", u"/media/show/x.png/thumbnail"_s,
                         FakeAnswer::redirect("https://evil.test/x.png"));
    const ApiError error = runJob(m_client->downloadImage(u"x.png"_s));
    QCOMPARE(error.kind, Kind::Server);
    QVERIFY(error.detail.contains(u"evil.test"_s));
    QCOMPARE(m_network->requests().size(), 1);
}

void TestJobs::downloadStopsRedirectLoops()
{
    m_network->setAnswer("GET", u"/media/show/x.png/thumbnail"_s,
                         FakeAnswer::redirect("/media/show/x.png/thumbnail"));
    const ApiError error = runJob(m_client->downloadImage(u"x.png"_s));
    QCOMPARE(error.kind, Kind::Server);
    QCOMPARE(m_network->requests().size(), NetworkJob::MaxRedirects + 1);
}

void TestJobs::downloadRefusesHugeAnswers()
{
    m_network->setAnswer(
        "GET", u"/media/show/x.png/thumbnail"_s,
        FakeAnswer::bytes(QByteArray(DownloadImageJob::MaxImageSize + 1, 'x'), "image/png"));
    QCOMPARE(runJob(m_client->downloadImage(u"x.png"_s)).kind, Kind::Malformed);
}

void TestJobs::typedSignalComesBeforeFinished()
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

void TestJobs::cancelEmitsFinishedOnlyAndAbortsTheReply()
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

void TestJobs::cancelBeforeStart()
{
    QPointer<ListConnectionsJob> job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    job->start();
    QCOMPARE(m_network->requests().size(), 0);
}

void TestJobs::hangingReplyTimesOut()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    auto *job = m_client->listConnections();
    job->setTimeout(50);
    QCOMPARE(runJob(job).kind, Kind::Timeout);
    QCOMPARE(m_network->abortedReplies(), 1);
}

void TestJobs::slowReplyWithinTheTimeoutSucceeds()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]").delayed(50));
    auto *job = m_client->listConnections();
    job->setTimeout(5000);
    QVERIFY(!runJob(job).isError());
}

void TestJobs::slowReplyBeyondTheTimeoutTimesOut()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]").delayed(2000));
    auto *job = m_client->listConnections();
    job->setTimeout(30);
    QCOMPARE(runJob(job).kind, Kind::Timeout);
}

void TestJobs::destroyingARunningJobAbortsSilently()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::hang());
    auto *job = m_client->listConnections();
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    delete job;
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_network->abortedReplies(), 1);
}

void TestJobs::finishedJobsDeleteThemselves()
{
    m_network->setAnswer("GET", u"/rest/connections"_s, FakeAnswer::json(200, "[]"));
    QPointer<NetworkJob> job = m_client->listConnections();
    QVERIFY(!runJob(job).isError());
    QTRY_VERIFY(job.isNull());
}

void TestJobs::noSignalFromInsideStart()
{
    // Even a job refused before sending reports from the event loop.
    auto *job = m_client->uploadImage(m_dir.filePath(u"notes.txt"_s));
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(2000));
}

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
