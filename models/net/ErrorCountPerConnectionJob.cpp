#include "net/ErrorCountPerConnectionJob.h"

#include "net/AuditQuery.h"

#include <QNetworkAccessManager>

ErrorCountPerConnectionJob::ErrorCountPerConnectionJob(PimSession *session,
                                                       AuditErrorType errorType,
                                                       std::optional<QDate> endDate,
                                                       QObject *parent)
    : NetworkJob(session, parent)
    , m_errorType(errorType)
    , m_endDate(endDate)
{}

QString ErrorCountPerConnectionJob::describe() const
{
    return QStringLiteral("GET /rest/connections/audit/error-count-per-connection ") +
           AuditTypes::toApi(m_errorType);
}

QNetworkReply *ErrorCountPerConnectionJob::sendRequest()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error_type"), AuditTypes::toApi(m_errorType));
    return network()->get(
        backOfficeRequest(QStringLiteral("/rest/connections/audit/error-count-per-connection"),
                          AuditQuery::withEndDate(query, m_endDate)));
}

void ErrorCountPerConnectionJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto counts = ErrorCounts::fromJson(answer.body, &why);
    if (!counts) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &counts] { emit succeeded(*counts); });
}
