#pragma once

#include "domain/EventSubscription.h"
#include "net/EventsRouteJob.h"
#include "net/NoResultJob.h"

// POST /rest/connections/{code}/webhook with {"code","enabled","url","is_using_uuid"}
// (docs/pim-api.md §8.3) → 204. 422 → Validation with §8.3's field errors ("url", "enabled",
// "code"); 403 → Forbidden ("Manage connections settings"); 404 → Unavailable.
class UpdateEventSubscriptionJob : public EventsRouteJob<NoResultJob>
{
    Q_OBJECT

public:
    UpdateEventSubscriptionJob(PimSession *session, const EventSubscriptionUpdate &update,
                               QObject *parent = nullptr);
    EventSubscriptionUpdate update() const { return m_update; }

private:
    EventSubscriptionUpdate m_update;
};
