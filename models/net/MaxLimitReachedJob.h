#pragma once

#include "net/NetworkJob.h"

// GET /rest/connections/max-limit-reached (docs/pim-api.md §2) → {"limitReached":bool}.
// While true, creating is refused (the limit of 50, docs/pim-api.md §3).
class MaxLimitReachedJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit MaxLimitReachedJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(bool limitReached);
};
