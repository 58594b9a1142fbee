#pragma once

#include "domain/ConnectedApp.h"
#include "net/AppRouteJob.h"

// GET /rest/apps/connected-apps (docs/pim-api.md §11.2) → the connected Apps. 404 (the feature
// is off, as on most self-hosted Community Editions) → Unavailable.
// Needs X-Requested-With, else a real PIM answers 302 to "/": PimNetworkAccessManager adds it.
class ConnectedAppsJob : public AppRouteJob<NetworkJob>
{
    Q_OBJECT

public:
    explicit ConnectedAppsJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const QList<ConnectedApp> &apps);
};
