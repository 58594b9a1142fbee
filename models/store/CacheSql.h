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

// Runs a prepared statement of a read; false with *error set when it fails.
inline bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().databaseText();
    return false;
}

// Runs the SELECT `sql` with `values` bound, and calls onRow(query) for each row it gives;
// false with *error set when it fails.
template<typename OnRow>
bool forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                QString *error, OnRow &&onRow)
{
    QSqlQuery rows(db);
    rows.prepare(sql);
    for (const QVariant &value : values)
        rows.addBindValue(value);
    if (!run(rows, error))
        return false;
    while (rows.next())
        onRow(rows);
    return true;
}

} // namespace CacheSql
