#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

class DeferredResponse;
class SymfonyJson;

// One answer: status, headers (Set-Cookie may repeat), body. Content-Length is added when it is
// written, so handlers never compute it.
class HttpResponse
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    int status = 200;
    QList<Header> headers;
    QByteArray body;
    bool closeConnection = false;
    // The answer to a HEAD: the GET's status and headers, Content-Length included, and no body
    // on the wire (docs/pim-api.md §12).
    bool withoutBody = false;
    // Set: nothing is written now; the server writes what `deferred` finishes with.
    QPointer<DeferredResponse> deferred;

    // JSON bodies are written with SymfonyJson so that key order and escaping are Symfony's
    // (docs/pim-api.md §2).
    static HttpResponse json(int status, const SymfonyJson &value);
    // {"message":"..."}: the back office's error shape (docs/pim-api.md §2).
    static HttpResponse message(int status, const QString &text);
    // {"code":N,"message":"..."}: the public API's error shape (docs/pim-api.md §5).
    static HttpResponse apiError(int status, const QString &text);
    static HttpResponse html(int status, const QByteArray &page);
    static HttpResponse bytes(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse noContent();
    // The answer `deferred` finishes with, later (see DeferredResponse).
    static HttpResponse later(DeferredResponse *deferred);
    // A 302 like Symfony's RedirectResponse, to an absolute or root-relative location.
    static HttpResponse redirect(const QString &location, int status = 302);

    HttpResponse &addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    // Every header to send, Content-Length and Connection included, in order.
    QList<Header> wireHeaders() const;
    // The whole message, for the few answers written without QHttpServerResponder.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};
