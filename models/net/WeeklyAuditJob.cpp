#include "net/WeeklyAuditJob.h"

#include "net/AuditQuery.h"

WeeklyAuditJob::WeeklyAuditJob(PimSession *session, AuditEventType eventType,
                               std::optional<QDate> endDate, QObject *parent)
    : NetworkJob(session, parent)
    , m_eventType(eventType)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("event_type"), AuditTypes::toApi(eventType));
    setRoute(Verb::Get, QStringLiteral("/rest/connections/audit/weekly"),
             AuditQuery::withEndDate(query, endDate));
    setResult({200}, &WeeklyAudit::eventsFromJson, &WeeklyAuditJob::succeeded);
}
