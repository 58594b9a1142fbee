#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

class Clock;

// Back-office sessions (docs/pim-api.md §1), in memory: the cookie BAPID names one, it holds the
// CSRF token of the login form, the signed-in user once the form passed, and the error the login
// page shows once. A session ends after ttl seconds without a request.
class SessionStore
{
public:
    static constexpr char CookieName[] = "BAPID";
    static constexpr int MaxSessions = 10000;

    struct Session
    {
        QByteArray id;
        QByteArray csrfToken;
        std::optional<qint64> userId; // set once signed in
        QString flashError;           // shown once by the login page
        qint64 lastSeenMs = 0;
    };

    SessionStore(const Clock &clock, int ttlSeconds);

    // The live session of that id, its idle time reset; nullopt when unknown or expired.
    std::optional<Session> touch(const QByteArray &id);
    Session create();
    void save(const Session &session);
    // A new id for the same session, the old one forgotten (Symfony's migrate on login).
    Session rotate(const Session &session);
    void destroy(const QByteArray &id);

    static QByteArray cookieHeader(const Session &session);
    static QByteArray expiredCookieHeader();

private:
    void makeRoom();
    bool isExpired(const Session &session, qint64 now) const;

    const Clock &m_clock;
    int m_ttl;
    QHash<QByteArray, Session> m_sessions;
};
