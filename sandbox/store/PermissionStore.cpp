#include "PermissionStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

PermissionStore::PermissionStore(QSqlDatabase db)
    : m_db(db)
{}

bool PermissionStore::addRole(const Role &role)
{
    QSqlQuery query(m_db);
    return Database::run(
        query, QStringLiteral("INSERT INTO roles (id, role, label, type) VALUES (?, ?, ?, ?)"),
        {role.id, role.role, role.label, role.type}, "add a role");
}

bool PermissionStore::addGroup(const Group &group)
{
    QSqlQuery query(m_db);
    return Database::run(
        query, QStringLiteral("INSERT INTO user_groups (id, name, is_default) VALUES (?, ?, ?)"),
        {group.id, group.name, group.isDefault ? 1 : 0}, "add a user group");
}

QList<PermissionStore::Role> PermissionStore::roles() const
{
    QList<Role> out;
    QSqlQuery query(m_db);
    if (!Database::run(query, QStringLiteral("SELECT id, role, label, type FROM roles ORDER BY id"),
                       {}, "list roles"))
        return out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString()});
    return out;
}

QList<PermissionStore::Group> PermissionStore::groups() const
{
    QList<Group> out;
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT id, name, is_default FROM user_groups ORDER BY name"),
                       {}, "list user groups"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() != 0});
    return out;
}

bool PermissionStore::roleExists(qint64 id) const
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("SELECT 1 FROM roles WHERE id = ?"), {id},
                         "find a role") &&
           query.next();
}

bool PermissionStore::groupExists(qint64 id) const
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("SELECT 1 FROM user_groups WHERE id = ?"), {id},
                         "find a user group") &&
           query.next();
}

std::optional<qint64> PermissionStore::roleId(const QString &role) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query, QStringLiteral("SELECT id FROM roles WHERE role = ?"), {role},
                       "find a role") ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}
