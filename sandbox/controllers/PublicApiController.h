#pragma once

#include "http/Router.h"

class OAuthServer;

// The public API where the credentials are used (docs/pim-api.md §5): GET /api/rest/v1 (public,
// the API index) and GET /api/rest/v1/products, which needs a valid bearer token.
class PublicApiController
{
public:
    explicit PublicApiController(const OAuthServer &server);

    void registerRoutes(Router &router);

    // The 401 for a request without a valid access token, or nullopt when the token is valid.
    std::optional<HttpResponse> refuseWithoutToken(const HttpRequest &request) const;

private:
    HttpResponse index(const HttpRequest &request) const;
    HttpResponse products(const HttpRequest &request) const;

    const OAuthServer &m_server;
};
