#pragma once

#include "domain/Connection.h"
#include "net/NoResultJob.h"

// POST /rest/connections/{code} with ConnectionUpdate::toJson() (docs/pim-api.md §2) → 204.
// 422 → Validation (docs/pim-api.md §4); 400 {"message"} (unknown connection, role or group) →
// Validation; 403 → Forbidden; a 500 for a body the server could not take → Server.
class UpdateConnectionJob : public NoResultJob
{
    Q_OBJECT

public:
    UpdateConnectionJob(PimSession *session, const ConnectionUpdate &update,
                        QObject *parent = nullptr);
};
