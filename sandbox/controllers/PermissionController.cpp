#include "PermissionController.h"

#include "BackOfficeRoute.h"
#include "domain/SymfonyJson.h"
#include "store/PermissionStore.h"

PermissionController::PermissionController(const PermissionStore &permissions, BackOfficeAuth &auth)
    : m_permissions(permissions)
    , m_auth(auth)
{}

void PermissionController::registerRoutes(Router &router)
{
    using BackOfficeRoute::Right;
    using BackOfficeRoute::wrap;
    // The PIM's routes end with a slash; the sandbox also takes them without.
    router.add(
        "GET", QStringLiteral("/rest/user_role/?"),
        wrap(m_auth, Right::None,
             [this](const HttpRequest &, const RouteParams &, const auto &) { return roles(); }));
    router.add(
        "GET", QStringLiteral("/rest/user_group/?"),
        wrap(m_auth, Right::None,
             [this](const HttpRequest &, const RouteParams &, const auto &) { return groups(); }));
}

HttpResponse PermissionController::roles() const
{
    SymfonyJson out = SymfonyJson::array();
    for (const PermissionStore::Role &role : m_permissions.roles())
        out.append(SymfonyJson::object({
            {QStringLiteral("id"), role.id},
            {QStringLiteral("role"), role.role},
            {QStringLiteral("label"), role.label},
            {QStringLiteral("type"), role.type},
        }));
    return HttpResponse::json(200, out);
}

HttpResponse PermissionController::groups() const
{
    SymfonyJson out = SymfonyJson::array();
    for (const PermissionStore::Group &group : m_permissions.groups())
        out.append(SymfonyJson::object({
            {QStringLiteral("name"), group.name},
            {QStringLiteral("meta"),
             SymfonyJson::object(
                 {{QStringLiteral("id"), group.id}, {QStringLiteral("default"), group.isDefault}})},
        }));
    return HttpResponse::json(200, out);
}
