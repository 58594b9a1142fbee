#pragma once

#include "http/Router.h"

class OAuthServer;
struct ApiCaller;

// The public API where the credentials are used (docs/pim-api.md §5): GET /api/rest/v1 (public,
// the API index), and the bearer token check every other route makes (ProductApiController).
class PublicApiController
{
public:
    explicit PublicApiController(const OAuthServer &server);

    void registerRoutes(Router &router);

    // The 401 for a request without a valid access token, or nullopt when the token is valid;
    // then *caller, when given, names the token's client and user.
    std::optional<HttpResponse> refuseWithoutToken(const HttpRequest &request,
                                                   ApiCaller *caller = nullptr) const;

private:
    HttpResponse index(const HttpRequest &request) const;

    const OAuthServer &m_server;
};
