#include "FakeNetworkAccessManager.h"

#include "FakeReply.h"

#include <QJsonDocument>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

FakeAnswer FakeAnswer::json(int status, const QByteArray &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return answer;
}

FakeAnswer FakeAnswer::html(int status, const QByteArray &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", "text/html; charset=UTF-8"));
    return answer;
}

FakeAnswer FakeAnswer::empty(int status)
{
    FakeAnswer answer;
    answer.status = status;
    return answer;
}

FakeAnswer FakeAnswer::redirect(const QByteArray &location, int status)
{
    FakeAnswer answer = html(status, "<html><body>Redirecting</body></html>");
    answer.headers.append(std::pair<QByteArray, QByteArray>("Location", location));
    return answer;
}

FakeAnswer FakeAnswer::bytes(const QByteArray &body, const QByteArray &contentType)
{
    FakeAnswer answer;
    answer.body = body;
    answer.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    return answer;
}

FakeAnswer FakeAnswer::failure(QNetworkReply::NetworkError error, const QString &message)
{
    FakeAnswer answer;
    answer.status = 0;
    answer.error = error;
    answer.errorString = message;
    return answer;
}

FakeAnswer FakeAnswer::tls(QSslError::SslError problem)
{
    FakeAnswer answer =
        failure(QNetworkReply::SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
    answer.sslErrors.append(problem);
    return answer;
}

FakeAnswer FakeAnswer::hang()
{
    FakeAnswer answer;
    answer.timing = Timing::Hang;
    return answer;
}

FakeAnswer FakeAnswer::delayed(int milliseconds) const
{
    FakeAnswer answer = *this;
    answer.timing = Timing::Delayed;
    answer.delayMs = milliseconds;
    return answer;
}

FakeAnswer FakeAnswer::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeAnswer answer = *this;
    answer.headers.append(std::pair<QByteArray, QByteArray>(name, value));
    return answer;
}

QUrlQuery RecordedRequest::form() const
{
    // x-www-form-urlencoded: "+" is a space (QUrlQuery leaves it alone).
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QJsonObject RecordedRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : PimNetworkAccessManager(parent)
    , m_default(FakeAnswer::html(404, "<html><body>No route</body></html>"))
{}

QString FakeNetworkAccessManager::key(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

void FakeNetworkAccessManager::setAnswer(const QByteArray &method, const QString &path,
                                         const FakeAnswer &answer)
{
    m_answers.insert(key(method, path), answer);
}

void FakeNetworkAccessManager::queueAnswer(const QByteArray &method, const QString &path,
                                           const FakeAnswer &answer)
{
    m_queues[key(method, path)].append(answer);
}

void FakeNetworkAccessManager::setHandler(const QByteArray &method, const QString &path,
                                          Handler handler)
{
    m_handlers.insert(key(method, path), std::move(handler));
}

QList<RecordedRequest> FakeNetworkAccessManager::requestsTo(const QByteArray &method,
                                                            const QString &path) const
{
    QList<RecordedRequest> found;
    for (const RecordedRequest &request : m_requests) {
        if (request.method == method && request.path() == path)
            found.append(request);
    }
    return found;
}

int FakeNetworkAccessManager::openReplies() const
{
    int open = 0;
    for (const auto &reply : m_replies)
        open += reply && !reply->isFinished() ? 1 : 0;
    return open;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.request = prepareRequest(request);
    recorded.url = recorded.request.url();
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method =
            recorded.request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    const bool loadCookies =
        recorded.request
            .attribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Automatic)
            .toInt() == QNetworkRequest::Automatic;
    if (loadCookies && cookieJar()) {
        QByteArrayList pairs;
        const auto cookies = cookieJar()->cookiesForUrl(recorded.url);
        for (const QNetworkCookie &cookie : cookies)
            pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
        recorded.cookieHeader = pairs.join("; ");
    }
    m_requests.append(recorded);

    const QString routeKey = key(recorded.method, recorded.path());
    FakeAnswer answer = m_default;
    auto queue = m_queues.find(routeKey);
    if (queue != m_queues.end() && !queue->isEmpty())
        answer = queue->takeFirst();
    else if (m_handlers.contains(routeKey))
        answer = m_handlers.value(routeKey)(recorded);
    else if (m_answers.contains(routeKey))
        answer = m_answers.value(routeKey);

    auto *reply = new FakeReply(this, op, recorded.request, answer);
    m_replies.append(reply);
    return reply;
}
