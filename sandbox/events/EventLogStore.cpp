#include "EventLogStore.h"

#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Kept = QStringLiteral(
    "SELECT id, timestamp, level, message, connection_code, context FROM event_logs"
    " WHERE (connection_code = ? OR connection_code IS NULL) AND ("
    "(level NOT IN ('info', 'notice') AND timestamp >= ?) OR id IN ("
    "SELECT id FROM event_logs WHERE level IN ('info', 'notice') AND (connection_code = ?"
    " OR connection_code IS NULL) ORDER BY timestamp DESC, id LIMIT ?))"
    " ORDER BY timestamp DESC, id");

bool isAfter(const EventLog &log, const EventLogStore::Position &position)
{
    return log.timestamp < position.timestamp ||
           (log.timestamp == position.timestamp && log.id > position.id);
}

} // namespace

EventLogStore::EventLogStore(QSqlDatabase db)
    : m_db(db)
{}

bool EventLogStore::add(const EventLog &log)
{
    QSqlQuery query(m_db);
    return Database::run(
        query,
        QStringLiteral("INSERT INTO event_logs (id, timestamp, level, message, connection_code,"
                       " context, context_flattened) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {log.id, log.timestamp, log.level, log.message,
         log.connectionCode ? QVariant(*log.connectionCode)
                            : QVariant(QMetaType::fromType<QString>()),
         QString::fromUtf8(log.context.toJson()),
         QString(log.flattenedContext() + QStringLiteral(""))},
        "write an event log");
}

bool EventLogStore::purge(qint64 now)
{
    QSqlQuery old(m_db);
    QSqlQuery surplus(m_db);
    return Database::run(old,
                         QStringLiteral("DELETE FROM event_logs WHERE level NOT IN ('info',"
                                        " 'notice') AND timestamp < ?"),
                         {now - WarningRetentionSeconds}, "purge the event logs") &&
           Database::run(surplus,
                         QStringLiteral("DELETE FROM event_logs AS log WHERE level IN ('info',"
                                        " 'notice') AND (SELECT count(*) FROM event_logs AS newer"
                                        " WHERE newer.level IN ('info', 'notice') AND"
                                        " newer.connection_code IS log.connection_code AND"
                                        " (newer.timestamp > log.timestamp OR (newer.timestamp ="
                                        " log.timestamp AND newer.id < log.id))) >= ?"),
                         {InfoRetentionCount}, "purge the event logs");
}

QList<EventLog> EventLogStore::kept(const QString &connectionCode, qint64 now) const
{
    QList<EventLog> out;
    QSqlQuery query(m_db);
    if (!Database::run(
            query, Kept,
            {connectionCode, now - WarningRetentionSeconds, connectionCode, InfoRetentionCount},
            "read the event logs"))
        return out;
    while (query.next()) {
        EventLog log;
        log.id = query.value(0).toString();
        log.timestamp = query.value(1).toLongLong();
        log.level = query.value(2).toString();
        log.message = query.value(3).toString();
        if (!query.value(4).isNull())
            log.connectionCode = query.value(4).toString();
        QString error;
        log.context = SymfonyJson::parse(query.value(5).toString().toUtf8(), &error)
                          .value_or(SymfonyJson::object());
        out.append(log);
    }
    return out;
}

EventLogStore::Page EventLogStore::search(const QString &connectionCode, const Filters &filters,
                                          const std::optional<Position> &after, qint64 now) const
{
    Page page;
    for (const EventLog &log : kept(connectionCode, now)) {
        if (!matches(log, filters))
            continue;
        ++page.total;
        if ((!after || isAfter(log, *after)) && page.results.size() < PageSize)
            page.results.append(log);
    }
    return page;
}

bool EventLogStore::matches(const EventLog &log, const Filters &filters)
{
    if (!filters.levels.isEmpty() && !filters.levels.contains(log.level))
        return false;
    if ((filters.from && log.timestamp < *filters.from) ||
        (filters.to && log.timestamp > *filters.to))
        return false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filters.text.split(spaces, Qt::SkipEmptyParts);
    const QString flattened = log.flattenedContext();
    for (const QString &word : words) {
        if (!log.message.contains(word, Qt::CaseInsensitive) &&
            !flattened.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
