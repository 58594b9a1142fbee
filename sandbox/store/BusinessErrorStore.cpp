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
    query.prepare(QStringLiteral(
        "INSERT INTO business_errors (connection_code, error_at, content) VALUES (?, ?, ?)"));
    query.addBindValue(error.connectionCode);
    query.addBindValue(error.at);
    query.addBindValue(error.content);
    return Database::exec(query, "record a business error");
}

bool BusinessErrorStore::purge(const QString &connectionCode, qint64 now)
{
    QSqlQuery old(m_db);
    old.prepare(
        QStringLiteral("DELETE FROM business_errors WHERE connection_code = ? AND error_at < ?"));
    old.addBindValue(connectionCode);
    old.addBindValue(now - MaxAgeSeconds);
    QSqlQuery beyond(m_db);
    beyond.prepare(QStringLiteral(
        "DELETE FROM business_errors WHERE connection_code = ? AND id NOT IN (SELECT id FROM"
        " business_errors WHERE connection_code = ? ORDER BY error_at DESC, id DESC LIMIT ?)"));
    beyond.addBindValue(connectionCode);
    beyond.addBindValue(connectionCode);
    beyond.addBindValue(MaxPerConnection);
    return Database::exec(old, "purge old business errors") &&
           Database::exec(beyond, "purge business errors beyond the limit");
}

QList<BusinessErrorStore::Error>
BusinessErrorStore::latest(const QString &connectionCode, qint64 from, qint64 upTo, int limit) const
{
    QList<Error> out;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT connection_code, error_at, content FROM business_errors"
                                 " WHERE connection_code = ? AND error_at >= ? AND error_at < ?"
                                 " ORDER BY error_at DESC, id DESC LIMIT ?"));
    query.addBindValue(connectionCode);
    query.addBindValue(from);
    query.addBindValue(upTo);
    query.addBindValue(limit);
    if (!Database::exec(query, "list business errors"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray()});
    return out;
}

bool BusinessErrorStore::removeForConnection(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM business_errors WHERE connection_code = ?"));
    query.addBindValue(connectionCode);
    return Database::exec(query, "forget business errors");
}
