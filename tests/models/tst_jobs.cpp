// One job per route (docs/pim-api.md §2): what each sends and what it gives back.
#include "JobTestCase.h"

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

class TestJobs : public JobTestCase
{
    Q_OBJECT

private slots:
    void init() { makeClient(); }
    void cleanup() { deleteClient(); }

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
};

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
    // Without it, a real PIM answers 302 to "/" (docs/pim-api.md §2).
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

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
