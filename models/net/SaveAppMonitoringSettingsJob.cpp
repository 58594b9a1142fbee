#include "net/SaveAppMonitoringSettingsJob.h"

#include <QNetworkAccessManager>

SaveAppMonitoringSettingsJob::SaveAppMonitoringSettingsJob(PimSession *session, const QString &code,
                                                           const AppMonitoringSettings &settings,
                                                           QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
    , m_settings(settings)
{}

QString SaveAppMonitoringSettingsJob::describe() const
{
    return QStringLiteral("POST /rest/apps/connected-apps/%1/monitoring-settings").arg(m_code);
}

QNetworkReply *SaveAppMonitoringSettingsJob::sendRequest()
{
    QNetworkRequest request =
        backOfficeRequest(appPath(m_code, QStringLiteral("/monitoring-settings")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return network()->post(request, m_settings.toSymfonyJson().toJson());
}

void SaveAppMonitoringSettingsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {204, 200}))
        return;
    succeed([this] { emit succeeded(); });
}
