#pragma once

#include "domain/EventSubscription.h"
#include "net/EventsRouteJob.h"

// GET /rest/connections/{code}/webhook (docs/pim-api.md §8.2) → the subscription with its
// secret and the limit of active subscriptions. 404 → Unavailable (no Events API, or no such
// connection: the caller knows which).
class GetEventSubscriptionJob : public EventsRouteJob<NetworkJob>
{
    Q_OBJECT

public:
    GetEventSubscriptionJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const EventSubscriptionForm &form);

private:
    QString m_code;
};
