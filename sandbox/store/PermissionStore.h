#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Roles and user groups (docs/pim-api.md §2: GET /rest/user_role/ and /rest/user_group/).
class PermissionStore
{
public:
    struct Role
    {
        qint64 id = 0;
        QString role;  // "ROLE_USER"
        QString label; // "User"
        QString type;  // "default" or "api"
    };
    struct Group
    {
        qint64 id = 0;
        QString name;
        bool isDefault = false; // "All"
    };

    explicit PermissionStore(QSqlDatabase db);

    bool addRole(const Role &role);
    bool addGroup(const Group &group);
    QList<Role> roles() const;
    QList<Group> groups() const; // by name, as the PIM lists them
    bool roleExists(qint64 id) const;
    bool groupExists(qint64 id) const;
    std::optional<qint64> roleId(const QString &role) const;

private:
    QSqlDatabase m_db;
};
