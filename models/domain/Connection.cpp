#include "domain/Connection.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too: a plain Tr::tr()
// helper in a namespace, or in a class without Q_OBJECT, hides it from lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

bool readFlowType(const QJsonObject &object, const QString &key, FlowType *out, QString *error)
{
    QString name;
    if (!JsonRead::requiredString(object, key, &name, error))
        return false;
    const auto type = FlowTypes::fromApi(name);
    if (!type) {
        JsonRead::setError(error, Tr::tr("unknown flow type \"%1\"").arg(name));
        return false;
    }
    *out = *type;
    return true;
}

} // namespace

std::optional<Connection> Connection::fromListJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        JsonRead::setError(error, Tr::tr("a connection is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Connection c;
    if (!JsonRead::requiredString(object, QStringLiteral("code"), &c.code, error) ||
        !JsonRead::optionalString(object, QStringLiteral("label"), &c.label, error) ||
        !readFlowType(object, QStringLiteral("flowType"), &c.flowType, error) ||
        !JsonRead::optionalString(object, QStringLiteral("image"), &c.image, error) ||
        !JsonRead::optionalBool(object, QStringLiteral("auditable"), &c.auditable, error) ||
        !JsonRead::optionalString(object, QStringLiteral("type"), &c.type, error))
        return std::nullopt;
    if (c.type.isEmpty())
        c.type = QStringLiteral("default");
    return c;
}

std::optional<QList<Connection>> Connection::listFromJson(const QByteArray &body, QString *error)
{
    QJsonArray array;
    if (!JsonRead::parseArray(body, &array, Tr::tr("the list of connections is not a JSON array"),
                              error))
        return std::nullopt;
    QList<Connection> list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        QString itemError;
        auto c = fromListJson(item, &itemError);
        if (!c) {
            JsonRead::setError(error,
                               Tr::tr("connection %1: %2").arg(list.size() + 1).arg(itemError));
            return std::nullopt;
        }
        list.append(*c);
    }
    return list;
}

QJsonObject Connection::toListJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("label"), label},
        {QStringLiteral("flowType"), FlowTypes::toApi(flowType)},
        {QStringLiteral("image"), image.isEmpty() ? QJsonValue() : QJsonValue(image)},
        {QStringLiteral("auditable"), auditable},
        {QStringLiteral("type"), type},
    };
}

std::optional<ConnectionDetails> ConnectionDetails::fromJson(const QJsonValue &value,
                                                             QString *error)
{
    if (!value.isObject()) {
        JsonRead::setError(error, Tr::tr("the connection is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ConnectionDetails d;
    Connection &c = d.connection;
    Credentials &k = d.credentials;
    QString password;
    bool hasPassword = false;
    QString group;
    bool hasGroup = false;
    if (!JsonRead::requiredString(object, QStringLiteral("code"), &c.code, error) ||
        !JsonRead::optionalString(object, QStringLiteral("label"), &c.label, error) ||
        !readFlowType(object, QStringLiteral("flow_type"), &c.flowType, error) ||
        !JsonRead::optionalString(object, QStringLiteral("image"), &c.image, error) ||
        !JsonRead::optionalBool(object, QStringLiteral("auditable"), &c.auditable, error) ||
        !JsonRead::optionalString(object, QStringLiteral("type"), &c.type, error) ||
        !JsonRead::optionalString(object, QStringLiteral("client_id"), &k.clientId, error) ||
        !JsonRead::optionalString(object, QStringLiteral("secret"), &k.secret, error) ||
        !JsonRead::optionalString(object, QStringLiteral("username"), &k.username, error) ||
        !JsonRead::nullableString(object, QStringLiteral("password"), &password, &hasPassword,
                                  error) ||
        !JsonRead::optionalId(object, QStringLiteral("user_role_id"), &d.userRoleId, nullptr,
                              error) ||
        !JsonRead::optionalId(object, QStringLiteral("user_group_id"), &group, &hasGroup, error))
        return std::nullopt;
    if (c.type.isEmpty())
        c.type = QStringLiteral("default");
    if (hasPassword)
        k.password = password;
    if (hasGroup)
        d.userGroupId = group;
    return d;
}

std::optional<ConnectionDetails> ConnectionDetails::fromJson(const QByteArray &body, QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    return fromJson(root, error);
}

ConnectionUpdate ConnectionUpdate::from(const ConnectionDetails &details)
{
    ConnectionUpdate u;
    u.code = details.connection.code;
    u.label = details.connection.label;
    u.flowType = details.connection.flowType;
    u.image = details.connection.image;
    u.auditable = details.connection.auditable;
    u.userRoleId = details.userRoleId;
    u.userGroupId = details.userGroupId;
    return u;
}

QJsonObject ConnectionUpdate::toJson() const
{
    // Section 2: user_role_id is a string, user_group_id a string or null, image a path or
    // null. Auditable is forced off for "other" by the UI (docs/pim-api.md §3), not here.
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("label"), label},
        {QStringLiteral("flow_type"), FlowTypes::toApi(flowType)},
        {QStringLiteral("image"), image.isEmpty() ? QJsonValue() : QJsonValue(image)},
        {QStringLiteral("auditable"), auditable},
        {QStringLiteral("user_role_id"), userRoleId},
        {QStringLiteral("user_group_id"), userGroupId ? QJsonValue(*userGroupId) : QJsonValue()},
    };
}

void ConnectionUpdate::applyTo(Connection &connection) const
{
    connection.label = label;
    connection.flowType = flowType;
    connection.image = image;
    connection.auditable = auditable;
}

void ConnectionUpdate::applyTo(ConnectionDetails &details) const
{
    applyTo(details.connection);
    details.userRoleId = userRoleId;
    details.userGroupId = userGroupId;
}
