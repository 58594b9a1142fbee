#include "Router.h"

#include "ErrorResponses.h"

#include <QUrl>

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    QString regex = pattern;
    regex.replace(QLatin1String("{code}"), QLatin1String("(?<code>[a-zA-Z0-9_]+)"));
    QRegularExpression expression(QLatin1Char('^') + regex + QLatin1Char('$'));
    Q_ASSERT_X(expression.isValid(), "Router::add", qPrintable(pattern));
    m_routes.append({method, expression, std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    const bool head = request.method == "HEAD";
    const QByteArray method = head ? QByteArray("GET") : request.method;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        RouteParams params;
        for (const QString &name : route.pattern.namedCaptureGroups()) {
            if (!name.isEmpty())
                params.insert(name, QUrl::fromPercentEncoding(match.captured(name).toUtf8()));
        }
        HttpResponse response = route.handler(request, params);
        response.withoutBody = head; // the GET's headers, no body
        return response;
    }
    if (allowed.isEmpty())
        return ErrorResponses::notFound(request.method, request.path);
    return ErrorResponses::methodNotAllowed(request.method, request.path, allowed);
}
