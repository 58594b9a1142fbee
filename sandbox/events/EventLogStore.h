#pragma once

#include "EventLog.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The event logs (docs/pim-api.md §8.7): what is kept, the search and the download.
class EventLogStore
{
public:
    // §8.7: warnings and errors of the last 72 hours, the 100 latest info and notice logs.
    static constexpr qint64 WarningRetentionSeconds = 72 * 3600;
    static constexpr int InfoRetentionCount = 100;
    static constexpr int PageSize = 25;

    struct Filters
    {
        QStringList levels; // empty: every level
        std::optional<qint64> from;
        std::optional<qint64> to; // both bounds included
        QString text;             // every word, without regard to case
    };
    struct Position // where the previous page ended
    {
        qint64 timestamp = 0;
        QString id;
    };
    struct Page
    {
        QList<EventLog> results;
        int total = 0;
    };

    explicit EventLogStore(QSqlDatabase db);

    bool add(const EventLog &log);
    // Drops what is no longer kept at `now`.
    bool purge(qint64 now);
    // The logs of this connection and the PIM-wide ones still kept at `now`, newest first
    // (timestamp descending, then id).
    QList<EventLog> kept(const QString &connectionCode, qint64 now) const;
    // One page of `kept` matching the filters, after `after`.
    Page search(const QString &connectionCode, const Filters &filters,
                const std::optional<Position> &after, qint64 now) const;

    static bool matches(const EventLog &log, const Filters &filters);

private:
    QSqlDatabase m_db;
};
