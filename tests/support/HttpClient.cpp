#include "HttpClient.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>

QByteArray HttpReply::header(const QByteArray &name) const
{
    const QList<QByteArray> values = headerValues(name);
    return values.isEmpty() ? QByteArray() : values.constFirst();
}

QList<QByteArray> HttpReply::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values += header.second.split('\n'); // Qt joins repeated headers with \n
    }
    return values;
}

QUrl HttpReply::location() const
{
    const QByteArray value = header("Location");
    return value.isEmpty() ? QUrl() : url.resolved(QUrl::fromEncoded(value));
}

QJsonValue HttpReply::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

HttpClient::HttpClient(const QUrl &base)
    : m_base(base)
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpClient::clearCookies()
{
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
}

QByteArray HttpClient::cookie(const QByteArray &name) const
{
    for (const QNetworkCookie &cookie : m_manager.cookieJar()->cookiesForUrl(m_base)) {
        if (cookie.name() == name)
            return cookie.value();
    }
    return {};
}

void HttpClient::setSessionCookie(const QByteArray &value)
{
    clearCookies();
    QNetworkCookie cookie("BAPID", value);
    cookie.setPath(QStringLiteral("/"));
    m_manager.cookieJar()->setCookiesFromUrl({cookie}, m_base);
}

HttpReply HttpClient::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const Headers &headers)
{
    const QUrl url = m_base.resolved(QUrl(pathAndQuery, QUrl::TolerantMode));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (m_xhr)
        request.setRawHeader("X-Requested-With", "XMLHttpRequest");
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 1000);
    HttpReply out;
    out.url = url;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.error = reply->error();
    out.errorString = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpReply HttpClient::postJson(const QString &path, const QByteArray &json, const Headers &headers)
{
    Headers all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("POST", path, json, all);
}

HttpReply HttpClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                               const Headers &headers)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    Headers all = headers;
    all.prepend({"Content-Type", "application/x-www-form-urlencoded"});
    return send("POST", path, body, all);
}

HttpReply HttpClient::postMultipart(const QString &path, const QString &field,
                                    const QString &fileName, const QByteArray &data,
                                    const QByteArray &contentType)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(field, fileName));
    part.setBody(data);
    multiPart->append(part);
    const QUrl url = m_base.resolved(QUrl(path));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (m_xhr)
        request.setRawHeader("X-Requested-With", "XMLHttpRequest");
    QNetworkReply *reply = m_manager.post(request, multiPart);
    multiPart->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 1000);
    HttpReply out;
    out.url = url;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.error = reply->error();
    out.errorString = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::follow(const HttpReply &redirect, const Headers &headers)
{
    const QUrl target = redirect.location();
    const QString pathAndQuery =
        target.path(QUrl::FullyEncoded) +
        (target.hasQuery() ? QLatin1Char('?') + target.query(QUrl::FullyEncoded) : QString());
    return get(pathAndQuery, headers);
}

QByteArray HttpClient::csrfTokenOf(const QByteArray &loginPage)
{
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"_csrf_token\" value=\"([^\"]*)\">"));
    const QRegularExpressionMatch match = input.match(QString::fromUtf8(loginPage));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

bool HttpClient::signIn(const QString &username, const QString &password)
{
    const HttpReply page = get(QStringLiteral("/user/login"));
    const QByteArray csrf = csrfTokenOf(page.body);
    if (page.status != 200 || csrf.isEmpty())
        return false;
    const HttpReply check = postForm(QStringLiteral("/user/login-check"),
                                     {{QStringLiteral("_username"), username},
                                      {QStringLiteral("_password"), password},
                                      {QStringLiteral("_csrf_token"), QString::fromUtf8(csrf)},
                                      {QStringLiteral("_target_path"), QString()}});
    return check.status == 302 && check.location().path() != QLatin1String("/user/login");
}

HttpReply HttpClient::token(const QString &clientId, const QString &secret, const QByteArray &json)
{
    const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    return postJson(QStringLiteral("/api/oauth/v1/token"), json,
                    {{"Authorization", QByteArray("Basic " + basic)}});
}

QString HttpClient::accessToken(const QString &clientId, const QString &secret,
                                const QString &username, const QString &password)
{
    QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("username"), username},
                     {QStringLiteral("password"), password}};
    const HttpReply reply =
        token(clientId, secret, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (reply.status != 200)
        return {};
    return reply.json().toObject().value(QStringLiteral("access_token")).toString();
}

QByteArray HttpClient::raw(const QByteArray &request, int idleMs) const
{
    QTcpSocket socket;
    socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(idleMs))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer;
}
