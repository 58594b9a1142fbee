#pragma once

#include "domain/AuditCounts.h"
#include "net/NetworkJob.h"

#include <optional>

// GET /rest/connections/audit/error-count-per-connection?error_type=...[&end_date=YYYY-MM-DD]
// (docs/pim-api.md §10) → ErrorCounts: per source connection, the errors of the 7 days that
// end with end_date; no "<all>". No ACL.
class ErrorCountPerConnectionJob : public NetworkJob
{
    Q_OBJECT

public:
    ErrorCountPerConnectionJob(PimSession *session, AuditErrorType errorType,
                               std::optional<QDate> endDate = std::nullopt,
                               QObject *parent = nullptr);
    AuditErrorType errorType() const { return m_errorType; }

signals:
    void succeeded(const ErrorCounts &counts);

private:
    AuditErrorType m_errorType;
};
