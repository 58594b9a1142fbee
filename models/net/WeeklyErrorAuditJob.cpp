#include "net/WeeklyErrorAuditJob.h"

#include "net/AuditQuery.h"

WeeklyErrorAuditJob::WeeklyErrorAuditJob(PimSession *session, std::optional<QDate> endDate,
                                         QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/connections/audit/weekly-error"),
             AuditQuery::withEndDate(QUrlQuery(), endDate));
    setResult({200}, &WeeklyAudit::errorsFromJson, &WeeklyErrorAuditJob::succeeded);
}
