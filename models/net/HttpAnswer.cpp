#include "net/HttpAnswer.h"

#include "net/PimNetworkAccessManager.h"

HttpAnswer HttpAnswer::fromReply(QNetworkReply *reply, const QByteArray &received)
{
    HttpAnswer answer;
    answer.url = reply->request().url();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type").toLower();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        answer.location = answer.url.resolved(QUrl::fromEncoded(location));
    answer.body = received;
    if (reply->isOpen()) // an aborted reply is closed
        answer.body += reply->readAll();
    answer.headerDropped = answer.status > 0 && reply->rawHeaderList().isEmpty();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.sslErrors = reply->property(PimNetworkAccessManager::sslErrorsProperty).toStringList();
    return answer;
}

void HttpAnswer::limitReadBuffer(QNetworkReply *reply)
{
    reply->setReadBufferSize(ReadBufferSize);
}
