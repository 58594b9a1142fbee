#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// GET /rest/connections/{code} (docs/pim-api.md §2): shape B, with "password": null.
// 404 (unknown, or not of type "default") → NotFound; 403 → Forbidden.
// The answer holds the secret: it is never logged.
class GetConnectionJob : public NetworkJob
{
    Q_OBJECT

public:
    GetConnectionJob(PimSession *session, const QString &code, QObject *parent = nullptr);

signals:
    void succeeded(const ConnectionDetails &details);
};
