#pragma once

#include "domain/AuditCounts.h"
#include "net/NetworkJob.h"

#include <optional>

// GET /rest/connections/audit/weekly?event_type=...[&end_date=YYYY-MM-DD] (docs/pim-api.md §10)
// → WeeklyAudit (Shape::Events): per connection, the 8 days' counts and weekly_total. No ACL.
class WeeklyAuditJob : public NetworkJob
{
    Q_OBJECT

public:
    WeeklyAuditJob(PimSession *session, AuditEventType eventType,
                   std::optional<QDate> endDate = std::nullopt, QObject *parent = nullptr);
    AuditEventType eventType() const { return m_eventType; }

signals:
    void succeeded(const WeeklyAudit &audit);

private:
    AuditEventType m_eventType;
};
