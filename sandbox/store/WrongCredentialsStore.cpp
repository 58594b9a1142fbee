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
    return Database::run(
        query,
        QStringLiteral("INSERT INTO wrong_credentials (connection_code, username, authenticated_at)"
                       " VALUES (?, ?, ?) ON CONFLICT(connection_code, username)"
                       " DO UPDATE SET authenticated_at = excluded.authenticated_at"),
        {connectionCode, username, at}, "record a wrong credentials combination");
}

QList<WrongCredentialsStore::Entry> WrongCredentialsStore::since(qint64 at) const
{
    QList<Entry> out;
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT connection_code, username, authenticated_at"
                                      " FROM wrong_credentials WHERE authenticated_at >= ?"
                                      " ORDER BY connection_code, authenticated_at, username"),
                       {at}, "list wrong credentials combinations"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return out;
}

bool WrongCredentialsStore::removeForConnection(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("DELETE FROM wrong_credentials WHERE connection_code = ?"),
                         {connectionCode}, "forget wrong credentials combinations");
}
