#include "LoginController.h"

#include "SandboxLog.h"
#include "auth/BackOfficeAuth.h"
#include "auth/LoginPage.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "store/UserStore.h"

#include <QUrl>

LoginController::LoginController(SessionStore &sessions, const UserStore &users,
                                 BackOfficeAuth &auth)
    : m_sessions(sessions)
    , m_users(users)
    , m_auth(auth)
{}

void LoginController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/user/login"),
               [this](const HttpRequest &r, const RouteParams &) { return loginPage(r); });
    router.add("POST", QStringLiteral("/user/login-check"),
               [this](const HttpRequest &r, const RouteParams &) { return loginCheck(r); });
    router.add("GET", QStringLiteral("/user/logout"),
               [this](const HttpRequest &r, const RouteParams &) { return logout(r); });
    router.add("GET", QStringLiteral("/"),
               [this](const HttpRequest &r, const RouteParams &) { return home(r); });
}

HttpResponse LoginController::loginPage(const HttpRequest &request)
{
    auto session = m_sessions.touch(request.cookie(SessionStore::CookieName));
    const bool fresh = !session;
    if (fresh)
        session = m_sessions.create();
    const QString error = session->flashError;
    session->flashError.clear();
    m_sessions.save(*session);
    HttpResponse response = HttpResponse::html(200, LoginPage::render(session->csrfToken, error));
    if (fresh)
        response.addHeader("Set-Cookie", SessionStore::cookieHeader(*session));
    return response;
}

HttpResponse LoginController::loginCheck(const HttpRequest &request)
{
    // Symfony's form login reads form fields only; any other body gives no field at all.
    const QByteArray mime = request.mimeType();
    const auto form = (mime.isEmpty() || mime == "application/x-www-form-urlencoded")
                          ? HttpRequest::parseForm(request.body)
                          : QList<QPair<QString, QString>>();
    const QString username = HttpRequest::formValue(form, QStringLiteral("_username"));
    const QString password = HttpRequest::formValue(form, QStringLiteral("_password"));
    const QByteArray csrf = HttpRequest::formValue(form, QStringLiteral("_csrf_token")).toUtf8();

    const auto session = m_sessions.touch(request.cookie(SessionStore::CookieName));
    if (!session || csrf.isEmpty() || !PasswordHasher::constantTimeEquals(csrf, session->csrfToken))
        return failed(request, QStringLiteral("Invalid CSRF token."));

    const auto user = m_users.authenticate(username, password);
    if (!user || user->kind != UserStore::Kind::Person)
        return failed(request, QStringLiteral("Invalid credentials."));

    // A new session id on sign-in, so that an id known before cannot ride on it.
    SessionStore::Session signedIn = m_sessions.rotate(*session);
    signedIn.userId = user->id;
    signedIn.flashError.clear();
    m_sessions.save(signedIn);
    qCInfo(lcSandboxAuth, "a user signed in");
    const QString target =
        safeTarget(request, HttpRequest::formValue(form, QStringLiteral("_target_path")));
    HttpResponse response = HttpResponse::redirect(request.origin() + target);
    response.addHeader("Set-Cookie", SessionStore::cookieHeader(signedIn));
    return response;
}

HttpResponse LoginController::failed(const HttpRequest &request, const QString &error)
{
    auto session = m_sessions.touch(request.cookie(SessionStore::CookieName));
    const bool fresh = !session;
    if (fresh)
        session = m_sessions.create();
    session->flashError = error;
    session->userId.reset(); // a failed attempt signs out
    m_sessions.save(*session);
    qCInfo(lcSandboxAuth, "a sign-in was refused");
    HttpResponse response =
        HttpResponse::redirect(request.origin() + QStringLiteral("/user/login"));
    if (fresh)
        response.addHeader("Set-Cookie", SessionStore::cookieHeader(*session));
    return response;
}

HttpResponse LoginController::logout(const HttpRequest &request)
{
    m_sessions.destroy(request.cookie(SessionStore::CookieName));
    HttpResponse response =
        HttpResponse::redirect(request.origin() + QStringLiteral("/user/login"));
    response.addHeader("Set-Cookie", SessionStore::expiredCookieHeader());
    return response;
}

HttpResponse LoginController::home(const HttpRequest &request)
{
    const auto user = m_auth.currentUser(request);
    if (!user)
        return HttpResponse::redirect(request.origin() + QStringLiteral("/user/login"));
    return HttpResponse::html(200, LoginPage::home(user->username));
}

QString LoginController::safeTarget(const HttpRequest &request, const QString &targetPath)
{
    const QString fallback = QStringLiteral("/");
    if (targetPath.isEmpty() || targetPath.contains(QLatin1Char('\\')))
        return fallback;
    QString path = targetPath;
    if (!path.startsWith(QLatin1Char('/'))) {
        // An absolute URL is accepted only on this very origin.
        const QUrl url(targetPath, QUrl::StrictMode);
        const QUrl origin(request.origin());
        if (!url.isValid() || url.scheme() != origin.scheme() || url.host() != origin.host() ||
            url.port(80) != origin.port(80))
            return fallback;
        path = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    }
    // "//host" would leave the origin; control characters could split headers.
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("//")))
        return fallback;
    for (const QChar ch : std::as_const(path)) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return fallback;
    }
    return QString::fromLatin1(QUrl(path).toEncoded());
}
