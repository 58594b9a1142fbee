#include "net/ListConnectionsJob.h"

#include <QNetworkAccessManager>

ListConnectionsJob::ListConnectionsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{}

QUrlQuery ListConnectionsJob::defaultSearch()
{
    QUrlQuery query;
    // Percent-encoded here so that every reserved character of the JSON is encoded.
    query.setQuery(QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                   QStringLiteral(R"({"types":["default"]})"))));
    return query;
}

QNetworkReply *ListConnectionsJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections"), defaultSearch()));
}

void ListConnectionsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto list = Connection::listFromJson(answer.body, &why);
    if (!list) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &list] { emit succeeded(*list); });
}
