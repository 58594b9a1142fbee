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

// A JSON array of objects, each read by readItem(object, &item, error), which returns false
// with *error set when the object is not right; `notAnObject` says an item is something else.
template<typename T, typename ReadItem>
std::optional<QList<T>> readList(const QByteArray &body, QString *error, const QString &notAnObject,
                                 ReadItem readItem)
{
    QJsonArray array;
    if (!JsonRead::parseArray(body, &array, Tr::tr("the list is not a JSON array"), error))
        return std::nullopt;
    QList<T> list;
    for (const QJsonValue &value : std::as_const(array)) {
        if (!value.isObject()) {
            JsonRead::setError(error, notAnObject);
            return std::nullopt;
        }
        T item;
        if (!readItem(value.toObject(), &item, error))
            return std::nullopt;
        list.append(item);
    }
    return list;
}

} // namespace

std::optional<QList<UserRole>> UserRole::listFromJson(const QByteArray &body, QString *error)
{
    return readList<UserRole>(
        body, error, Tr::tr("a role is not a JSON object"),
        [](const QJsonObject &object, UserRole *role, QString *why) {
            bool hasId = false;
            if (!JsonRead::optionalId(object, QStringLiteral("id"), &role->id, &hasId, why) ||
                !JsonRead::requiredString(object, QStringLiteral("role"), &role->role, why) ||
                !JsonRead::optionalString(object, QStringLiteral("label"), &role->label, why) ||
                !JsonRead::optionalString(object, QStringLiteral("type"), &role->type, why))
                return false;
            if (!hasId) {
                JsonRead::setError(why, Tr::tr("a role has no \"id\""));
                return false;
            }
            if (role->label.isEmpty())
                role->label = role->role;
            return true;
        });
}

std::optional<QList<UserGroup>> UserGroup::listFromJson(const QByteArray &body, QString *error)
{
    return readList<UserGroup>(
        body, error, Tr::tr("a group is not a JSON object"),
        [](const QJsonObject &object, UserGroup *group, QString *why) {
            if (!JsonRead::requiredString(object, QStringLiteral("name"), &group->name, why))
                return false;
            const QJsonValue meta = object.value(QStringLiteral("meta"));
            if (!meta.isObject()) {
                JsonRead::setError(why,
                                   Tr::tr("the group \"%1\" has no \"meta\"").arg(group->name));
                return false;
            }
            bool hasId = false;
            if (!JsonRead::optionalId(meta.toObject(), QStringLiteral("id"), &group->id, &hasId,
                                      why) ||
                !JsonRead::optionalBool(meta.toObject(), QStringLiteral("default"),
                                        &group->isDefault, why))
                return false;
            if (!hasId) {
                JsonRead::setError(why, Tr::tr("the group \"%1\" has no id").arg(group->name));
                return false;
            }
            return true;
        });
}
