#include "net/ConnectedAppsJob.h"

ConnectedAppsJob::ConnectedAppsJob(PimSession *session, QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::List, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/apps/connected-apps"));
    setResult({200}, &ConnectedApp::listFromJson, &ConnectedAppsJob::succeeded);
}
