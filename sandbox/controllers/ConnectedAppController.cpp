#include "ConnectedAppController.h"

#include "BackOfficeRoute.h"
#include "ConnectionJson.h"
#include "auth/BackOfficeAuth.h"
#include "domain/ConnectedAppService.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"
#include "store/Store.h"

#include <QFile>

namespace {

QString logoPath(const QString &code)
{
    return QStringLiteral("/sandbox/app-logos/") + code + QStringLiteral(".png");
}

SymfonyJson strings(const QStringList &list)
{
    SymfonyJson out = SymfonyJson::array();
    for (const QString &item : list)
        out.append(item);
    return out;
}

SymfonyJson item(const ConnectedAppService::App &app, const QString &origin)
{
    const ConnectedAppStore::Metadata &m = app.metadata;
    return SymfonyJson::object({
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("scopes"), strings(m.scopes)},
        {QStringLiteral("connection_code"), app.connection.code},
        {QStringLiteral("logo"), QString(origin + logoPath(app.connection.code))},
        {QStringLiteral("author"), m.author},
        {QStringLiteral("user_group_name"), m.userGroupName},
        {QStringLiteral("connection_username"), app.username},
        {QStringLiteral("categories"), strings(m.categories)},
        {QStringLiteral("certified"), m.certified},
        {QStringLiteral("partner"), m.partner ? SymfonyJson(*m.partner) : SymfonyJson()},
        {QStringLiteral("is_custom_app"), m.isCustomApp},
        {QStringLiteral("is_pending"), false},          // the sandbox's Apps are authorised
        {QStringLiteral("has_outdated_scopes"), false}, // and ask for nothing new
    });
}

HttpResponse appNotFound(const QString &code)
{
    return HttpResponse::message(
        404, QStringLiteral("Connected app with connection code %1 does not exist.").arg(code));
}

} // namespace

ConnectedAppController::ConnectedAppController(ConnectedAppService &apps, Store &store,
                                               BackOfficeAuth &auth)
    : m_apps(apps)
    , m_store(store)
    , m_auth(auth)
{}

void ConnectedAppController::registerRoutes(Router &router)
{
    // A signed-in session first; then, like every App controller, a browser's request without
    // X-Requested-With is sent to "/".
    const auto route = [this](auto handler) {
        return BackOfficeRoute::wrap(
            m_auth, BackOfficeRoute::Right::None,
            [handler](const HttpRequest &request, const RouteParams &params,
                      const UserStore::User &user) {
                if (!request.isXmlHttpRequest())
                    return HttpResponse::redirect(request.origin() + QStringLiteral("/"));
                return handler(request, params.value(QStringLiteral("code")), user);
            });
    };
    const QString settings = QStringLiteral("/rest/apps/connected-apps/{code}/monitoring-settings");
    router.add("GET", QStringLiteral("/rest/apps/connected-apps"),
               route([this](const HttpRequest &r, const QString &, const UserStore::User &) {
                   return list(r);
               }));
    router.add("GET", settings,
               route([this](const HttpRequest &, const QString &code, const UserStore::User &u) {
                   return monitoringSettings(code, u);
               }));
    router.add("POST", settings,
               route([this](const HttpRequest &r, const QString &code, const UserStore::User &u) {
                   return saveMonitoringSettings(r, code, u);
               }));
    router.add("DELETE", QStringLiteral("/rest/apps/connected-apps/{code}"),
               route([this](const HttpRequest &, const QString &code, const UserStore::User &u) {
                   return remove(code, u);
               }));
    router.add("GET", QStringLiteral("/sandbox/app-logos/{code}\\.png"),
               [this](const HttpRequest &, const RouteParams &params) {
                   return logo(params.value(QStringLiteral("code")));
               });
}

HttpResponse ConnectedAppController::list(const HttpRequest &request)
{
    SymfonyJson out = SymfonyJson::array();
    for (const ConnectedAppService::App &app : m_apps.list())
        out.append(item(app, request.origin()));
    return HttpResponse::json(200, out);
}

HttpResponse ConnectedAppController::monitoringSettings(const QString &code,
                                                        const UserStore::User &user)
{
    if (!BackOfficeAuth::canManageApps(user))
        return BackOfficeAuth::forbidden();
    // The PIM reads any connection here, whatever its type.
    const auto connection = m_store.connections().findByCode(code);
    if (!connection)
        return HttpResponse::message(
            404, QStringLiteral("Connection with connection code %1 does not exist.").arg(code));
    return HttpResponse::json(200, SymfonyJson::object({
                                       {QStringLiteral("flowType"), connection->flowType},
                                       {QStringLiteral("auditable"), connection->auditable},
                                   }));
}

HttpResponse ConnectedAppController::saveMonitoringSettings(const HttpRequest &request,
                                                            const QString &code,
                                                            const UserStore::User &user)
{
    const auto app = m_apps.find(code);
    if (!app)
        return appNotFound(code);
    if (!BackOfficeAuth::canManageApps(user))
        return BackOfficeAuth::forbidden();
    // Either key may be left out (or null): the App keeps its value.
    const QJsonObject body = JsonBody::parse(request.body).value_or(QJsonValue()).toObject();
    const QJsonValue flowType = body.value(QStringLiteral("flowType"));
    const QJsonValue auditable = body.value(QStringLiteral("auditable"));
    const bool flowTypeGiven = !flowType.isUndefined() && !flowType.isNull();
    const bool auditableGiven = !auditable.isUndefined() && !auditable.isNull();
    if ((flowTypeGiven && !flowType.isString()) || (auditableGiven && !auditable.isBool()))
        return HttpResponse::json(
            422, SymfonyJson::object({{QStringLiteral("error"), "Wrong type for parameters"}}));
    const auto failed = m_apps.updateMonitoringSettings(
        code, flowTypeGiven ? flowType.toString() : app->connection.flowType,
        auditableGiven ? auditable.toBool() : app->connection.auditable);
    if (!failed)
        return HttpResponse::noContent();
    if (failed->kind == ServiceError::Kind::Validation)
        return HttpResponse::json(422, ConnectionJson::violations(failed->errors));
    return ErrorResponses::internalError(request.path);
}

HttpResponse ConnectedAppController::remove(const QString &code, const UserStore::User &user)
{
    if (!BackOfficeAuth::canManageApps(user))
        return BackOfficeAuth::forbidden();
    if (!m_apps.find(code))
        return appNotFound(QLatin1Char('"') + code + QLatin1Char('"'));
    if (m_apps.remove(code))
        return ErrorResponses::internalError(QString());
    return HttpResponse::noContent();
}

HttpResponse ConnectedAppController::logo(const QString &code)
{
    const auto app = m_apps.find(code);
    QFile file(QStringLiteral(":/sandbox/apps/") + (app ? app->metadata.logo : QString()));
    if (!app || !file.open(QIODevice::ReadOnly))
        return HttpResponse::message(404, QStringLiteral("No logo for \"%1\".").arg(code));
    return HttpResponse::bytes(200, "image/png", file.readAll());
}
