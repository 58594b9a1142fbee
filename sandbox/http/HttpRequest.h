#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

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

    static HttpRequest fromQt(const QHttpServerRequest &request);

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
    // "http://host:port" from the Host header, for absolute redirects like Symfony's.
    QString origin() const;

    // application/x-www-form-urlencoded, "+" as space; later duplicates win.
    static QList<QPair<QString, QString>> parseForm(const QByteArray &body);
    static QString formValue(const QList<QPair<QString, QString>> &form, const QString &key,
                             bool *present = nullptr);
};
