#include "net/TestCredentialsJob.h"

#include "domain/ShortAnswers.h"

#include <QJsonDocument>

TestCredentialsJob::TestCredentialsJob(PimSession *session, const Credentials &credentials,
                                       const QString &password, QObject *parent)
    : NoResultJob(session, parent)
    , m_clientId(credentials.clientId)
    , m_secret(credentials.secret)
    , m_username(credentials.username)
    , m_password(password)
{
    setRenewsSession(false);
    setPublicApi(true);
    setRoute(Verb::Post, QStringLiteral("/api/oauth/v1/token"));
    setResult({200}, &NoResultJob::succeeded);
    connect(this, &NetworkJob::finished, this, &TestCredentialsJob::wipe);
}

TestCredentialsJob::~TestCredentialsJob()
{
    wipe();
}

void TestCredentialsJob::wipe()
{
    m_secret.fill(QChar(0));
    m_secret.clear();
    m_password.fill(QChar(0));
    m_password.clear();
    m_accessToken.fill('\0');
    m_accessToken.clear();
}

QNetworkReply *TestCredentialsJob::sendRequest()
{
    QNetworkRequest request = routeRequest();
    if (m_step == Step::Products) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
        return sendRoute(request);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization",
                         "Basic " + (m_clientId + QLatin1Char(':') + m_secret).toUtf8().toBase64());
    const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("password")},
                           {QStringLiteral("username"), m_username},
                           {QStringLiteral("password"), m_password}};
    return sendRoute(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestCredentialsJob::handleAnswer(const HttpAnswer &answer)
{
    if (m_step == Step::Products) {
        NetworkJob::handleAnswer(answer); // 200: the credentials work
        return;
    }
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    std::optional<QString> token = ShortAnswers::accessToken(answer.body, &why);
    if (!token) {
        failMalformed(answer, why);
        return;
    }
    m_accessToken = token->toUtf8();
    token->fill(QChar(0));
    m_step = Step::Products;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    setRoute(Verb::Get, QStringLiteral("/api/rest/v1/products"), query);
    sendNextStep();
}
