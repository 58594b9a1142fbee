#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A role a connection's user can have (docs/pim-api.md §2, GET /rest/user_role/).
struct UserRole
{
    QString id;    // sent back as a string in user_role_id
    QString role;  // "ROLE_USER"
    QString label; // "User"
    QString type;  // "default", or "api" on recent PIMs

    // The default role, kept when nobody chose one; the screens warn about it (docs/pim-api.md §7).
    bool isDefaultRole() const { return role == QLatin1String("ROLE_USER"); }
    bool operator==(const UserRole &) const = default;

    static std::optional<QList<UserRole>> listFromJson(const QByteArray &body, QString *error);
};

// A user group (docs/pim-api.md §2, GET /rest/user_group/).
struct UserGroup
{
    QString id;
    QString name;
    bool isDefault = false; // the group "All": the screens warn when it is kept (docs/pim-api.md §7)

    bool operator==(const UserGroup &) const = default;

    static std::optional<QList<UserGroup>> listFromJson(const QByteArray &body, QString *error);
};

Q_DECLARE_METATYPE(UserRole)
Q_DECLARE_METATYPE(UserGroup)
