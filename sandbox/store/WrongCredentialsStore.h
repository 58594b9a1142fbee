#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Uses of a connection's client id with another user's username (docs/pim-api.md §2 and §5):
// one row per connection and username, with the latest date, as the PIM keeps them.
class WrongCredentialsStore
{
public:
    struct Entry
    {
        QString connectionCode;
        QString username;
        qint64 authenticatedAt = 0; // seconds since the epoch, UTC
    };

    explicit WrongCredentialsStore(QSqlDatabase db);

    bool record(const QString &connectionCode, const QString &username, qint64 at);
    // Those since the given time, by connection code then date.
    QList<Entry> since(qint64 at) const;
    bool removeForConnection(const QString &connectionCode);

private:
    QSqlDatabase m_db;
};
