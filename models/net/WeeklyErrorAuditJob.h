#pragma once

#include "domain/AuditCounts.h"
#include "net/NetworkJob.h"

#include <optional>

// GET /rest/connections/audit/weekly-error[?end_date=YYYY-MM-DD] (docs/pim-api.md §10)
// → WeeklyAudit (Shape::Errors): per source connection, business and technical errors
// together, the day before the week and the week, with current_week_total. No ACL.
class WeeklyErrorAuditJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit WeeklyErrorAuditJob(PimSession *session, std::optional<QDate> endDate = std::nullopt,
                                 QObject *parent = nullptr);

signals:
    void succeeded(const WeeklyAudit &audit);
};
