#include "net/RegenerateSecretAndGetJob.h"

#include "net/PimSession.h"

#include <QNetworkAccessManager>

RegenerateSecretAndGetJob::RegenerateSecretAndGetJob(PimSession *session, const QString &code,
                                                     QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{}

QString RegenerateSecretAndGetJob::describe() const
{
    return m_step == Step::Regenerate
               ? QStringLiteral("POST /rest/connections/%1/regenerate-secret").arg(m_code)
               : QStringLiteral("GET /rest/connections/%1").arg(m_code);
}

QNetworkReply *RegenerateSecretAndGetJob::sendRequest()
{
    const QString path = QStringLiteral("/rest/connections/") + PimSession::encodeSegment(m_code);
    if (m_step == Step::Regenerate)
        return network()->post(backOfficeRequest(path + QStringLiteral("/regenerate-secret")),
                               QByteArray());
    return network()->get(backOfficeRequest(path));
}

void RegenerateSecretAndGetJob::handleAnswer(const HttpAnswer &answer)
{
    if (m_step == Step::Regenerate) {
        if (!expectStatus(answer, {204, 200}))
            return;
        m_step = Step::Get;
        sendNextStep();
        return;
    }
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto details = ConnectionDetails::fromJson(answer.body, &why);
    if (!details) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &details] { emit succeeded(*details); });
}
