#pragma once

#include "HttpResponse.h"

#include <QString>

// Errors that are not a controller's: unknown routes, wrong methods, bodies too large, bodies that
// are not JSON. The public API (/api/...) answers {"code":N,"message":"..."} (docs/pim-api.md §5); the back office answers {"message":"..."} (docs/pim-api.md §2). Never HTML, never empty.
namespace ErrorResponses {

bool isPublicApiPath(const QString &path);

HttpResponse forPath(const QString &path, int status, const QString &message);
HttpResponse notFound(const QByteArray &method, const QString &path);
HttpResponse methodNotAllowed(const QByteArray &method, const QString &path,
                              const QList<QByteArray> &allowed);
HttpResponse bodyTooLarge(const QString &path, qint64 limit);
// Section 2: "Invalid json message received", refused before any controller.
HttpResponse invalidJson(const QString &path);
HttpResponse internalError(const QString &path);

} // namespace ErrorResponses
