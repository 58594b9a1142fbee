#pragma once

// A connection of its own to a cache file, for the storage tests: to build old or damaged
// files and to look at what the cache wrote, without going through CacheDatabase.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtDebug>

// Runs statements on the file through a connection of its own (not CacheDatabase's).
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
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
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
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
    // The first column of every row.
    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        while (q.next())
            values.append(q.value(0).toString());
        return values;
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
