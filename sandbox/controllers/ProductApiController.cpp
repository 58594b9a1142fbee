#include "ProductApiController.h"

#include "ProductJson.h"
#include "PublicApiController.h"
#include "domain/ProductService.h"
#include "events/EventDelivery.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"
#include "monitoring/MonitoringRecorder.h"

#include <QUrl>

namespace {

using Kind = ProductService::Outcome::Kind;

QString productPath(const QString &identifier)
{
    return QStringLiteral("/api/rest/v1/products/") +
           QString::fromLatin1(QUrl::toPercentEncoding(identifier));
}

// The JSON object of a POST or PATCH body, or the answer that refuses it.
std::optional<HttpResponse> readBody(const HttpRequest &request, QJsonObject *out)
{
    if (request.body.size() > ProductApiController::MaxBodyBytes)
        return ErrorResponses::bodyTooLarge(request.path, ProductApiController::MaxBodyBytes);
    const auto value = JsonBody::parse(request.body);
    if (!value || !value->isObject())
        return ErrorResponses::invalidJson(request.path);
    *out = value->toObject();
    return std::nullopt;
}

// A page parameter: a whole number from 1, or the PIM's 422.
std::optional<HttpResponse> readPositive(const HttpRequest &request, const QString &key,
                                         const QString &what, int *out)
{
    if (!request.hasQueryValue(key))
        return std::nullopt;
    const QString text = request.queryValue(key);
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        return HttpResponse::apiError(
            422, QStringLiteral("\"%1\" is not a valid %2 number.").arg(text, what));
    *out = number;
    return std::nullopt;
}

} // namespace

ProductApiController::ProductApiController(const PublicApiController &api, ProductService &products,
                                           MonitoringRecorder &recorder, EventDelivery *events)
    : m_api(api)
    , m_products(products)
    , m_recorder(recorder)
    , m_events(events)
{}

void ProductApiController::registerRoutes(Router &router)
{
    // Every route needs a valid access token first (§5).
    const auto withToken = [this](auto handler) -> RouteHandler {
        return [this, handler](const HttpRequest &request, const RouteParams &params) {
            ApiCaller caller;
            if (auto refusal = m_api.refuseWithoutToken(request, &caller))
                return *refusal;
            return handler(request, params.value(QStringLiteral("identifier")), caller);
        };
    };
    const QString list = QStringLiteral("/api/rest/v1/products");
    const QString one = QStringLiteral("/api/rest/v1/products/(?<identifier>[^/]+)");
    router.add("GET", list,
               withToken([this](const HttpRequest &r, const QString &, const ApiCaller &c) {
                   return this->list(r, c);
               }));
    router.add("POST", list,
               withToken([this](const HttpRequest &r, const QString &, const ApiCaller &c) {
                   return create(r, c);
               }));
    router.add("GET", one,
               withToken([this](const HttpRequest &, const QString &id, const ApiCaller &c) {
                   return get(id, c);
               }));
    router.add("PATCH", one,
               withToken([this](const HttpRequest &r, const QString &id, const ApiCaller &c) {
                   return update(r, id, c);
               }));
    router.add("DELETE", one,
               withToken([this](const HttpRequest &r, const QString &id, const ApiCaller &c) {
                   return remove(r, id, c);
               }));
}

HttpResponse ProductApiController::list(const HttpRequest &request, const ApiCaller &caller)
{
    int page = 1;
    int limit = DefaultLimit;
    if (auto refusal = readPositive(request, QStringLiteral("page"), QStringLiteral("page"), &page))
        return *refusal;
    if (auto refusal =
            readPositive(request, QStringLiteral("limit"), QStringLiteral("limit"), &limit))
        return *refusal;
    if (limit > MaxLimit)
        return HttpResponse::apiError(
            422, QStringLiteral("You cannot request more than %1 items.").arg(MaxLimit));

    const QString base = request.origin() + QStringLiteral("/api/rest/v1/products");
    const auto pageLink = [&](int number) {
        return SymfonyJson::object(
            {{QStringLiteral("href"),
              QString(base +
                      QStringLiteral("?page=%1&with_count=false&pagination_type=page&limit=%2")
                          .arg(number)
                          .arg(limit))}});
    };
    const QList<ProductStore::Product> products = m_products.page(page, limit);
    SymfonyJson links = SymfonyJson::object(
        {{QStringLiteral("self"), pageLink(page)}, {QStringLiteral("first"), pageLink(1)}});
    if (page > 1)
        links.insert(QStringLiteral("previous"), pageLink(page - 1));
    if (m_products.count() > qint64(page) * limit)
        links.insert(QStringLiteral("next"), pageLink(page + 1));
    SymfonyJson items = SymfonyJson::array();
    for (const ProductStore::Product &product : products)
        items.append(
            ProductJson::product(product, request.origin() + productPath(product.identifier)));
    m_recorder.productsRead(caller, int(products.size()));
    return HttpResponse::json(
        200, SymfonyJson::object({{QStringLiteral("_links"), links},
                                  {QStringLiteral("current_page"), page},
                                  {QStringLiteral("_embedded"),
                                   SymfonyJson::object({{QStringLiteral("items"), items}})}}));
}

HttpResponse ProductApiController::get(const QString &identifier, const ApiCaller &caller)
{
    const auto product = m_products.find(identifier);
    if (!product)
        return HttpResponse::apiError(404, ProductJson::notFoundMessage(identifier));
    m_recorder.productsRead(caller, 1);
    return HttpResponse::json(200, ProductJson::product(*product));
}

HttpResponse ProductApiController::create(const HttpRequest &request, const ApiCaller &caller)
{
    QJsonObject body;
    if (auto refusal = readBody(request, &body))
        return *refusal;
    return answer(request, m_products.create(body), QStringLiteral("post_products"), caller);
}

HttpResponse ProductApiController::update(const HttpRequest &request, const QString &identifier,
                                          const ApiCaller &caller)
{
    QJsonObject body;
    if (auto refusal = readBody(request, &body))
        return *refusal;
    return answer(request, m_products.upsert(identifier, body),
                  QStringLiteral("patch_products__code_"), caller);
}

HttpResponse ProductApiController::remove(const HttpRequest &request, const QString &identifier,
                                          const ApiCaller &caller)
{
    const auto product = m_products.find(identifier);
    if (product && m_products.remove(identifier)) {
        if (m_events)
            m_events->productChanged(QStringLiteral("product.removed"), *product, caller.userId,
                                     request.origin());
        return HttpResponse::noContent();
    }
    // A 404 on a monitored route is a business error (§9.2).
    m_recorder.errorsOccurred(caller, {ErrorContent::unknownProduct(identifier).toJson()}, 0);
    return HttpResponse::apiError(404, ProductJson::notFoundMessage(identifier));
}

HttpResponse ProductApiController::answer(const HttpRequest &request,
                                          const ProductService::Outcome &outcome,
                                          const QString &anchor, const ApiCaller &caller)
{
    HttpResponse response;
    switch (outcome.kind) {
    case Kind::Created:
    case Kind::Updated:
    case Kind::Unchanged:
        response.status = outcome.kind == Kind::Created ? 201 : 204; // no body
        response.addHeader("Location",
                           (request.origin() + productPath(outcome.identifier)).toUtf8());
        if (outcome.kind != Kind::Unchanged) {
            m_recorder.productSaved(caller, outcome.kind == Kind::Created);
            const auto product = m_products.find(outcome.identifier);
            if (m_events && product)
                m_events->productChanged(outcome.kind == Kind::Created
                                             ? QStringLiteral("product.created")
                                             : QStringLiteral("product.updated"),
                                         *product, caller.userId, request.origin());
        }
        return response;
    case Kind::IdentifierMissing:
        return HttpResponse::json(
            422, ProductJson::validationFailed(SymfonyJson::array({ProductJson::propertyError(
                     QStringLiteral("identifier"), QStringLiteral("The identifier attribute cannot "
                                                                  "be empty."))})));
    case Kind::IdentifierTaken:
        return HttpResponse::json(
            422, ProductJson::validationFailed(SymfonyJson::array({ProductJson::propertyError(
                     QStringLiteral("identifier"),
                     QStringLiteral("The %1 identifier is already used for another product.")
                         .arg(outcome.identifier))})));
    case Kind::IdentifierMismatch:
        return HttpResponse::apiError(
            422, QStringLiteral("The identifier \"%1\" provided in the request body must match "
                                "the identifier \"%2\" provided in the url.")
                     .arg(outcome.bodyIdentifier, outcome.identifier));
    case Kind::UpdateFailed: {
        const ProductUpdater::Failure &failure = *outcome.failure;
        if (failure.kind == ProductUpdater::Failure::Kind::Technical)
            m_recorder.errorsOccurred(caller, {}, 1);
        else
            m_recorder.errorsOccurred(
                caller, {ErrorContent::domainError(failure, outcome.product).toJson()}, 0);
        return HttpResponse::json(422, ProductJson::documentedError(failure.message, anchor));
    }
    case Kind::Invalid: {
        SymfonyJson errors = SymfonyJson::array();
        QList<QByteArray> contents;
        for (const ProductUpdater::Violation &violation : outcome.violations) {
            errors.append(ProductJson::valueError(violation));
            contents.append(ErrorContent::violation(violation, outcome.product).toJson());
        }
        m_recorder.errorsOccurred(caller, contents, 0);
        return HttpResponse::json(422, ProductJson::validationFailed(errors));
    }
    case Kind::StoreFailed:
        break;
    }
    return ErrorResponses::internalError(request.path);
}
