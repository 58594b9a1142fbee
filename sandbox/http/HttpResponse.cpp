#include "HttpResponse.h"

#include "DeferredResponse.h"
#include "domain/SymfonyJson.h"

namespace {

const QByteArray JsonType = "application/json";

QByteArray htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

HttpResponse HttpResponse::json(int status, const SymfonyJson &value)
{
    return bytes(status, JsonType, value.toJson());
}

HttpResponse HttpResponse::message(int status, const QString &text)
{
    return json(status, SymfonyJson::object({{QStringLiteral("message"), text}}));
}

HttpResponse HttpResponse::apiError(int status, const QString &text)
{
    return json(status, SymfonyJson::object(
                            {{QStringLiteral("code"), status}, {QStringLiteral("message"), text}}));
}

HttpResponse HttpResponse::html(int status, const QByteArray &page)
{
    return bytes(status, "text/html; charset=UTF-8", page);
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(Header("Content-Type", contentType));
    response.body = body;
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse HttpResponse::later(DeferredResponse *deferred)
{
    HttpResponse response;
    response.deferred = deferred;
    return response;
}

HttpResponse HttpResponse::redirect(const QString &location, int status)
{
    const QByteArray escaped = htmlEscape(location);
    HttpResponse response =
        html(status, "<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"UTF-8\" />\n"
                     "        <title>Redirecting to " +
                         escaped +
                         "</title>\n    </head>\n    <body>\n        Redirecting to "
                         "<a href=\"" +
                         escaped + "\">" + escaped + "</a>.\n    </body>\n</html>");
    response.addHeader("Location", location.toUtf8());
    return response;
}

HttpResponse &HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(Header(name, value));
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QList<HttpResponse::Header> HttpResponse::wireHeaders() const
{
    QList<Header> out = headers;
    // RFC 9110: no Content-Length on 204 (nor on 1xx, which the sandbox never sends).
    if (status != 204)
        out.append(Header("Content-Length", QByteArray::number(body.size())));
    out.append(Header("Cache-Control", "no-cache, private"));
    if (closeConnection)
        out.append(Header("Connection", "close"));
    return out;
}

QByteArray HttpResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const Header &header : wireHeaders())
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    if (status != 204 && !withoutBody)
        out += body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}
