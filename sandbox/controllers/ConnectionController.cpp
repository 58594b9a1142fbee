#include "ConnectionController.h"

#include "BackOfficeRoute.h"
#include "Clock.h"
#include "ConnectionJson.h"
#include "domain/ConnectionService.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"
#include "store/Store.h"

#include <QJsonArray>

namespace {

using BackOfficeRoute::Right;

HttpResponse failure(const QString &path, const ServiceError &error)
{
    switch (error.kind) {
    case ServiceError::Kind::Validation:
        return HttpResponse::json(422, ConnectionJson::violations(error.errors));
    case ServiceError::Kind::BadRequest:
        return HttpResponse::message(400, error.message);
    case ServiceError::Kind::Internal:
        break;
    }
    return ErrorResponses::internalError(path);
}

// The body of a POST as a JSON object, or the 400 that refuses it.
std::optional<HttpResponse> readObject(const HttpRequest &request, QJsonObject *out)
{
    const auto value = JsonBody::parse(request.body);
    if (!value)
        return ErrorResponses::invalidJson(request.path);
    if (!value->isObject())
        return HttpResponse::message(400,
                                     QStringLiteral("The request body must be a JSON object."));
    *out = value->toObject();
    return std::nullopt;
}

} // namespace

ConnectionController::ConnectionController(ConnectionService &service, Store &store,
                                           const Clock &clock, BackOfficeAuth &auth)
    : m_service(service)
    , m_store(store)
    , m_clock(clock)
    , m_auth(auth)
{}

void ConnectionController::registerRoutes(Router &router)
{
    using BackOfficeRoute::wrap;
    const auto open = Right::None;
    const auto manage = Right::ManageConnections;
    router.add("GET", QStringLiteral("/rest/connections"),
               wrap(m_auth, open, [this](const HttpRequest &r, const RouteParams &, const auto &) {
                   return list(r);
               }));
    router.add(
        "POST", QStringLiteral("/rest/connections"),
        wrap(m_auth, manage, [this](const HttpRequest &r, const RouteParams &, const auto &) {
            return create(r);
        }));
    // Section 2: without X-Requested-With this route sends the browser to "/", before anything.
    const RouteHandler limit =
        wrap(m_auth, open, [this](const HttpRequest &r, const RouteParams &, const auto &) {
            return maxLimitReached(r);
        });
    router.add("GET", QStringLiteral("/rest/connections/max-limit-reached"),
               [limit](const HttpRequest &r, const RouteParams &p) {
                   if (!r.isXmlHttpRequest())
                       return HttpResponse::redirect(r.origin() + QStringLiteral("/"));
                   return limit(r, p);
               });
    router.add("GET", QStringLiteral("/rest/connections/wrong-credentials-combination"),
               wrap(m_auth, open, [this](const HttpRequest &, const RouteParams &, const auto &) {
                   return wrongCredentials();
               }));
    // The routes of one connection, by code: they need the right to manage connections.
    const auto byCode = [this, manage](auto handle) {
        return wrap(m_auth, manage,
                    [handle](const HttpRequest &r, const RouteParams &p, const auto &) {
                        return handle(r, p.value(QStringLiteral("code")));
                    });
    };
    const QString one = QStringLiteral("/rest/connections/{code}");
    router.add("GET", one,
               byCode([this](const HttpRequest &, const QString &code) { return get(code); }));
    router.add("POST", one, byCode([this](const HttpRequest &r, const QString &code) {
                   return update(r, code);
               }));
    router.add("DELETE", one,
               byCode([this](const HttpRequest &, const QString &code) { return remove(code); }));
    router.add("POST", one + QStringLiteral("/regenerate-secret"),
               byCode([this](const HttpRequest &, const QString &code) {
                   return regenerateSecret(code);
               }));
    router.add("POST", one + QStringLiteral("/regenerate-password"),
               byCode([this](const HttpRequest &, const QString &code) {
                   return regeneratePassword(code);
               }));
}

HttpResponse ConnectionController::list(const HttpRequest &request)
{
    // ?search={"types":["default"]} (URL-encoded), what the settings page sends.
    QStringList types;
    if (request.hasQueryValue(QStringLiteral("search"))) {
        const auto search = JsonBody::parse(request.queryValue(QStringLiteral("search")).toUtf8());
        const QJsonValue typeList = search && search->isObject()
                                        ? search->toObject().value(QStringLiteral("types"))
                                        : QJsonValue();
        if (!search || (!search->isObject() && !search->isArray()) ||
            (!typeList.isUndefined() && !typeList.isArray()))
            return HttpResponse::message(400, QStringLiteral("The search parameter is invalid."));
        for (const QJsonValue &type : typeList.toArray()) {
            if (!type.isString())
                return HttpResponse::message(400,
                                             QStringLiteral("The search parameter is invalid."));
            types.append(type.toString());
        }
    }
    SymfonyJson out = SymfonyJson::array();
    for (const ConnectionStore::Record &record : m_store.connections().list(types))
        out.append(ConnectionJson::listItem(record));
    return HttpResponse::json(200, out);
}

HttpResponse ConnectionController::create(const HttpRequest &request)
{
    QJsonObject body;
    if (auto refusal = readObject(request, &body))
        return *refusal;
    QString code, label, flowType, error;
    if (!JsonBody::requiredString(body, QStringLiteral("code"), &code, &error) ||
        !JsonBody::requiredString(body, QStringLiteral("label"), &label, &error) ||
        !JsonBody::requiredString(body, QStringLiteral("flow_type"), &flowType, &error))
        return HttpResponse::message(400, error);
    ConnectionService::Details created;
    QString password;
    if (const auto failed = m_service.create(code, label, flowType, &created, &password))
        return failure(request.path, *failed);
    return HttpResponse::json(201, ConnectionJson::details(created, password));
}

HttpResponse ConnectionController::get(const QString &code)
{
    const auto details = m_service.find(code);
    if (!details)
        return HttpResponse::json(404, SymfonyJson::object()); // docs/pim-api.md §2: the body is {}
    return HttpResponse::json(200, ConnectionJson::details(*details, std::nullopt));
}

HttpResponse ConnectionController::update(const HttpRequest &request, const QString &code)
{
    QJsonObject body;
    if (auto refusal = readObject(request, &body))
        return *refusal;
    // Section 2: the code in the body is ignored (the path wins); auditable is false when absent.
    ConnectionService::Update input;
    QString error;
    if (!JsonBody::requiredString(body, QStringLiteral("label"), &input.label, &error) ||
        !JsonBody::requiredString(body, QStringLiteral("flow_type"), &input.flowType, &error) ||
        !JsonBody::nullableString(body, QStringLiteral("image"), &input.image, &error) ||
        !JsonBody::optionalBool(body, QStringLiteral("auditable"), false, &input.auditable,
                                &error) ||
        !JsonBody::requiredString(body, QStringLiteral("user_role_id"), &input.userRoleId,
                                  &error) ||
        !JsonBody::nullableString(body, QStringLiteral("user_group_id"), &input.userGroupId,
                                  &error))
        return HttpResponse::message(400, error);
    if (const auto failed = m_service.update(code, input))
        return failure(request.path, *failed);
    return HttpResponse::noContent();
}

HttpResponse ConnectionController::remove(const QString &code)
{
    if (const auto failed = m_service.remove(code))
        return failure(QString(), *failed);
    return HttpResponse::noContent();
}

HttpResponse ConnectionController::regenerateSecret(const QString &code)
{
    if (const auto failed = m_service.regenerateSecret(code))
        return failure(QString(), *failed);
    return HttpResponse::noContent();
}

HttpResponse ConnectionController::regeneratePassword(const QString &code)
{
    QString password;
    if (const auto failed = m_service.regeneratePassword(code, &password))
        return failure(QString(), *failed);
    return HttpResponse::json(200, SymfonyJson::object({{QStringLiteral("password"), password}}));
}

HttpResponse ConnectionController::maxLimitReached(const HttpRequest &)
{
    return HttpResponse::json(
        200, SymfonyJson::object({{QStringLiteral("limitReached"), m_service.isLimitReached()}}));
}

HttpResponse ConnectionController::wrongCredentials()
{
    // The PIM lists the combinations of the last seven days.
    const qint64 since = m_clock.nowSeconds() - 7 * 24 * 3600;
    return HttpResponse::json(
        200, ConnectionJson::wrongCredentials(m_store.wrongCredentials().since(since)));
}
