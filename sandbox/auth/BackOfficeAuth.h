#pragma once

#include "http/HttpResponse.h"
#include "store/UserStore.h"

#include <optional>

class HttpRequest;
class SessionStore;

// Who is calling a back-office route (docs/pim-api.md §1): the user of a live, signed-in session,
// or nobody. Refusals are the PIM's: 401 with the login page as body, never JSON, and 403
// for a user without "Manage connections settings".
class BackOfficeAuth
{
public:
    BackOfficeAuth(SessionStore &sessions, const UserStore &users);

    std::optional<UserStore::User> currentUser(const HttpRequest &request);
    // 401, the login page with a fresh CSRF token, in the caller's session or a new one.
    HttpResponse unauthorized(const HttpRequest &request);
    static HttpResponse forbidden();
    // "Manage apps" (docs/pim-api.md §11.3). The sandbox's people have every right (--admin) or
    // none of the Connect ones (--user), so it goes with "Manage connections settings".
    static bool canManageApps(const UserStore::User &user) { return user.canManageConnections; }

private:
    SessionStore &m_sessions;
    const UserStore &m_users;
};
