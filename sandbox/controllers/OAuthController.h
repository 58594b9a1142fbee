#pragma once

#include "http/Router.h"
#include "oauth/OAuthServer.h"

// POST /api/oauth/v1/token (docs/pim-api.md §5): the content type (415), the size (413), the body
// (JSON or form), then the grant, whose failures are 422 with the PIM's messages.
class OAuthController
{
public:
    static constexpr qint64 MaxBodyBytes = 300;

    explicit OAuthController(OAuthServer &server);

    void registerRoutes(Router &router);
    HttpResponse token(const HttpRequest &request);

    // The PIM's words for FOSOAuthServer's error codes, which depend on the grant type asked.
    static QString message(OAuthServer::Error error, const std::optional<QString> &grantType);

private:
    OAuthServer &m_server;
};
