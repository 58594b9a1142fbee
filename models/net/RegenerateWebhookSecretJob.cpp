#include "net/RegenerateWebhookSecretJob.h"

RegenerateWebhookSecretJob::RegenerateWebhookSecretJob(PimSession *session, const QString &code,
                                                       QObject *parent)
    : EventsRouteJob(session, parent)
    , m_code(code)
{
    setRoute(Verb::Get, EventsRoutes::webhookPath(code, QStringLiteral("/regenerate-secret")));
    setResult({204, 200}, &NoResultJob::succeeded);
}
