#pragma once

#include "net/NoResultJob.h"

// DELETE /rest/connections/{code} (docs/pim-api.md §2) → 204. 400 {"message"} (unknown
// connection) → Validation; 403 → Forbidden.
class DeleteConnectionJob : public NoResultJob
{
    Q_OBJECT

public:
    DeleteConnectionJob(PimSession *session, const QString &code, QObject *parent = nullptr);
};
