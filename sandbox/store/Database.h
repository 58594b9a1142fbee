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
    static constexpr int SchemaVersion = 1;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file and brings its schema up to date. *created tells a new store
    // from an existing one (seeding happens only on a new one).
    bool open(const QString &filePath, bool *created, QString *error);
    void close();

    QSqlDatabase handle() const { return m_db; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Runs a prepared query; logs what failed (never the bound values) and returns false.
    static bool exec(QSqlQuery &query, const char *what);
    // Prepares `sql` on `query`, binds `values` in order and runs it as exec() does; then read
    // its rows, lastInsertId() or numRowsAffected() from `query`.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    const char *what);

private:
    bool createSchema(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
};
