#pragma once

// What the tests of the SQLite cache share: two PIM instances, a fixed clock, a connection of
// their own to the file (RawDb), and a cache file in a temporary folder (CacheFile).
#include "StoreTestData.h"
#include "store/CacheDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// Runs statements on the file through a connection of its own (not CacheDatabase's).
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

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
