#include "net/BusinessErrorsJob.h"

#include "net/AuditQuery.h"
#include "net/PimSession.h"

#include <QNetworkAccessManager>

BusinessErrorsJob::BusinessErrorsJob(PimSession *session, const QString &code,
                                     std::optional<QDate> endDate, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
    , m_endDate(endDate)
{}

QString BusinessErrorsJob::describe() const
{
    return QStringLiteral("GET /rest/connections/%1/business-errors").arg(m_code);
}

QNetworkReply *BusinessErrorsJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections/") +
                                                PimSession::encodeSegment(m_code) +
                                                QStringLiteral("/business-errors"),
                                            AuditQuery::withEndDate(QUrlQuery(), m_endDate)));
}

void BusinessErrorsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto errors = BusinessError::listFromJson(answer.body, &why);
    if (!errors) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &errors] { emit succeeded(*errors); });
}
