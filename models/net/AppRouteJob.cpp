#include "net/AppRouteJob.h"

#include "net/PimSession.h"

AppRouteJob::AppRouteJob(PimSession *session, ErrorMapping::AppsScope scope, QObject *parent)
    : NetworkJob(session, parent)
    , m_scope(scope)
{}

ApiError AppRouteJob::mapFailure(const HttpAnswer &answer) const
{
    return ErrorMapping::fromAppsStatus(answer, m_scope);
}

QString AppRouteJob::appPath(const QString &code, const QString &rest)
{
    return QStringLiteral("/rest/apps/connected-apps/") + PimSession::encodeSegment(code) + rest;
}
