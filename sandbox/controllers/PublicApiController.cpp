#include "PublicApiController.h"

#include "domain/SymfonyJson.h"
#include "oauth/OAuthServer.h"

namespace {

struct DemoProduct
{
    const char *identifier;
    const char *family;
    const char *category;
    const char *name;
};

// A small, fixed catalogue: enough for a connector to see that its token works.
const DemoProduct Products[] = {
    {"1111111171", "bags", "bags", "Canvas tote bag"},
    {"1111111172", "shoes", "sneakers", "Trail running shoe"},
    {"1111111173", "clothing", "tshirts", "Organic cotton T-shirt"},
};

SymfonyJson link(const QString &href)
{
    return SymfonyJson::object({{QStringLiteral("href"), href}});
}

} // namespace

PublicApiController::PublicApiController(const OAuthServer &server)
    : m_server(server)
{}

void PublicApiController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/rest/v1/?"),
               [this](const HttpRequest &r, const RouteParams &) { return index(r); });
    router.add("GET", QStringLiteral("/api/rest/v1/products"),
               [this](const HttpRequest &r, const RouteParams &) {
                   if (auto refusal = refuseWithoutToken(r))
                       return *refusal;
                   return products(r);
               });
}

std::optional<HttpResponse>
PublicApiController::refuseWithoutToken(const HttpRequest &request) const
{
    QString token;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    else if (request.hasQueryValue(QStringLiteral("access_token")))
        token = request.queryValue(QStringLiteral("access_token"));
    switch (m_server.checkAccessToken(token)) {
    case OAuthServer::BearerState::Valid:
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
    const auto route = [](const QString &path) {
        return SymfonyJson::object({{QStringLiteral("route"), path},
                                    {QStringLiteral("methods"), SymfonyJson::array({"GET"})}});
    };
    SymfonyJson routes = SymfonyJson::object();
    routes.insert(QStringLiteral("pim_api_product_list"),
                  route(QStringLiteral("/api/rest/v1/products")));
    return HttpResponse::json(
        200, SymfonyJson::object({
                 {QStringLiteral("host"), request.origin()},
                 {QStringLiteral("authentication"),
                  SymfonyJson::object(
                      {{QStringLiteral("fos_oauth_server_token"),
                        SymfonyJson::object({
                            {QStringLiteral("route"), QStringLiteral("/api/oauth/v1/token")},
                            {QStringLiteral("methods"), SymfonyJson::array({"POST"})},
                        })}})},
                 {QStringLiteral("routes"), routes},
             }));
}

HttpResponse PublicApiController::products(const HttpRequest &request) const
{
    const QString base = request.origin() + QStringLiteral("/api/rest/v1/products");
    const QString page =
        base + QStringLiteral("?page=1&with_count=false&pagination_type=page&limit=10");
    SymfonyJson items = SymfonyJson::array();
    for (const DemoProduct &product : Products) {
        const QString identifier = QString::fromLatin1(product.identifier);
        items.append(SymfonyJson::object({
            {QStringLiteral("_links"),
             SymfonyJson::object(
                 {{QStringLiteral("self"), link(base + QLatin1Char('/') + identifier)}})},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("family"), product.family},
            {QStringLiteral("categories"), SymfonyJson::array({product.category})},
            {QStringLiteral("groups"), SymfonyJson::array()},
            {QStringLiteral("parent"), nullptr},
            {QStringLiteral("values"),
             SymfonyJson::object(
                 {{QStringLiteral("name"), SymfonyJson::array({SymfonyJson::object({
                                               {QStringLiteral("locale"), "en_US"},
                                               {QStringLiteral("scope"), nullptr},
                                               {QStringLiteral("data"), product.name},
                                           })})}})},
            {QStringLiteral("created"), "2020-01-02T12:34:23+00:00"},
            {QStringLiteral("updated"), "2020-01-02T12:34:23+00:00"},
        }));
    }
    return HttpResponse::json(
        200,
        SymfonyJson::object({
            {QStringLiteral("_links"),
             SymfonyJson::object(
                 {{QStringLiteral("self"), link(page)}, {QStringLiteral("first"), link(page)}})},
            {QStringLiteral("current_page"), 1},
            {QStringLiteral("_embedded"), SymfonyJson::object({{QStringLiteral("items"), items}})},
        }));
}
