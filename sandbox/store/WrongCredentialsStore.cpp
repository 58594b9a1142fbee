#include "WrongCredentialsStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

WrongCredentialsStore::WrongCredentialsStore(QSqlDatabase db)
    : m_db(db)
{}

bool WrongCredentialsStore::record(const QString &connectionCode, const QString &username,
                                   qint64 at)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO wrong_credentials (connection_code, username, authenticated_at)"
                       " VALUES (?, ?, ?) ON CONFLICT(connection_code, username)"
                       " DO UPDATE SET authenticated_at = excluded.authenticated_at"));
    query.addBindValue(connectionCode);
    query.addBindValue(username);
    query.addBindValue(at);
    return Database::exec(query, "record a wrong credentials combination");
}

QList<WrongCredentialsStore::Entry> WrongCredentialsStore::since(qint64 at) const
{
    QList<Entry> out;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT connection_code, username, authenticated_at"
                                 " FROM wrong_credentials WHERE authenticated_at >= ?"
                                 " ORDER BY connection_code, authenticated_at, username"));
    query.addBindValue(at);
    if (!Database::exec(query, "list wrong credentials combinations"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return out;
}

bool WrongCredentialsStore::removeForConnection(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM wrong_credentials WHERE connection_code = ?"));
    query.addBindValue(connectionCode);
    return Database::exec(query, "forget wrong credentials combinations");
}
