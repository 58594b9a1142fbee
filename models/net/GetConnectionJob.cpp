#include "net/GetConnectionJob.h"

#include "net/PimSession.h"

#include <QNetworkAccessManager>

GetConnectionJob::GetConnectionJob(PimSession *session, const QString &code, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{}

QString GetConnectionJob::describe() const
{
    return QStringLiteral("GET /rest/connections/") + m_code;
}

QNetworkReply *GetConnectionJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections/") +
                                            PimSession::encodeSegment(m_code)));
}

void GetConnectionJob::handleAnswer(const HttpAnswer &answer)
{
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
