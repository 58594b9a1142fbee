#include "HttpRequest.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QUrl>

#include <optional>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

const HttpRequest::Header *findHeader(const QList<HttpRequest::Header> &headers,
                                      const QByteArray &name)
{
    for (const HttpRequest::Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

// The value of `name` among "name=value" parts (a Cookie header's, a content type's
// parameters).
std::optional<QByteArray> valueOf(const QList<QByteArray> &parts, const QByteArray &name,
                                  Qt::CaseSensitivity cs)
{
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && part.left(equals).trimmed().compare(name, cs) == 0)
            return part.mid(equals + 1).trimmed();
    }
    return std::nullopt;
}

QString formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

} // namespace

HttpRequest HttpRequest::fromQt(const QHttpServerRequest &request, const QHostAddress &localAddress,
                                quint16 localPort)
{
    HttpRequest out;
    out.serverOrigin = originOf(localAddress, localPort);
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
    const Header *found = findHeader(headers, name);
    return found ? found->second.trimmed() : QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return findHeader(headers, name) != nullptr;
}

QByteArray HttpRequest::cookie(const QByteArray &name) const
{
    return valueOf(header("Cookie").split(';'), name, Qt::CaseSensitive).value_or(QByteArray());
}

QByteArray HttpRequest::mimeType() const
{
    const QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

QByteArray HttpRequest::contentTypeParameter(const QByteArray &name) const
{
    QList<QByteArray> parts = header("Content-Type").split(';');
    parts.removeFirst(); // the type itself
    QByteArray value = valueOf(parts, name, Qt::CaseInsensitive).value_or(QByteArray());
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
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

QString HttpRequest::originOf(const QHostAddress &address, quint16 port)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    const QHostAddress plain = mapped ? QHostAddress(ipv4) : address;
    QString host = plain.toString();
    if (plain.protocol() == QAbstractSocket::IPv6Protocol) {
        const qsizetype scope = host.indexOf(QLatin1Char('%')); // this machine's business
        if (scope >= 0)
            host.truncate(scope);
        host = QLatin1Char('[') + host + QLatin1Char(']');
    }
    if (host.isEmpty() || plain.isNull())
        host = QStringLiteral("localhost");
    return QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(port);
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
