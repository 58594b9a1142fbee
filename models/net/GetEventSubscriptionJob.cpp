#include "net/GetEventSubscriptionJob.h"

GetEventSubscriptionJob::GetEventSubscriptionJob(PimSession *session, const QString &code,
                                                 QObject *parent)
    : EventsRouteJob(session, parent)
    , m_code(code)
{
    setRoute(Verb::Get, EventsRoutes::webhookPath(code));
    setResult({200}, &EventSubscriptionForm::fromJson, &GetEventSubscriptionJob::succeeded);
}
