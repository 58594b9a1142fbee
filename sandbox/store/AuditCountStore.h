#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What the Data flows dashboard counts (docs/pim-api.md §9.2 and §10), per connection, kind and
// UTC hour, as the PIM keeps it: a row holds the count of one hour, dated by the hour's start.
class AuditCountStore
{
public:
    // The kinds are the PIM's own names: event types and error types.
    static QString productCreated() { return QStringLiteral("product_created"); }
    static QString productUpdated() { return QStringLiteral("product_updated"); }
    static QString productRead() { return QStringLiteral("product_read"); }
    static QString businessError() { return QStringLiteral("business"); }
    static QString technicalError() { return QStringLiteral("technical"); }

    struct HourlyCount
    {
        QString connectionCode;
        qint64 hour = 0; // the start of the hour, seconds since the epoch, UTC
        qint64 count = 0;
    };

    explicit AuditCountStore(QSqlDatabase db);

    // Adds to the hour that holds `at`.
    bool add(const QString &connectionCode, const QString &kind, qint64 at, qint64 count);
    // The hours that start in [from, upTo), for these connections and kinds (added together).
    QList<HourlyCount> hours(const QStringList &connectionCodes, const QStringList &kinds,
                             qint64 from, qint64 upTo) const;
    bool removeForConnection(const QString &connectionCode);

    static qint64 hourOf(qint64 at) { return at - at % 3600; }

private:
    QSqlDatabase m_db;
};
