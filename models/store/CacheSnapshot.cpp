#include "store/CacheSnapshot.h"

const CachedConnection *CacheSnapshot::find(const QString &code) const
{
    for (const CachedConnection &c : connections) {
        if (c.code() == code)
            return &c;
    }
    return nullptr;
}

QStringList CacheSnapshot::codes() const
{
    QStringList list;
    list.reserve(connections.size());
    for (const CachedConnection &c : connections)
        list.append(c.code());
    return list;
}
