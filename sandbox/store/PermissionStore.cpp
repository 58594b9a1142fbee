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
    query.prepare(QStringLiteral("INSERT INTO roles (id, role, label, type) VALUES (?, ?, ?, ?)"));
    query.addBindValue(role.id);
    query.addBindValue(role.role);
    query.addBindValue(role.label);
    query.addBindValue(role.type);
    return Database::exec(query, "add a role");
}

bool PermissionStore::addGroup(const Group &group)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO user_groups (id, name, is_default) VALUES (?, ?, ?)"));
    query.addBindValue(group.id);
    query.addBindValue(group.name);
    query.addBindValue(group.isDefault ? 1 : 0);
    return Database::exec(query, "add a user group");
}

QList<PermissionStore::Role> PermissionStore::roles() const
{
    QList<Role> out;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, role, label, type FROM roles ORDER BY id"));
    if (!Database::exec(query, "list roles"))
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
    query.prepare(QStringLiteral("SELECT id, name, is_default FROM user_groups ORDER BY name"));
    if (!Database::exec(query, "list user groups"))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() != 0});
    return out;
}

bool PermissionStore::roleExists(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM roles WHERE id = ?"));
    query.addBindValue(id);
    return Database::exec(query, "find a role") && query.next();
}

bool PermissionStore::groupExists(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM user_groups WHERE id = ?"));
    query.addBindValue(id);
    return Database::exec(query, "find a user group") && query.next();
}

std::optional<qint64> PermissionStore::roleId(const QString &role) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM roles WHERE role = ?"));
    query.addBindValue(role);
    if (!Database::exec(query, "find a role") || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}
