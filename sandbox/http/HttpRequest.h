#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHostAddress;
class QHttpServerRequest;

// One request as the router and the controllers see it: a plain value, built once from Qt's
// request so that nothing below the server depends on QtHttpServer.
class HttpRequest
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method;     // "GET", "POST", ... (HEAD is answered as GET without a body)
    QString path;          // percent-encoded, as sent: "/media/show/a%2Fb.png/thumbnail"
    QUrlQuery query;       // percent-encoded; read values with queryValue()
    QList<Header> headers; // names as sent
    QByteArray body;
    // "http://host:port" of the server's own end of the connection (see origin()).
    QString serverOrigin = QStringLiteral("http://localhost");

    // localAddress and localPort: the server's end of the connection the request came on.
    static HttpRequest fromQt(const QHttpServerRequest &request, const QHostAddress &localAddress,
                              quint16 localPort);
    // "http://127.0.0.1:8080", "http://[::1]:8080" (an IPv4-mapped address as IPv4).
    static QString originOf(const QHostAddress &address, quint16 port);

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // The value of one cookie from the Cookie header; empty when absent.
    QByteArray cookie(const QByteArray &name) const;
    // Content-Type without its parameters, lowercase ("application/json").
    QByteArray mimeType() const;
    // One parameter of Content-Type ("boundary"), unquoted.
    QByteArray contentTypeParameter(const QByteArray &name) const;
    // The query value of key, fully decoded; empty when absent.
    QString queryValue(const QString &key) const;
    bool hasQueryValue(const QString &key) const;
    // X-Requested-With: XMLHttpRequest, what the web UI sends with every call (docs/pim-api.md §1.3).
    bool isXmlHttpRequest() const;
    bool wantsClose() const;
    // "http://host:port" for absolute redirects like Symfony's and the URLs in answers: the
    // address the client reached, from the connection itself. Never the Host header, which
    // the client writes (a redirect built from it would send the browser wherever it says).
    QString origin() const { return serverOrigin; }

    // application/x-www-form-urlencoded, "+" as space; later duplicates win.
    static QList<QPair<QString, QString>> parseForm(const QByteArray &body);
    static QString formValue(const QList<QPair<QString, QString>> &form, const QString &key,
                             bool *present = nullptr);
};
