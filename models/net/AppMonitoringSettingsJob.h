#pragma once

#include "domain/ConnectedApp.h"
#include "net/AppRouteJob.h"

// GET /rest/apps/connected-apps/{code}/monitoring-settings (docs/pim-api.md §11.2)
// → {"flowType","auditable"}. 403 (no "Manage apps") and 404 → Unavailable.
class AppMonitoringSettingsJob : public AppRouteJob<NetworkJob>
{
    Q_OBJECT

public:
    AppMonitoringSettingsJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const AppMonitoringSettings &settings);

private:
    QString m_code;
};
