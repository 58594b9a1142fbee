#include "net/ConnectedAppsJob.h"

#include <QNetworkAccessManager>

ConnectedAppsJob::ConnectedAppsJob(PimSession *session, QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::List, parent)
{}

QNetworkReply *ConnectedAppsJob::sendRequest()
{
    // Needs X-Requested-With, else a real PIM answers 302 to "/": PimNetworkAccessManager.
    return network()->get(backOfficeRequest(QStringLiteral("/rest/apps/connected-apps")));
}

void ConnectedAppsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto apps = ConnectedApp::listFromJson(answer.body, &why);
    if (!apps) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &apps] { emit succeeded(*apps); });
}
