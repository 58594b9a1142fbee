#include "net/EventsRouteJob.h"

#include "net/PimSession.h"

namespace EventsRoutes {

QString webhookPath(const QString &code, const QString &suffix)
{
    return QStringLiteral("/rest/connections/") + PimSession::encodeSegment(code) +
           QStringLiteral("/webhook") + suffix;
}

QString debugPath(const QString &name)
{
    return QStringLiteral("/rest/events-api-debug/") + name;
}

QUrlQuery logsQuery(const QString &code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("connection_code"),
                       QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return query;
}

} // namespace EventsRoutes
