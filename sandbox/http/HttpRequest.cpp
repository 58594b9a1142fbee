#include "HttpRequest.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QString formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

} // namespace

HttpRequest HttpRequest::fromQt(const QHttpServerRequest &request)
{
    HttpRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyEncoded);
    if (out.path.isEmpty())
        out.path = QStringLiteral("/");
    out.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    out.headers = request.headers();
    out.body = request.body();
    return out;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpRequest::cookie(const QByteArray &name) const
{
    const QList<QByteArray> pairs = header("Cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        if (pair.left(equals).trimmed() == name)
            return pair.mid(equals + 1).trimmed();
    }
    return {};
}

QByteArray HttpRequest::mimeType() const
{
    const QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

QByteArray HttpRequest::contentTypeParameter(const QByteArray &name) const
{
    const QList<QByteArray> parts = header("Content-Type").split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0 || part.left(equals).trimmed().toLower() != name.toLower())
            continue;
        QByteArray value = part.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryValue(const QString &key) const
{
    return query.hasQueryItem(key);
}

bool HttpRequest::isXmlHttpRequest() const
{
    return header("X-Requested-With") == "XMLHttpRequest";
}

bool HttpRequest::wantsClose() const
{
    return header("Connection").toLower() == "close";
}

QString HttpRequest::origin() const
{
    QByteArray host = header("Host");
    // A Host header is a host and an optional port; anything else is not echoed back.
    for (const char ch : std::as_const(host)) {
        const bool allowed = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                             (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == ':' ||
                             ch == '[' || ch == ']';
        if (!allowed) {
            host.clear();
            break;
        }
    }
    if (host.isEmpty())
        host = "localhost";
    return QStringLiteral("http://") + QString::fromLatin1(host);
}

QList<QPair<QString, QString>> HttpRequest::parseForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = formDecode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1));
        fields.append({key, value});
    }
    return fields;
}

QString HttpRequest::formValue(const QList<QPair<QString, QString>> &form, const QString &key,
                               bool *present)
{
    QString value;
    bool found = false;
    for (const auto &field : form) {
        if (field.first == key) {
            value = field.second;
            found = true;
        }
    }
    if (present)
        *present = found;
    return value;
}
