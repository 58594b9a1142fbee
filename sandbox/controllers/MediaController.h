#pragma once

#include "http/Router.h"

class BackOfficeAuth;
class MediaLibrary;

// Logos (docs/pim-api.md §2): POST /image-media, GET /media/show/{filePath}/{filter} which
// redirects like a real PIM to /media/cache/{filter}/{filePath}, which answers the bytes.
class MediaController
{
public:
    MediaController(MediaLibrary &library, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

private:
    HttpResponse upload(const HttpRequest &request);
    HttpResponse show(const HttpRequest &request, const QString &filePath, const QString &filter);
    HttpResponse cached(const QString &filePath);

    MediaLibrary &m_library;
    BackOfficeAuth &m_auth;
};
