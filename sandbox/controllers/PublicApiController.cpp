#include "PublicApiController.h"

#include "domain/SymfonyJson.h"
#include "monitoring/MonitoringRecorder.h"
#include "oauth/OAuthServer.h"

PublicApiController::PublicApiController(const OAuthServer &server)
    : m_server(server)
{}

void PublicApiController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/rest/v1/?"),
               [this](const HttpRequest &r, const RouteParams &) { return index(r); });
}

std::optional<HttpResponse> PublicApiController::refuseWithoutToken(const HttpRequest &request,
                                                                    ApiCaller *caller) const
{
    QString token;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    else if (request.hasQueryValue(QStringLiteral("access_token")))
        token = request.queryValue(QStringLiteral("access_token"));
    TokenStore::Token access;
    switch (m_server.checkAccessToken(token, &access)) {
    case OAuthServer::BearerState::Valid:
        if (caller)
            *caller = {access.clientId, access.userId};
        return std::nullopt;
    case OAuthServer::BearerState::Expired:
        return HttpResponse::apiError(401,
                                      QStringLiteral("The access token provided has expired."));
    case OAuthServer::BearerState::Invalid:
        break;
    }
    return HttpResponse::apiError(401, QStringLiteral("The access token provided is invalid."));
}

HttpResponse PublicApiController::index(const HttpRequest &request) const
{
    const auto route = [](const char *path, std::initializer_list<SymfonyJson> methods) {
        return SymfonyJson::object({{QStringLiteral("route"), path},
                                    {QStringLiteral("methods"), SymfonyJson::array(methods)}});
    };
    SymfonyJson routes = SymfonyJson::object();
    routes.insert(QStringLiteral("pim_api_product_list"), route("/api/rest/v1/products", {"GET"}));
    routes.insert(QStringLiteral("pim_api_product_create"),
                  route("/api/rest/v1/products", {"POST"}));
    routes.insert(QStringLiteral("pim_api_product_get"),
                  route("/api/rest/v1/products/{code}", {"GET"}));
    routes.insert(QStringLiteral("pim_api_product_partial_update"),
                  route("/api/rest/v1/products/{code}", {"PATCH"}));
    routes.insert(QStringLiteral("pim_api_product_delete"),
                  route("/api/rest/v1/products/{code}", {"DELETE"}));
    return HttpResponse::json(200,
                              SymfonyJson::object({
                                  {QStringLiteral("host"), request.origin()},
                                  {QStringLiteral("authentication"),
                                   SymfonyJson::object({{QStringLiteral("fos_oauth_server_token"),
                                                         route("/api/oauth/v1/token", {"POST"})}})},
                                  {QStringLiteral("routes"), routes},
                              }));
}
