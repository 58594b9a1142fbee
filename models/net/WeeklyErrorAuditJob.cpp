#include "net/WeeklyErrorAuditJob.h"

#include "net/AuditQuery.h"

#include <QNetworkAccessManager>

WeeklyErrorAuditJob::WeeklyErrorAuditJob(PimSession *session, std::optional<QDate> endDate,
                                         QObject *parent)
    : NetworkJob(session, parent)
    , m_endDate(endDate)
{}

QNetworkReply *WeeklyErrorAuditJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections/audit/weekly-error"),
                                            AuditQuery::withEndDate(QUrlQuery(), m_endDate)));
}

void WeeklyErrorAuditJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto audit = WeeklyAudit::fromJson(WeeklyAudit::Shape::Errors, answer.body, &why);
    if (!audit) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &audit] { emit succeeded(*audit); });
}
