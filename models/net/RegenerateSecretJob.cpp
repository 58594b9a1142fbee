#include "net/RegenerateSecretJob.h"

#include "net/PimSession.h"

#include <QNetworkAccessManager>

RegenerateSecretJob::RegenerateSecretJob(PimSession *session, const QString &code, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{}

QString RegenerateSecretJob::describe() const
{
    return QStringLiteral("POST /rest/connections/%1/regenerate-secret").arg(m_code);
}

QNetworkReply *RegenerateSecretJob::sendRequest()
{
    return network()->post(backOfficeRequest(QStringLiteral("/rest/connections/") +
                                             PimSession::encodeSegment(m_code) +
                                             QStringLiteral("/regenerate-secret")),
                           QByteArray());
}

void RegenerateSecretJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {204, 200}))
        return;
    succeed([this] { emit succeeded(); });
}
