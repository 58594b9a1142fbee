#include "net/SaveAppMonitoringSettingsJob.h"

SaveAppMonitoringSettingsJob::SaveAppMonitoringSettingsJob(PimSession *session, const QString &code,
                                                           const AppMonitoringSettings &settings,
                                                           QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
    , m_settings(settings)
{
    setRoute(Verb::Post, AppRoutes::appPath(code, QStringLiteral("/monitoring-settings")));
    setJsonBody(settings.toSymfonyJson().toJson());
    setResult({204, 200}, &NoResultJob::succeeded);
}
