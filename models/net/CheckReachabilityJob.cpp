#include "net/CheckReachabilityJob.h"

CheckReachabilityJob::CheckReachabilityJob(PimSession *session, const QString &code,
                                           const QString &url, const QString &secret,
                                           QObject *parent)
    : EventsRouteJob(session, parent)
    , m_code(code)
{
    setRoute(Verb::Post, EventsRoutes::webhookPath(code, QStringLiteral("/check-reachability")));
    m_body = SymfonyJson::object({{QStringLiteral("url"), url}, {QStringLiteral("secret"), secret}})
                 .toJson();
    setTimeout(qMax(timeout(), TimeoutMs));
    setResult({200}, &ReachabilityResult::fromJson, &CheckReachabilityJob::succeeded);
}

QNetworkReply *CheckReachabilityJob::sendRequest()
{
    QNetworkRequest request = routeRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeout());
    return sendRoute(request, m_body);
}
