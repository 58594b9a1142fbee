#pragma once

#include "net/EventsRouteJob.h"
#include "net/NoResultJob.h"

// GET /rest/connections/{code}/webhook/regenerate-secret (docs/pim-api.md §8.4) → 204: the PIM
// stores a new secret; read it with GetEventSubscriptionJob. A GET that changes state: start
// it only on the user's explicit request. It is never prefetched nor sent as HEAD (§12), and
// repeated only after the PIM refused it for an expired session (401, NetworkJob), when it
// did not run.
class RegenerateWebhookSecretJob : public EventsRouteJob<NoResultJob>
{
    Q_OBJECT

public:
    RegenerateWebhookSecretJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

private:
    QString m_code;
};
