#include "domain/Permissions.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too: a plain Tr::tr()
// helper in a namespace, or in a class without Q_OBJECT, hides it from lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

bool readArray(const QByteArray &body, QJsonArray *out, QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return false;
    if (!root.isArray()) {
        JsonRead::setError(error, Tr::tr("the list is not a JSON array"));
        return false;
    }
    *out = root.toArray();
    return true;
}

} // namespace

std::optional<QList<UserRole>> UserRole::listFromJson(const QByteArray &body, QString *error)
{
    QJsonArray array;
    if (!readArray(body, &array, error))
        return std::nullopt;
    QList<UserRole> roles;
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            JsonRead::setError(error, Tr::tr("a role is not a JSON object"));
            return std::nullopt;
        }
        const QJsonObject object = item.toObject();
        UserRole role;
        bool hasId = false;
        if (!JsonRead::optionalId(object, QStringLiteral("id"), &role.id, &hasId, error) ||
            !JsonRead::requiredString(object, QStringLiteral("role"), &role.role, error) ||
            !JsonRead::optionalString(object, QStringLiteral("label"), &role.label, error) ||
            !JsonRead::optionalString(object, QStringLiteral("type"), &role.type, error))
            return std::nullopt;
        if (!hasId) {
            JsonRead::setError(error, Tr::tr("a role has no \"id\""));
            return std::nullopt;
        }
        if (role.label.isEmpty())
            role.label = role.role;
        roles.append(role);
    }
    return roles;
}

std::optional<QList<UserGroup>> UserGroup::listFromJson(const QByteArray &body, QString *error)
{
    QJsonArray array;
    if (!readArray(body, &array, error))
        return std::nullopt;
    QList<UserGroup> groups;
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            JsonRead::setError(error, Tr::tr("a group is not a JSON object"));
            return std::nullopt;
        }
        const QJsonObject object = item.toObject();
        UserGroup group;
        if (!JsonRead::requiredString(object, QStringLiteral("name"), &group.name, error))
            return std::nullopt;
        const QJsonValue meta = object.value(QStringLiteral("meta"));
        if (!meta.isObject()) {
            JsonRead::setError(error, Tr::tr("the group \"%1\" has no \"meta\"").arg(group.name));
            return std::nullopt;
        }
        bool hasId = false;
        if (!JsonRead::optionalId(meta.toObject(), QStringLiteral("id"), &group.id, &hasId,
                                  error) ||
            !JsonRead::optionalBool(meta.toObject(), QStringLiteral("default"), &group.isDefault,
                                    error))
            return std::nullopt;
        if (!hasId) {
            JsonRead::setError(error, Tr::tr("the group \"%1\" has no id").arg(group.name));
            return std::nullopt;
        }
        groups.append(group);
    }
    return groups;
}
