#pragma once

#include "domain/ConnectedApp.h"
#include "net/AppRouteJob.h"

// GET /rest/apps/connected-apps (docs/pim-api.md §11.2) → the connected Apps. 404 (the feature
// is off, as on most self-hosted Community Editions) → Unavailable.
class ConnectedAppsJob : public AppRouteJob
{
    Q_OBJECT

public:
    explicit ConnectedAppsJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const QList<ConnectedApp> &apps);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override { return QStringLiteral("GET /rest/apps/connected-apps"); }
};
