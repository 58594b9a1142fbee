#include "BackOfficeAuth.h"

#include "LoginPage.h"
#include "SessionStore.h"
#include "http/HttpRequest.h"

BackOfficeAuth::BackOfficeAuth(SessionStore &sessions, const UserStore &users)
    : m_sessions(sessions)
    , m_users(users)
{}

std::optional<UserStore::User> BackOfficeAuth::currentUser(const HttpRequest &request)
{
    const auto session = m_sessions.touch(request.cookie(SessionStore::CookieName));
    if (!session || !session->userId)
        return std::nullopt;
    auto user = m_users.find(*session->userId);
    if (!user || user->kind != UserStore::Kind::Person) {
        m_sessions.destroy(session->id); // the user is gone
        return std::nullopt;
    }
    return user;
}

HttpResponse BackOfficeAuth::unauthorized(const HttpRequest &request)
{
    auto session = m_sessions.touch(request.cookie(SessionStore::CookieName));
    const bool fresh = !session;
    if (fresh)
        session = m_sessions.create();
    HttpResponse response = HttpResponse::html(401, LoginPage::render(session->csrfToken, {}));
    if (fresh)
        response.addHeader("Set-Cookie", SessionStore::cookieHeader(*session));
    return response;
}

HttpResponse BackOfficeAuth::forbidden()
{
    return HttpResponse::message(403, QStringLiteral("Access Denied."));
}
