#pragma once

// What the tests of the SQLite cache share: two PIM instances, a fixed clock, a connection of
// their own to the file (RawDb.h), and a cache file in a temporary folder (CacheFile).
#include "RawDb.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace CacheTest {

using namespace Qt::StringLiterals;
using StoreTestData::utc;

inline const QString instanceA = u"6f1c2a7e-0000-4000-8000-00000000000a"_s;
inline const QString instanceB = u"6f1c2a7e-0000-4000-8000-00000000000b"_s;

inline QDateTime fixedClock()
{
    return utc("2026-11-24T15:30:00Z");
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A cache file in a temporary folder of its own, in a sub-folder that does not exist yet.
class CacheFile
{
public:
    CacheFile()
        : m_dir(std::make_unique<QTemporaryDir>())
        , m_path(m_dir->filePath(u"data/cache.sqlite"_s))
    {}
    bool isValid() const { return m_dir->isValid(); }
    const QString &path() const { return m_path; }
    QTemporaryDir &dir() const { return *m_dir; }

    // Opens it as the app does, with a short busy timeout and fixedClock().
    std::unique_ptr<CacheDatabase> open(CacheOpenResult *result = nullptr) const
    {
        auto db = std::make_unique<CacheDatabase>(m_path);
        db->setBusyTimeout(100);
        db->setClock(fixedClock);
        const CacheOpenResult r = db->open();
        if (result)
            *result = r;
        return db;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace CacheTest
