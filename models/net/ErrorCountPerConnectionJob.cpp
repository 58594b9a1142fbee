#include "net/ErrorCountPerConnectionJob.h"

#include "net/AuditQuery.h"

ErrorCountPerConnectionJob::ErrorCountPerConnectionJob(PimSession *session,
                                                       AuditErrorType errorType,
                                                       std::optional<QDate> endDate,
                                                       QObject *parent)
    : NetworkJob(session, parent)
    , m_errorType(errorType)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error_type"), AuditTypes::toApi(errorType));
    setRoute(Verb::Get, QStringLiteral("/rest/connections/audit/error-count-per-connection"),
             AuditQuery::withEndDate(query, endDate));
    setResult({200}, &ErrorCounts::fromJson, &ErrorCountPerConnectionJob::succeeded);
}
