#include "net/SearchEventLogsJob.h"

SearchEventLogsJob::SearchEventLogsJob(PimSession *session, const QString &code,
                                       const EventLogSearch &search, const QString &searchAfter,
                                       QObject *parent)
    : EventsRouteJob(session, parent)
    , m_code(code)
{
    QUrlQuery query = EventsRoutes::logsQuery(code);
    query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                      QString::fromUtf8(search.filtersJson()))));
    if (!searchAfter.isEmpty())
        query.addQueryItem(QStringLiteral("search_after"),
                           QString::fromLatin1(QUrl::toPercentEncoding(searchAfter)));
    setRoute(Verb::Get, EventsRoutes::debugPath(QStringLiteral("search-event-subscription-logs")),
             query);
    setResult({200}, &EventLogPage::fromJson, &SearchEventLogsJob::succeeded);
}
