#include "AuditCountStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// "?, ?, ?" for a list of bound values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace

AuditCountStore::AuditCountStore(QSqlDatabase db)
    : m_db(db)
{}

bool AuditCountStore::add(const QString &connectionCode, const QString &kind, qint64 at,
                          qint64 count)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("INSERT INTO audit_counts (connection_code, kind, hour,"
                                        " count) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT(connection_code, kind, hour)"
                                        " DO UPDATE SET count = count + excluded.count"),
                         {connectionCode, kind, hourOf(at), count}, "count an audit event");
}

QList<AuditCountStore::HourlyCount> AuditCountStore::hours(const QStringList &connectionCodes,
                                                           const QStringList &kinds, qint64 from,
                                                           qint64 upTo) const
{
    QList<HourlyCount> out;
    if (connectionCodes.isEmpty() || kinds.isEmpty())
        return out;
    QVariantList values;
    for (const QString &code : connectionCodes)
        values.append(code);
    for (const QString &kind : kinds)
        values.append(kind);
    values << from << upTo;
    QSqlQuery query(m_db);
    if (!Database::run(
            query,
            QStringLiteral("SELECT connection_code, hour, SUM(count) FROM audit_counts"
                           " WHERE connection_code IN (%1) AND kind IN (%2)"
                           " AND hour >= ? AND hour < ?"
                           " GROUP BY connection_code, hour ORDER BY connection_code, hour")
                .arg(placeholders(connectionCodes.size()), placeholders(kinds.size())),
            values, "read audit counts"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return out;
}

bool AuditCountStore::removeForConnection(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("DELETE FROM audit_counts WHERE connection_code = ?"),
                         {connectionCode}, "forget audit counts");
}
