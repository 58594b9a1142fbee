#include "net/DeleteAppJob.h"

#include <QNetworkAccessManager>

DeleteAppJob::DeleteAppJob(PimSession *session, const QString &code, QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
{}

QString DeleteAppJob::describe() const
{
    return QStringLiteral("DELETE /rest/apps/connected-apps/") + m_code;
}

QNetworkReply *DeleteAppJob::sendRequest()
{
    return network()->deleteResource(backOfficeRequest(appPath(m_code)));
}

void DeleteAppJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {204, 200}))
        return;
    succeed([this] { emit succeeded(); });
}
