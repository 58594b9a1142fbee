#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The business errors of the error monitoring (docs/pim-api.md §9): each holds the error object
// the connector received, as JSON bytes in the PIM's key order.
class BusinessErrorStore
{
public:
    // §9.1: the PIM keeps at most the 100 newest errors of a connection, none older than 8 days.
    static constexpr int MaxPerConnection = 100;
    static constexpr qint64 MaxAgeSeconds = 8 * 24 * 3600;

    struct Error
    {
        QString connectionCode;
        qint64 at = 0; // seconds since the epoch, UTC
        QByteArray content;
    };

    explicit BusinessErrorStore(QSqlDatabase db);

    bool add(const Error &error);
    // Drops what the PIM would have purged by `now` for this connection.
    bool purge(const QString &connectionCode, qint64 now);
    // Those in [from, upTo), newest first (the later recorded first at the same second).
    QList<Error> latest(const QString &connectionCode, qint64 from, qint64 upTo, int limit) const;
    bool removeForConnection(const QString &connectionCode);

private:
    QSqlDatabase m_db;
};
