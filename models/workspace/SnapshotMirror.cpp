#include "workspace/SnapshotMirror.h"

#include <QHash>
#include <QSet>

void SnapshotMirror::reset(CacheSnapshot snapshot)
{
    snapshot.logos.clear();
    snapshot.logoThumbnails.clear();
    snapshot.decodedThumbnails.clear();
    m_snapshot = std::move(snapshot);
    m_listedCodes = m_snapshot.codes();
}

CacheSnapshot SnapshotMirror::applyRefresh(const QList<Connection> &connections,
                                           const WrongCredentials &wrongCredentials,
                                           std::optional<bool> maxLimitReached,
                                           const QDateTime &syncedAt, QStringList *vanished)
{
    CacheSnapshot fresh;
    fresh.connections.reserve(connections.size());
    QSet<QString> codes;
    for (const Connection &connection : connections) {
        fresh.connections.append(CachedConnection::fromListItem(connection));
        codes.insert(connection.code);
    }
    fresh.wrongCredentials = wrongCredentials;
    fresh.maxLimitReached = maxLimitReached;
    fresh.syncedAt = syncedAt.toUTC();

    if (vanished) {
        vanished->clear();
        for (const QString &code : std::as_const(m_listedCodes)) {
            if (!codes.contains(code))
                vanished->append(code);
        }
    }

    // The copy: the same list, with the details known for the same codes (as the cache does).
    QHash<QString, CachedConnection> known;
    for (const CachedConnection &c : std::as_const(m_snapshot.connections)) {
        if (c.hasDetails)
            known.insert(c.code(), c);
    }
    QList<CachedConnection> merged;
    merged.reserve(connections.size());
    for (const Connection &connection : connections) {
        const auto it = known.constFind(connection.code);
        if (it == known.cend()) {
            merged.append(CachedConnection::fromListItem(connection));
        } else {
            CachedConnection c = it.value();
            c.connection = connection;
            merged.append(c);
        }
    }
    m_snapshot.connections = merged;
    m_snapshot.wrongCredentials = wrongCredentials;
    if (maxLimitReached)
        m_snapshot.maxLimitReached = maxLimitReached;
    m_snapshot.syncedAt = fresh.syncedAt;
    m_listedCodes = fresh.codes();
    return fresh;
}

void SnapshotMirror::storeDetails(const CachedConnection &connection)
{
    for (CachedConnection &c : m_snapshot.connections) {
        if (c.code() == connection.code()) {
            if (connection.hasDetails) {
                c = connection;
            } else {
                c.connection = connection.connection;
            }
            return;
        }
    }
    m_snapshot.connections.append(connection);
}

std::optional<CachedConnection> SnapshotMirror::applyUpdate(const ConnectionUpdate &update,
                                                            const QDateTime &when)
{
    for (CachedConnection &c : m_snapshot.connections) {
        if (c.code() != update.code)
            continue;
        if (c.hasDetails) {
            ConnectionDetails details = c.toDetailsWithoutSecrets();
            update.applyTo(details);
            c = CachedConnection::fromDetails(details, when);
        } else {
            update.applyTo(c.connection);
        }
        return c;
    }
    return std::nullopt;
}

void SnapshotMirror::remove(const QString &code)
{
    m_snapshot.connections.removeIf(
        [&code](const CachedConnection &c) { return c.code() == code; });
    m_snapshot.wrongCredentials.byCode.remove(code);
    m_listedCodes.removeAll(code);
}
