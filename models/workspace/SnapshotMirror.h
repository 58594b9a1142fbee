#pragma once

#include "store/CacheSnapshot.h"
#include "domain/Connection.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

// The workspace's copy in memory of what the cache holds for its instance (without the logos'
// bytes, which go to the LogoCache), kept in step with the writes the workspace queues to
// ConnectionCache, so that a connection's page can be answered offline without reading the file
// again. Like the cache, it holds no secret: CachedConnection has no member for one.
//
// It follows the cache's own rules (CacheDatabase::replaceSnapshot): a sync from the list keeps
// the details known for the same code; limit, roles and groups are kept when a sync does not
// bring them.
class SnapshotMirror
{
public:
    // What was loaded from the cache at start (logos dropped).
    void reset(CacheSnapshot snapshot);
    const CacheSnapshot &snapshot() const { return m_snapshot; }

    // A successful refresh: returns the snapshot to give to ConnectionCache::replaceSnapshot
    // (list items, marks, the limit when known, the sync time; no logos, roles or groups: the
    // cache keeps those), and applies the same to the copy. `vanished` receives the codes that
    // the previous list had and this one has not (deleted elsewhere).
    CacheSnapshot applyRefresh(const QList<Connection> &connections,
                               const WrongCredentials &wrongCredentials,
                               std::optional<bool> maxLimitReached, const QDateTime &syncedAt,
                               QStringList *vanished = nullptr);

    // Details fetched (or created, or regenerated): replaces the connection or appends it.
    void storeDetails(const CachedConnection &connection);
    // An update the PIM accepted: the cached connection with the new values (nullopt when the
    // code is unknown). Its details are updated only when they were known.
    std::optional<CachedConnection> applyUpdate(const ConnectionUpdate &update,
                                                const QDateTime &when);
    void remove(const QString &code);
    void setRoles(const QList<UserRole> &roles) { m_snapshot.roles = roles; }
    void setGroups(const QList<UserGroup> &groups) { m_snapshot.groups = groups; }

    const CachedConnection *find(const QString &code) const { return m_snapshot.find(code); }

private:
    CacheSnapshot m_snapshot;
    // The codes of the last list (from the cache or the PIM): connections created since are
    // not in it, so a refresh that started before their creation does not take them for
    // connections deleted elsewhere.
    QStringList m_listedCodes;
};
