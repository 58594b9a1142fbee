#pragma once

// The cache file as version 2 of the schema wrote it, frozen here (tables, indexes, marks, and
// the rows of a snapshot, written the way that version's CacheDatabase did), so that the
// migration to later versions is tested against a real old file, not against the current code.
#include "RawDb.h"
#include "store/CacheSchema.h"
#include "store/CacheSnapshot.h"

#include <QSqlQuery>
#include <QStringList>

namespace SchemaV2 {

inline QStringList tables()
{
    return {
        QStringLiteral("CREATE TABLE instances (instance_id TEXT PRIMARY KEY NOT NULL, "
                       "synced_at TEXT)"),
        QStringLiteral("CREATE TABLE connections (instance_id TEXT NOT NULL, code TEXT NOT NULL,"
                       " position INTEGER NOT NULL, label TEXT NOT NULL, flow_type TEXT NOT NULL,"
                       " image TEXT NOT NULL DEFAULT '', auditable INTEGER NOT NULL DEFAULT 0,"
                       " type TEXT NOT NULL DEFAULT 'default', has_details INTEGER NOT NULL "
                       "DEFAULT 0, client_id TEXT NOT NULL DEFAULT '', username TEXT NOT NULL "
                       "DEFAULT '', user_role_id TEXT NOT NULL DEFAULT '', user_group_id TEXT,"
                       " details_fetched_at TEXT, PRIMARY KEY (instance_id, code))"),
        QStringLiteral("CREATE TABLE wrong_credentials (instance_id TEXT NOT NULL, code TEXT NOT "
                       "NULL, position INTEGER NOT NULL, username TEXT NOT NULL, used_at TEXT)"),
        QStringLiteral("CREATE INDEX wrong_credentials_by_instance ON wrong_credentials "
                       "(instance_id, code, position)"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN max_limit_reached INTEGER"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN roles_known INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN groups_known INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE user_roles (instance_id TEXT NOT NULL, position INTEGER NOT "
                       "NULL, id TEXT NOT NULL, role TEXT NOT NULL, label TEXT NOT NULL, type "
                       "TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX user_roles_by_instance ON user_roles (instance_id, position)"),
        QStringLiteral("CREATE TABLE user_groups (instance_id TEXT NOT NULL, position INTEGER NOT "
                       "NULL, id TEXT NOT NULL, name TEXT NOT NULL, is_default INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX user_groups_by_instance ON user_groups (instance_id, position)"),
        QStringLiteral("CREATE TABLE logos (instance_id TEXT NOT NULL, image_path TEXT NOT NULL,"
                       " bytes BLOB NOT NULL, PRIMARY KEY (instance_id, image_path))"),
        QStringLiteral("PRAGMA application_id = %1").arg(CacheSchema::ApplicationId),
        QStringLiteral("PRAGMA user_version = 2"),
    };
}

inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant nullableText(const std::optional<QString> &value)
{
    return value ? text(*value) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant isoDate(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType::fromType<QString>());
}

// Runs one statement with its values; false (and a warning) when SQLite refuses it.
inline bool insert(RawDb &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

// The rows of `s` as version 2 stored them.
inline bool write(RawDb &db, const QString &instance, const CacheSnapshot &s)
{
    bool ok = insert(db,
                     QStringLiteral("INSERT INTO instances (instance_id, synced_at, "
                                    "max_limit_reached, roles_known, groups_known) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {instance, isoDate(s.syncedAt),
                      s.maxLimitReached ? QVariant(*s.maxLimitReached ? 1 : 0)
                                        : QVariant(QMetaType::fromType<int>()),
                      s.roles ? 1 : 0, s.groups ? 1 : 0});
    for (int i = 0; ok && i < s.connections.size(); ++i) {
        const CachedConnection &c = s.connections.at(i);
        ok = insert(db,
                    QStringLiteral("INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?)"),
                    {instance, c.code(), i, c.connection.label,
                     FlowTypes::toApi(c.connection.flowType), text(c.connection.image),
                     c.connection.auditable ? 1 : 0, c.connection.type, c.hasDetails ? 1 : 0,
                     text(c.clientId), text(c.username), text(c.userRoleId),
                     nullableText(c.userGroupId), isoDate(c.detailsFetchedAt)});
    }
    for (auto it = s.wrongCredentials.byCode.cbegin(); ok && it != s.wrongCredentials.byCode.cend();
         ++it) {
        const QString sql = QStringLiteral("INSERT INTO wrong_credentials VALUES (?, ?, ?, ?, ?)");
        if (it.value().isEmpty())
            ok = insert(db, sql, {instance, it.key(), -1, QString(""), isoDate({})});
        for (int i = 0; ok && i < it.value().size(); ++i)
            ok = insert(
                db, sql,
                {instance, it.key(), i, it.value()[i].username, isoDate(it.value()[i].date)});
    }
    for (int i = 0; ok && s.roles && i < s.roles->size(); ++i) {
        const UserRole &r = s.roles->at(i);
        ok = insert(db, QStringLiteral("INSERT INTO user_roles VALUES (?, ?, ?, ?, ?, ?)"),
                    {instance, i, r.id, r.role, r.label, r.type});
    }
    for (int i = 0; ok && s.groups && i < s.groups->size(); ++i) {
        const UserGroup &g = s.groups->at(i);
        ok = insert(db, QStringLiteral("INSERT INTO user_groups VALUES (?, ?, ?, ?, ?)"),
                    {instance, i, g.id, g.name, g.isDefault ? 1 : 0});
    }
    for (auto it = s.logos.cbegin(); ok && it != s.logos.cend(); ++it)
        ok = insert(db, QStringLiteral("INSERT INTO logos VALUES (?, ?, ?)"),
                    {instance, it.key(), it.value()});
    return ok;
}

} // namespace SchemaV2
