#include "net/WeeklyAuditJob.h"

#include "net/AuditQuery.h"

#include <QNetworkAccessManager>

WeeklyAuditJob::WeeklyAuditJob(PimSession *session, AuditEventType eventType,
                               std::optional<QDate> endDate, QObject *parent)
    : NetworkJob(session, parent)
    , m_eventType(eventType)
    , m_endDate(endDate)
{}

QString WeeklyAuditJob::describe() const
{
    return QStringLiteral("GET /rest/connections/audit/weekly ") + AuditTypes::toApi(m_eventType);
}

QNetworkReply *WeeklyAuditJob::sendRequest()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("event_type"), AuditTypes::toApi(m_eventType));
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections/audit/weekly"),
                                            AuditQuery::withEndDate(query, m_endDate)));
}

void WeeklyAuditJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto audit = WeeklyAudit::fromJson(WeeklyAudit::Shape::Events, answer.body, &why);
    if (!audit) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &audit] { emit succeeded(*audit); });
}
