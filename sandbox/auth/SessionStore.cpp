#include "SessionStore.h"

#include "Clock.h"
#include "domain/CredentialFormat.h"

SessionStore::SessionStore(const Clock &clock, int ttlSeconds)
    : m_clock(clock)
    , m_ttl(ttlSeconds)
{}

bool SessionStore::isExpired(const Session &session, qint64 now) const
{
    return now - session.lastSeenMs > qint64(m_ttl) * 1000;
}

std::optional<SessionStore::Session> SessionStore::touch(const QByteArray &id)
{
    if (id.isEmpty())
        return std::nullopt;
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    if (isExpired(*it, now)) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->lastSeenMs = now;
    return *it;
}

SessionStore::Session SessionStore::create()
{
    makeRoom();
    Session session;
    session.id = CredentialFormat::randomToken().toLatin1();
    session.csrfToken = CredentialFormat::randomToken().toLatin1();
    session.lastSeenMs = m_clock.nowMs();
    m_sessions.insert(session.id, session);
    return session;
}

void SessionStore::save(const Session &session)
{
    if (m_sessions.contains(session.id))
        m_sessions.insert(session.id, session);
}

SessionStore::Session SessionStore::rotate(const Session &session)
{
    m_sessions.remove(session.id);
    Session moved = session;
    moved.id = CredentialFormat::randomToken().toLatin1();
    moved.lastSeenMs = m_clock.nowMs();
    m_sessions.insert(moved.id, moved);
    return moved;
}

void SessionStore::destroy(const QByteArray &id)
{
    m_sessions.remove(id);
}

void SessionStore::makeRoom()
{
    if (m_sessions.size() < MaxSessions)
        return;
    const qint64 now = m_clock.nowMs();
    m_sessions.removeIf([this, now](const auto &entry) { return isExpired(entry.value(), now); });
    while (m_sessions.size() >= MaxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->lastSeenMs < oldest->lastSeenMs)
                oldest = it;
        }
        m_sessions.erase(oldest);
    }
}

QByteArray SessionStore::cookieHeader(const Session &session)
{
    return QByteArray(CookieName) + '=' + session.id + "; path=/; httponly; samesite=lax";
}

QByteArray SessionStore::expiredCookieHeader()
{
    return QByteArray(CookieName) +
           "=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/; httponly";
}
