#include "net/AppMonitoringSettingsJob.h"

AppMonitoringSettingsJob::AppMonitoringSettingsJob(PimSession *session, const QString &code,
                                                   QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
{
    setRoute(Verb::Get, AppRoutes::appPath(code, QStringLiteral("/monitoring-settings")));
    setResult({200}, &AppMonitoringSettings::fromJson, &AppMonitoringSettingsJob::succeeded);
}
