#include "ErrorResponses.h"

namespace ErrorResponses {

bool isPublicApiPath(const QString &path)
{
    return path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/"));
}

HttpResponse forPath(const QString &path, int status, const QString &message)
{
    return isPublicApiPath(path) ? HttpResponse::apiError(status, message)
                                 : HttpResponse::message(status, message);
}

HttpResponse notFound(const QByteArray &method, const QString &path)
{
    return forPath(
        path, 404,
        QStringLiteral("No route found for \"%1 %2\"").arg(QString::fromLatin1(method), path));
}

HttpResponse methodNotAllowed(const QByteArray &method, const QString &path,
                              const QList<QByteArray> &allowed)
{
    const QByteArray allow = allowed.join(", ");
    HttpResponse response =
        forPath(path, 405,
                QStringLiteral("No route found for \"%1 %2\": Method Not Allowed (Allow: %3)")
                    .arg(QString::fromLatin1(method), path, QString::fromLatin1(allow)));
    response.addHeader("Allow", allow);
    return response;
}

HttpResponse bodyTooLarge(const QString &path, qint64 limit)
{
    return forPath(
        path, 413,
        QStringLiteral("The request body is too large: at most %1 bytes are accepted.").arg(limit));
}

HttpResponse invalidJson(const QString &path)
{
    return forPath(path, 400, QStringLiteral("Invalid json message received"));
}

HttpResponse internalError(const QString &path)
{
    return forPath(path, 500, QStringLiteral("Internal error of the sandbox."));
}

} // namespace ErrorResponses
