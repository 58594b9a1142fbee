#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// POST /rest/connections {"code","label","flow_type"} (docs/pim-api.md §2) → 201, shape B
// with the password set (shown once: docs/pim-api.md §7). 422 → Validation with the field errors of
// docs/pim-api.md §4; 400 {"message"} → Validation. The answer holds secrets: never logged.
class CreateConnectionJob : public NetworkJob
{
    Q_OBJECT

public:
    CreateConnectionJob(PimSession *session, const QString &code, const QString &label,
                        FlowType flowType, QObject *parent = nullptr);

signals:
    void succeeded(const ConnectionDetails &details);
};
