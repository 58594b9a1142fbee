#include "MediaController.h"

#include "BackOfficeRoute.h"
#include "domain/ConnectionRules.h"
#include "domain/SymfonyJson.h"
#include "http/ErrorResponses.h"
#include "http/HttpServer.h"
#include "http/MultipartParser.h"
#include "media/ImageSniffer.h"
#include "media/MediaLibrary.h"

#include <QFileInfo>
#include <QUrl>

namespace {

const QString Filters = QStringLiteral("(?<filter>thumbnail|thumbnail_small|preview)");

// Each segment percent-encoded, the slashes kept: the path under /media/cache/.
QString encodedPath(const QString &filePath)
{
    QStringList segments = filePath.split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return segments.join(QLatin1Char('/'));
}

// A refused upload: the violation keyed by its property path, empty here (docs/pim-api.md §2).
HttpResponse refusedFile(const QString &message)
{
    return HttpResponse::json(
        400, SymfonyJson::object({{QString(), SymfonyJson::object({
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("invalid_value"),
                                                   SymfonyJson::object()},
                                              })}}));
}

} // namespace

MediaController::MediaController(MediaLibrary &library, BackOfficeAuth &auth)
    : m_library(library)
    , m_auth(auth)
{}

void MediaController::registerRoutes(Router &router)
{
    using BackOfficeRoute::Right;
    using BackOfficeRoute::wrap;
    router.add(
        "POST", QStringLiteral("/image-media"),
        wrap(
            m_auth, Right::None,
            [this](const HttpRequest &r, const RouteParams &, const auto &) { return upload(r); },
            HttpServer::HardBodyLimit));
    router.add(
        "GET", QStringLiteral("/media/show/(?<path>.+)/") + Filters,
        wrap(m_auth, Right::None, [this](const HttpRequest &r, const RouteParams &p, const auto &) {
            return show(r, p.value(QStringLiteral("path")), p.value(QStringLiteral("filter")));
        }));
    // Like the web server in front of a real PIM, the cache is served without a session.
    router.add("GET", QStringLiteral("/media/cache/") + Filters + QStringLiteral("/(?<path>.+)"),
               [this](const HttpRequest &, const RouteParams &p) {
                   return cached(p.value(QStringLiteral("path")));
               });
}

HttpResponse MediaController::upload(const HttpRequest &request)
{
    if (request.mimeType() != "multipart/form-data")
        return HttpResponse::message(
            400, QStringLiteral("The request must be multipart/form-data with a field \"file\"."));
    QString error;
    const auto parts =
        MultipartParser::parse(request.body, request.contentTypeParameter("boundary"), &error);
    if (!parts)
        return HttpResponse::message(400, error);
    const MultipartParser::Part *file = nullptr;
    for (const MultipartParser::Part &part : *parts) {
        if (part.name == QLatin1String("file") && part.hasFileName)
            file = &part;
    }
    if (!file || file->fileName.isEmpty())
        return HttpResponse::message(400,
                                     QStringLiteral("No file was uploaded in the field \"file\"."));

    // docs/pim-api.md §2: the name's extension first, then the content, which must be an
    // image of an accepted format whatever the name says.
    if (!ConnectionRules::isAcceptedImageFile(file->fileName)) {
        const QString extension = QFileInfo(file->fileName).suffix().toLower();
        return refusedFile(
            QStringLiteral("The extension of the file is invalid (%1). Allowed extensions are %2.")
                .arg(extension,
                     ConnectionRules::acceptedImageExtensions().join(QLatin1String(", "))));
    }
    if (ImageSniffer::mimeType(file->data).isEmpty())
        return refusedFile(QStringLiteral("The content of the file is corrupted."));
    const auto filePath = m_library.add(file->fileName, file->data, &error);
    if (!filePath)
        return ErrorResponses::internalError(request.path);
    return HttpResponse::json(200, SymfonyJson::object({
                                       {QStringLiteral("originalFilename"), file->fileName},
                                       {QStringLiteral("filePath"), *filePath},
                                   }));
}

HttpResponse MediaController::show(const HttpRequest &request, const QString &filePath,
                                   const QString &filter)
{
    const QString target = m_library.hasImage(filePath)
                               ? encodedPath(filePath)
                               : QString::fromLatin1(MediaLibrary::DefaultPictureName);
    return HttpResponse::redirect(request.origin() + QStringLiteral("/media/cache/") + filter +
                                  QLatin1Char('/') + target);
}

HttpResponse MediaController::cached(const QString &filePath)
{
    if (filePath == QLatin1String(MediaLibrary::DefaultPictureName))
        return HttpResponse::bytes(200, "image/png", MediaLibrary::defaultPicture());
    QByteArray mimeType;
    const auto bytes = m_library.image(filePath, &mimeType);
    if (!bytes)
        return HttpResponse::message(404, QStringLiteral("No image at this path."));
    return HttpResponse::bytes(200, mimeType, *bytes);
}
