#include "net/TestCredentialsJob.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

TestCredentialsJob::TestCredentialsJob(PimSession *session, const Credentials &credentials,
                                       const QString &password, QObject *parent)
    : NetworkJob(session, parent)
    , m_clientId(credentials.clientId)
    , m_secret(credentials.secret)
    , m_username(credentials.username)
    , m_password(password)
{
    setRenewsSession(false);
    setPublicApi(true);
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

QString TestCredentialsJob::describe() const
{
    return m_step == Step::Token ? QStringLiteral("POST /api/oauth/v1/token")
                                 : QStringLiteral("GET /api/rest/v1/products");
}

QNetworkReply *TestCredentialsJob::sendRequest()
{
    if (m_step == Step::Token) {
        QNetworkRequest request = publicApiRequest(QStringLiteral("/api/oauth/v1/token"));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Basic " +
                                 (m_clientId + QLatin1Char(':') + m_secret).toUtf8().toBase64());
        const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("username"), m_username},
                               {QStringLiteral("password"), m_password}};
        return network()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    QNetworkRequest request = publicApiRequest(QStringLiteral("/api/rest/v1/products"), query);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    return network()->get(request);
}

void TestCredentialsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    if (m_step == Step::Products) {
        succeed([this] { emit succeeded(); });
        return;
    }
    QJsonValue root;
    QString why;
    QString token;
    if (!JsonRead::parse(answer.body, &root, &why) ||
        !JsonRead::requiredString(root.toObject(), QStringLiteral("access_token"), &token, &why)) {
        failMalformed(answer, why);
        return;
    }
    if (token.isEmpty()) {
        failMalformed(
            answer, QCoreApplication::translate("TestCredentialsJob", "the access token is empty"));
        return;
    }
    m_accessToken = token.toUtf8();
    token.fill(QChar(0));
    m_step = Step::Products;
    sendNextStep();
}
