#include "net/BusinessErrorsJob.h"

#include "net/AuditQuery.h"

BusinessErrorsJob::BusinessErrorsJob(PimSession *session, const QString &code,
                                     std::optional<QDate> endDate, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{
    setRoute(Verb::Get, connectionPath(code, QStringLiteral("/business-errors")),
             AuditQuery::withEndDate(QUrlQuery(), endDate));
    setResult({200}, &BusinessError::listFromJson, &BusinessErrorsJob::succeeded);
}
