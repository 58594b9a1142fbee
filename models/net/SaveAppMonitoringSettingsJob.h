#pragma once

#include "domain/ConnectedApp.h"
#include "net/AppRouteJob.h"
#include "net/NoResultJob.h"

// POST /rest/apps/connected-apps/{code}/monitoring-settings with {"flowType","auditable"}
// (docs/pim-api.md §11.2) → 204. 422 → Validation (§4's format, or {"error":"..."}); 403 (no
// "Manage apps") and 404 → Unavailable.
class SaveAppMonitoringSettingsJob : public AppRouteJob<NoResultJob>
{
    Q_OBJECT

public:
    SaveAppMonitoringSettingsJob(PimSession *session, const QString &code,
                                 const AppMonitoringSettings &settings, QObject *parent = nullptr);
    QString code() const { return m_code; }
    AppMonitoringSettings settings() const { return m_settings; }

private:
    QString m_code;
    AppMonitoringSettings m_settings;
};
