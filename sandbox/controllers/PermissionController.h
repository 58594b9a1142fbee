#pragma once

#include "http/Router.h"

class BackOfficeAuth;
class PermissionStore;

// GET /rest/user_role/ and GET /rest/user_group/ (docs/pim-api.md §2).
class PermissionController
{
public:
    PermissionController(const PermissionStore &permissions, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

private:
    HttpResponse roles() const;
    HttpResponse groups() const;

    const PermissionStore &m_permissions;
    BackOfficeAuth &m_auth;
};
