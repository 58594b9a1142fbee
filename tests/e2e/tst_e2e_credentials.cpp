// The credentials the client shows, used where connectors use them: the public API (docs/pim-api.md
// §5). They work (TestCredentialsJob, and a token request made from the outside) until
// they are regenerated or the connection is deleted; then the PIM's exact refusals. Also the
// wrong credentials combination a mixed-up token request leaves, as the overview shows it.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Section 5, word for word.
const QString ClientRefused =
    u"Parameter \"client_id\" is missing or does not match any client, or secret is invalid"_s;
const QString UserRefused = u"No user found for the given username and password"_s;
const QString TokenInvalid = u"The access token provided is invalid."_s;
const QString TokenExpired = u"The access token provided has expired."_s;

QByteArray passwordGrant(const QString &username, const QString &password)
{
    return QJsonDocument(QJsonObject{{u"grant_type"_s, u"password"_s},
                                     {u"username"_s, username},
                                     {u"password"_s, password}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestE2eCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void workUntilSecretRegenerated();
    void workUntilPasswordRegenerated();
    void deletionRevokesEverything();
    void accessTokenExpires();
    void wrongCredentialsCombinationMarksTheTile();

private:
    bool create(const QString &label, ConnectionDetails *out);
    // TestCredentialsJob: empty when the credentials work, else why not.
    QString whyNotWorking(const Credentials &credentials, const QString &password);
    // TestCredentialsJob, expected to be refused at the token step with `message`.
    QString whyNotRefused(const Credentials &credentials, const QString &password,
                          const QString &message);
    // From the outside: a password grant; the access token, or empty (with the answer in *why).
    QString rawToken(const Credentials &credentials, const QString &password, QString *why);
    // From the outside: GET /api/rest/v1/products with the token → the status and the message.
    QPair<int, QString> useToken(const QString &token);

    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
    std::unique_ptr<HttpClient> m_outside;
};

void TestE2eCredentials::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    qInfo("running against %s", qPrintable(m_target.describe()));
    m_client = m_target.newClient(m_target.admin());
    E2E_VERIFY_OK(E2e::signIn(m_client->session()));
    m_outside = std::make_unique<HttpClient>(m_target.url());
    m_outside->setXmlHttpRequest(false); // a connector, not the web UI
}

void TestE2eCredentials::cleanup()
{
    const QStringList problems = m_target.cleanup();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestE2eCredentials::cleanupTestCase()
{
    cleanup();
}

bool TestE2eCredentials::create(const QString &label, ConnectionDetails *out)
{
    const auto created =
        E2e::call(m_client->createConnection(m_target.newCode(), label, FlowType::Source),
                  &CreateConnectionJob::succeeded);
    if (created.error)
        qWarning("create: %s", qPrintable(E2e::describe(created.error)));
    *out = created.value;
    return created.ok() && created.value.credentials.password.has_value();
}

QString TestE2eCredentials::whyNotWorking(const Credentials &credentials, const QString &password)
{
    auto *job = m_client->testCredentials(credentials, password);
    TestCredentialsJob::Step step = TestCredentialsJob::Step::Token;
    QObject::connect(job, &NetworkJob::finished, job, [job, &step] { step = job->step(); });
    const ApiError error = E2e::run(job);
    if (!error.isError())
        return {};
    // On a PIM of the user's, the connection's default role may lack the right to list
    // products: the token was still granted, which is what is checked here.
    if (!m_target.isSandbox() && step == TestCredentialsJob::Step::Products &&
        error.httpStatus == 403) {
        qInfo("the token works; this PIM's default role cannot list products (403)");
        return {};
    }
    return E2e::describe(error);
}

QString TestE2eCredentials::whyNotRefused(const Credentials &credentials, const QString &password,
                                          const QString &message)
{
    auto *job = m_client->testCredentials(credentials, password);
    TestCredentialsJob::Step step = TestCredentialsJob::Step::Products;
    QObject::connect(job, &NetworkJob::finished, job, [job, &step] { step = job->step(); });
    const ApiError error = E2e::run(job);
    if (error.kind != Kind::Validation || error.httpStatus != 422 || error.detail != message ||
        step != TestCredentialsJob::Step::Token)
        return u"expected the token's 422 \"%1\", got %2"_s.arg(message, E2e::describe(error));
    // What the screen shows is the PIM's own sentence.
    if (!error.message().contains(message))
        return u"the message does not quote the PIM: "_s + error.message();
    return {};
}

QString TestE2eCredentials::rawToken(const Credentials &credentials, const QString &password,
                                     QString *why)
{
    const HttpReply reply = m_outside->token(credentials.clientId, credentials.secret,
                                             passwordGrant(credentials.username, password));
    const QJsonObject body = reply.json().toObject();
    if (reply.status != 200) {
        *why = u"HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
        return {};
    }
    // Section 5's success shape.
    if (body.value(u"token_type"_s).toString().compare(u"bearer"_s, Qt::CaseInsensitive) != 0 ||
        body.value(u"expires_in"_s).toInt() <= 0 ||
        body.value(u"refresh_token"_s).toString().isEmpty()) {
        *why = u"not the PIM's token answer"_s;
        return {};
    }
    return body.value(u"access_token"_s).toString();
}

QPair<int, QString> TestE2eCredentials::useToken(const QString &token)
{
    const HttpReply reply = m_outside->get(u"/api/rest/v1/products?limit=1"_s,
                                           {{"Authorization", "Bearer " + token.toUtf8()}});
    return {reply.status, reply.json().toObject().value(u"message"_s).toString()};
}

void TestE2eCredentials::workUntilSecretRegenerated()
{
    ConnectionDetails created;
    QVERIFY(create(u"E2E secret user"_s, &created));
    const Credentials &old = created.credentials;
    const QString password = *old.password;
    QString why = whyNotWorking(old, password);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString oldToken = rawToken(old, password, &why);
    QVERIFY2(!oldToken.isEmpty(), qPrintable(why));
    QVERIFY(useToken(oldToken).first != 401);

    const auto regenerated = E2e::call(m_client->regenerateSecretAndGet(created.connection.code),
                                       &RegenerateSecretAndGetJob::succeeded);
    E2E_VERIFY_OK(regenerated.error);
    const Credentials fresh = regenerated.value.credentials;
    QCOMPARE(fresh.clientId, old.clientId);

    // The old secret: the token endpoint's exact refusal; the old token: 401.
    why = whyNotRefused(old, password, ClientRefused);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const HttpReply refused =
        m_outside->token(old.clientId, old.secret, passwordGrant(old.username, password));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json().toObject().value(u"message"_s).toString(), ClientRefused);
    QCOMPARE(refused.json().toObject().value(u"code"_s).toInt(), 422);
    QCOMPARE(useToken(oldToken), qMakePair(401, TokenInvalid));

    // The new secret with the same password works.
    why = whyNotWorking(fresh, password);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestE2eCredentials::workUntilPasswordRegenerated()
{
    ConnectionDetails created;
    QVERIFY(create(u"E2E password user"_s, &created));
    const Credentials &credentials = created.credentials;
    const QString oldPassword = *credentials.password;
    QString why;
    const QString oldToken = rawToken(credentials, oldPassword, &why);
    QVERIFY2(!oldToken.isEmpty(), qPrintable(why));

    const auto regenerated = E2e::call(m_client->regeneratePassword(created.connection.code),
                                       &RegeneratePasswordJob::succeeded);
    E2E_VERIFY_OK(regenerated.error);
    const QString newPassword = regenerated.value;
    QVERIFY(newPassword != oldPassword);

    why = whyNotRefused(credentials, oldPassword, UserRefused);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(useToken(oldToken), qMakePair(401, TokenInvalid));
    why = whyNotWorking(credentials, newPassword);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString newToken = rawToken(credentials, newPassword, &why);
    QVERIFY2(!newToken.isEmpty(), qPrintable(why));
    QVERIFY(useToken(newToken).first != 401);
}

void TestE2eCredentials::deletionRevokesEverything()
{
    ConnectionDetails created;
    QVERIFY(create(u"E2E deleted user"_s, &created));
    const Credentials &credentials = created.credentials;
    QString why;
    const QString token = rawToken(credentials, *credentials.password, &why);
    QVERIFY2(!token.isEmpty(), qPrintable(why));

    E2E_VERIFY_OK(E2e::run(m_client->deleteConnection(created.connection.code)));
    // Section 3: the connection, its user and its client are gone, and their tokens.
    QCOMPARE(useToken(token), qMakePair(401, TokenInvalid));
    why = whyNotRefused(credentials, *credentials.password, ClientRefused);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestE2eCredentials::accessTokenExpires()
{
    E2E_REQUIRE_SANDBOX(m_target, "an access token lifetime of 1 s");
    E2eTarget shortTokens;
    SandboxProcess::Options options = E2eTarget::sandboxOptions();
    options.tokenTtlSeconds = 1;
    QVERIFY2(shortTokens.startSandbox(options), qPrintable(shortTokens.errorString()));
    const auto client = shortTokens.newClient(shortTokens.admin());
    const auto created = E2e::call(
        client->createConnection(shortTokens.newCode(), u"E2E short tokens"_s, FlowType::Source),
        &CreateConnectionJob::succeeded);
    E2E_VERIFY_OK(created.error); // signed in first, by itself
    const Credentials credentials = created.value.credentials;

    HttpClient outside(shortTokens.url());
    outside.setXmlHttpRequest(false);
    const HttpReply granted = outside.token(
        credentials.clientId, credentials.secret,
        passwordGrant(credentials.username, credentials.password.value_or(QString())));
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json().toObject().value(u"expires_in"_s).toInt(), 1);
    const QByteArray bearer =
        "Bearer " + granted.json().toObject().value(u"access_token"_s).toString().toUtf8();
    // Once its second is over, the token is refused as expired (not as invalid).
    QTRY_COMPARE_WITH_TIMEOUT(outside.get(u"/api/rest/v1/products"_s, {{"Authorization", bearer}})
                                  .json()
                                  .toObject()
                                  .value(u"message"_s)
                                  .toString(),
                              TokenExpired, 15000);
    QCOMPARE(outside.get(u"/api/rest/v1/products"_s, {{"Authorization", bearer}}).status, 401);
}

void TestE2eCredentials::wrongCredentialsCombinationMarksTheTile()
{
    ConnectionDetails first;
    ConnectionDetails second;
    QVERIFY(create(u"E2E mixed up client"_s, &first));
    QVERIFY(create(u"E2E mixed up user"_s, &second));

    // A connector that uses the first connection's client with the second one's user.
    Credentials mixed = first.credentials;
    mixed.username = second.credentials.username;
    QString why;
    QVERIFY2(!rawToken(mixed, *second.credentials.password, &why).isEmpty(), qPrintable(why));

    const auto wrong = E2e::call(m_client->wrongCredentials(), &WrongCredentialsJob::succeeded);
    E2E_VERIFY_OK(wrong.error);
    const QString code = first.connection.code;
    QVERIFY(wrong.value.contains(code));
    QVERIFY(!wrong.value.contains(second.connection.code));
    const QList<WrongCredentialsUse> uses = wrong.value.usesOf(code);
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.constFirst().username, second.credentials.username);
    QVERIFY(uses.constFirst().date.isValid());
    QVERIFY(qAbs(uses.constFirst().date.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);

    // The overview marks that tile, and only that one.
    ConnectionsController controller(m_client.get());
    QSignalSpy refreshed(&controller, &ConnectionsController::refreshed);
    controller.refresh();
    QVERIFY(refreshed.wait(E2e::WaitMs));
    ConnectionListModel *model = controller.model();
    const QModelIndex tile = model->index(model->rowOf(code));
    QVERIFY(tile.isValid());
    QVERIFY(tile.data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QVERIFY(tile.data(ConnectionListModel::WrongCredentialsTextRole)
                .toString()
                .contains(second.credentials.username));
    QCOMPARE(tile.data(ConnectionListModel::WrongCredentialsUsesRole).toList().size(), 1);
    const QModelIndex other = model->index(model->rowOf(second.connection.code));
    QVERIFY(other.isValid());
    QVERIFY(!other.data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QVERIFY(model->hasAnyWrongCredentials());
    QVERIFY(controller.wrongCredentials().contains(code));
}

QTEST_MAIN(TestE2eCredentials)
#include "tst_e2e_credentials.moc"
