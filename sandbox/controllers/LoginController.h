#pragma once

#include "http/Router.h"

class SessionStore;
class UserStore;
class BackOfficeAuth;

// The back office's form login (docs/pim-api.md §1): GET /user/login, POST /user/login-check,
// GET /user/logout and the home page GET /.
class LoginController
{
public:
    LoginController(SessionStore &sessions, const UserStore &users, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

    HttpResponse loginPage(const HttpRequest &request);
    HttpResponse loginCheck(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse home(const HttpRequest &request);

private:
    // Where a successful sign-in goes: _target_path when it stays on this server, else "/".
    static QString safeTarget(const HttpRequest &request, const QString &targetPath);
    HttpResponse failed(const HttpRequest &request, const QString &error);

    SessionStore &m_sessions;
    const UserStore &m_users;
    BackOfficeAuth &m_auth;
};
