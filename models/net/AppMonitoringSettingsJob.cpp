#include "net/AppMonitoringSettingsJob.h"

#include <QNetworkAccessManager>

AppMonitoringSettingsJob::AppMonitoringSettingsJob(PimSession *session, const QString &code,
                                                   QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
{}

QString AppMonitoringSettingsJob::describe() const
{
    return QStringLiteral("GET /rest/apps/connected-apps/%1/monitoring-settings").arg(m_code);
}

QNetworkReply *AppMonitoringSettingsJob::sendRequest()
{
    return network()->get(
        backOfficeRequest(appPath(m_code, QStringLiteral("/monitoring-settings"))));
}

void AppMonitoringSettingsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto settings = AppMonitoringSettings::fromJson(answer.body, &why);
    if (!settings) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &settings] { emit succeeded(*settings); });
}
