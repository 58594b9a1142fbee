#include "ConnectionJson.h"

#include <QDateTime>

namespace ConnectionJson {

namespace {

SymfonyJson nullable(const std::optional<QString> &value)
{
    return value ? SymfonyJson(*value) : SymfonyJson();
}

} // namespace

SymfonyJson listItem(const ConnectionStore::Record &record)
{
    return SymfonyJson::object({
        {QStringLiteral("code"), record.code},
        {QStringLiteral("label"), record.label},
        {QStringLiteral("flowType"), record.flowType},
        {QStringLiteral("image"), nullable(record.image)},
        {QStringLiteral("auditable"), record.auditable},
        {QStringLiteral("type"), record.type},
    });
}

SymfonyJson details(const ConnectionService::Details &details,
                    const std::optional<QString> &password)
{
    const ConnectionStore::Record &connection = details.connection;
    const std::optional<QString> groupId =
        details.user.groupId ? std::optional<QString>(QString::number(*details.user.groupId))
                             : std::nullopt;
    return SymfonyJson::object({
        {QStringLiteral("code"), connection.code},
        {QStringLiteral("label"), connection.label},
        {QStringLiteral("flow_type"), connection.flowType},
        {QStringLiteral("image"), nullable(connection.image)},
        {QStringLiteral("client_id"), details.client.publicId()},
        {QStringLiteral("secret"), details.client.secret},
        {QStringLiteral("username"), details.user.username},
        {QStringLiteral("password"), nullable(password)},
        {QStringLiteral("user_role_id"), QString::number(details.user.roleId)},
        {QStringLiteral("user_group_id"), nullable(groupId)},
        {QStringLiteral("auditable"), connection.auditable},
        {QStringLiteral("type"), connection.type},
    });
}

SymfonyJson violations(const FieldErrors &errors)
{
    SymfonyJson list = SymfonyJson::array();
    for (const FieldError &error : errors)
        list.append(SymfonyJson::object(
            {{QStringLiteral("name"), error.field}, {QStringLiteral("reason"), error.reason}}));
    return SymfonyJson::object({
        {QStringLiteral("errors"), list},
        {QStringLiteral("message"), QString::fromLatin1(ValidationKeys::ListException)},
    });
}

SymfonyJson wrongCredentials(const QList<WrongCredentialsStore::Entry> &entries)
{
    if (entries.isEmpty())
        return SymfonyJson::array(); // PHP's empty map is written []
    SymfonyJson out = SymfonyJson::object();
    QString currentCode;
    SymfonyJson users;
    auto flush = [&] {
        if (!currentCode.isEmpty())
            out.insert(currentCode, SymfonyJson::object({{QStringLiteral("code"), currentCode},
                                                         {QStringLiteral("users"), users}}));
    };
    for (const WrongCredentialsStore::Entry &entry : entries) {
        if (entry.connectionCode != currentCode) {
            flush();
            currentCode = entry.connectionCode;
            users = SymfonyJson::array();
        }
        users.append(SymfonyJson::object({
            {QStringLiteral("username"), entry.username},
            {QStringLiteral("date"), dateTime(entry.authenticatedAt)},
        }));
    }
    flush();
    return out;
}

QString dateTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           QStringLiteral("+00:00");
}

} // namespace ConnectionJson
