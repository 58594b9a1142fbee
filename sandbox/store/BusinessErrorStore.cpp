#include "BusinessErrorStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

BusinessErrorStore::BusinessErrorStore(QSqlDatabase db)
    : m_db(db)
{}

bool BusinessErrorStore::add(const Error &error)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("INSERT INTO business_errors (connection_code, error_at,"
                                        " content) VALUES (?, ?, ?)"),
                         {error.connectionCode, error.at, error.content},
                         "record a business error");
}

bool BusinessErrorStore::purge(const QString &connectionCode, qint64 now)
{
    QSqlQuery old(m_db);
    QSqlQuery beyond(m_db);
    return Database::run(
               old,
               QStringLiteral(
                   "DELETE FROM business_errors WHERE connection_code = ? AND error_at < ?"),
               {connectionCode, now - MaxAgeSeconds}, "purge old business errors") &&
           Database::run(beyond,
                         QStringLiteral("DELETE FROM business_errors WHERE connection_code = ? AND"
                                        " id NOT IN (SELECT id FROM business_errors WHERE"
                                        " connection_code = ? ORDER BY error_at DESC, id DESC"
                                        " LIMIT ?)"),
                         {connectionCode, connectionCode, MaxPerConnection},
                         "purge business errors beyond the limit");
}

QList<BusinessErrorStore::Error>
BusinessErrorStore::latest(const QString &connectionCode, qint64 from, qint64 upTo, int limit) const
{
    QList<Error> out;
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT connection_code, error_at, content FROM"
                                      " business_errors WHERE connection_code = ? AND"
                                      " error_at >= ? AND error_at < ?"
                                      " ORDER BY error_at DESC, id DESC LIMIT ?"),
                       {connectionCode, from, upTo, limit}, "list business errors"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray()});
    return out;
}

bool BusinessErrorStore::removeForConnection(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("DELETE FROM business_errors WHERE connection_code = ?"),
                         {connectionCode}, "forget business errors");
}
