#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <functional>

using RouteParams = QHash<QString, QString>;
using RouteHandler = std::function<HttpResponse(const HttpRequest &, const RouteParams &)>;

// A small table of routes: a method and an anchored pattern on the percent-encoded path whose
// named groups become parameters (percent-decoded). Every request gets an answer from here: a
// path no route matches is a 404 JSON message, a known path with another method a 405 with Allow
// (QHttpServer 6.4 has no missing-route hook and answers a wrong method with a bare 404).
// HEAD is served by the GET route, without the body.
class Router
{
public:
    // `{code}` in a pattern stands for the PIM's [a-zA-Z0-9_]+ (docs/pim-api.md §2).
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    HttpResponse dispatch(const HttpRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        RouteHandler handler;
    };
    QList<Route> m_routes;
};
