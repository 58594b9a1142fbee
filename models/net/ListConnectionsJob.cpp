#include "net/ListConnectionsJob.h"

ListConnectionsJob::ListConnectionsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/connections"), defaultSearch());
    setResult({200}, &Connection::listFromJson, &ListConnectionsJob::succeeded);
}

QUrlQuery ListConnectionsJob::defaultSearch()
{
    QUrlQuery query;
    // Percent-encoded here so that every reserved character of the JSON is encoded.
    query.setQuery(QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                   QStringLiteral(R"({"types":["default"]})"))));
    return query;
}
