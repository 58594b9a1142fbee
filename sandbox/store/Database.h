#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

// The sandbox's SQLite file: opening, the schema and its version, a small key/value table.
// Every store takes the database it works on; writes that go together run in a Transaction.
class Database
{
public:
    static constexpr int SchemaVersion = 3;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file and brings its schema up to date. *created tells a new store
    // from an existing one (seeding happens only on a new one).
    bool open(const QString &filePath, bool *created, QString *error);
    void close();

    QSqlDatabase handle() const { return m_db; }
    // The version an existing store had before open() brought it up to date; 0 when it was
    // already current or new.
    int upgradedFrom() const { return m_upgradedFrom; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Runs a prepared query; logs what failed (never the bound values) and returns false.
    static bool exec(QSqlQuery &query, const char *what);
    // Prepares `sql` on `query`, binds `values` in order and runs it as exec() does; then read
    // its rows, lastInsertId() or numRowsAffected() from `query`.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    const char *what);

private:
    // From nothing (0) or from an older version to the current one, in one transaction.
    bool createSchema(int fromVersion, QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
    int m_upgradedFrom = 0;
};
