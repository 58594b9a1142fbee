#pragma once

// Conversions between the cache's value types and SQLite columns. Internal to CacheDatabase.

#include <QDateTime>
#include <QMetaType>
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

} // namespace CacheSql
