#include "net/UpdateEventSubscriptionJob.h"

UpdateEventSubscriptionJob::UpdateEventSubscriptionJob(PimSession *session,
                                                       const EventSubscriptionUpdate &update,
                                                       QObject *parent)
    : EventsRouteJob(session, parent)
    , m_update(update)
{
    setRoute(Verb::Post, EventsRoutes::webhookPath(update.code));
    setJsonBody(update.toSymfonyJson().toJson());
    setResult({204, 200}, &NoResultJob::succeeded);
}
