#pragma once

#include "domain/SymfonyJson.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The event logs of a connection's subscription (docs/pim-api.md §8.7).
namespace EventLogLevels {
inline const QString Info = QStringLiteral("info");
inline const QString Notice = QStringLiteral("notice");
inline const QString Warning = QStringLiteral("warning");
inline const QString Error = QStringLiteral("error");
// The four levels the search accepts, in the PIM's order.
QStringList all();
bool isKnown(const QString &level);
// The translated name ("Info", "Notice"...); an unknown level comes back unchanged.
QString displayName(const QString &level);
} // namespace EventLogLevels

// One log entry, as the search gives it. The level and the message are shown as they come
// (the PIM may add kinds of log: §8.7); the context is kept exactly as the PIM wrote it, keys
// in their order, to be shown as formatted JSON.
struct EventLogEntry
{
    QString id;           // UNCONFIRMED in every version (§8.7): may be empty
    qint64 timestamp = 0; // Unix seconds
    QString level;
    QString message;
    std::optional<QString> connectionCode; // null for PIM-wide logs
    SymfonyJson context;                   // an object, or an empty array/null from PHP
    QString contextFlattened;

    QDateTime dateTime() const { return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC); }
    // The context indented for reading; "" when it is empty.
    QString contextText() const;

    // "timestamp" (a whole number) and "level" are required; the others may be missing or null;
    // unknown keys are ignored.
    static std::optional<EventLogEntry> fromJson(const SymfonyJson &item, QString *error);
    // The PIM's shape and key order (§8.7).
    SymfonyJson toSymfonyJson() const;

    bool operator==(const EventLogEntry &) const = default;
};

// One page of the search: at most 25 entries, newest first. An empty page ends the list.
struct EventLogPage
{
    static constexpr int PageSize = 25;

    QList<EventLogEntry> results;
    QString searchAfter; // opaque: sent back unchanged for the next page; empty when none
    qint64 total = 0;    // every match, not only this page's

    bool isLast() const { return results.isEmpty() || searchAfter.isEmpty(); }

    // "results" is required (a list); "search_after" may be a string, null or missing;
    // "total" a whole number or missing (then the count of results).
    static std::optional<EventLogPage> fromJson(const QByteArray &body, QString *error);
    SymfonyJson toSymfonyJson() const;

    bool operator==(const EventLogPage &) const = default;
};

// What the search asks (the `filters` of §8.7). Empty members are no filter.
struct EventLogSearch
{
    QStringList levels; // a subset of EventLogLevels::all(); empty or all four: every level
    QDateTime from;     // both bounds included; whole seconds
    QDateTime to;
    QString text; // every word must occur in the message or the context

    bool isDefault() const;
    // The `filters` parameter, always sent (§8.7): {} at least. Unknown levels are left out
    // (the PIM answers 500 to them).
    QByteArray filtersJson() const;

    bool operator==(const EventLogSearch &) const = default;
};

// "YYYY/mm/dd HH:MM:SS LEVEL message {context}" — one line of the download (§8.7), for a
// plain-text listing of entries.
QString eventLogLine(const EventLogEntry &entry);

Q_DECLARE_METATYPE(EventLogEntry)
Q_DECLARE_METATYPE(EventLogPage)
Q_DECLARE_METATYPE(EventLogSearch)
