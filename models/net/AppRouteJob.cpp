#include "net/AppRouteJob.h"

#include "net/PimSession.h"

QString AppRoutes::appPath(const QString &code, const QString &rest)
{
    return QStringLiteral("/rest/apps/connected-apps/") + PimSession::encodeSegment(code) + rest;
}
