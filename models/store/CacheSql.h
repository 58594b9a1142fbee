#pragma once

// Conversions between the cache's value types and SQLite columns. Internal to CacheDatabase.

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace CacheSql {

// A NULL of type TEXT (Qt 6 binds a null QString as '', not NULL).
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Qt's SQLite driver binds a null QString as NULL: an empty, non-null one for NOT NULL columns.
inline QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant text(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : nullText();
}

// Dates are ISO 8601 in UTC with milliseconds: sortable, readable with the sqlite3 tool.
inline QVariant date(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

inline QDateTime toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

inline std::optional<QString> toOptionalText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

// Runs `body` between BEGIN and COMMIT, so that a read sees one consistent state even while
// another connection writes (WAL); `body` returns false with *error set on failure. Returns
// the error, empty on success.
template<typename Body> QString readTransaction(const QString &connectionName, Body &&body)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QString error;
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN")))
            return begin.lastError().databaseText();
    }
    const bool ok = body(db, &error);
    QSqlQuery(db).exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return ok ? QString() : error;
}

// Runs a prepared statement of a read; false with *error set when it fails.
inline bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().databaseText();
    return false;
}

} // namespace CacheSql
