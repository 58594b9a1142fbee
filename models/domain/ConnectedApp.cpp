#include "domain/ConnectedApp.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectedApp)
};

SymfonyJson strings(const QStringList &list)
{
    SymfonyJson array = SymfonyJson::array();
    for (const QString &item : list)
        array.append(item);
    return array;
}

} // namespace

std::optional<ConnectedApp> ConnectedApp::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        JsonRead::setError(error, Tr::tr("an App is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ConnectedApp app;
    if (!JsonRead::requiredString(object, QStringLiteral("connection_code"), &app.connectionCode,
                                  error) ||
        !JsonRead::optionalString(object, QStringLiteral("id"), &app.id, error) ||
        !JsonRead::optionalString(object, QStringLiteral("name"), &app.name, error) ||
        !JsonRead::optionalStringList(object, QStringLiteral("scopes"), &app.scopes, error) ||
        !JsonRead::nullableString(object, QStringLiteral("logo"), &app.logo, error) ||
        !JsonRead::nullableString(object, QStringLiteral("author"), &app.author, error) ||
        !JsonRead::nullableString(object, QStringLiteral("user_group_name"), &app.userGroupName,
                                  error) ||
        !JsonRead::optionalString(object, QStringLiteral("connection_username"),
                                  &app.connectionUsername, error) ||
        !JsonRead::optionalStringList(object, QStringLiteral("categories"), &app.categories,
                                      error) ||
        !JsonRead::optionalBool(object, QStringLiteral("certified"), &app.certified, error) ||
        !JsonRead::nullableString(object, QStringLiteral("partner"), &app.partner, error) ||
        !JsonRead::optionalBool(object, QStringLiteral("is_custom_app"), &app.isCustomApp, error) ||
        !JsonRead::optionalBool(object, QStringLiteral("is_pending"), &app.isPending, error) ||
        !JsonRead::optionalBool(object, QStringLiteral("has_outdated_scopes"),
                                &app.hasOutdatedScopes, error))
        return std::nullopt;
    return app;
}

std::optional<QList<ConnectedApp>> ConnectedApp::listFromJson(const QByteArray &body,
                                                              QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    if (!root.isArray()) {
        JsonRead::setError(error, Tr::tr("the list of Apps is not a JSON array"));
        return std::nullopt;
    }
    QList<ConnectedApp> apps;
    const QJsonArray array = root.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        const auto app = fromJson(array.at(i), &why);
        if (!app) {
            JsonRead::setError(error, Tr::tr("App %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        apps.append(*app);
    }
    return apps;
}

SymfonyJson ConnectedApp::toSymfonyJson() const
{
    return SymfonyJson::object({
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("scopes"), strings(scopes)},
        {QStringLiteral("connection_code"), connectionCode},
        {QStringLiteral("logo"), SymfonyJson::stringOrNull(logo)},
        {QStringLiteral("author"), SymfonyJson::stringOrNull(author)},
        {QStringLiteral("user_group_name"), SymfonyJson::stringOrNull(userGroupName)},
        {QStringLiteral("connection_username"), connectionUsername},
        {QStringLiteral("categories"), strings(categories)},
        {QStringLiteral("certified"), certified},
        {QStringLiteral("partner"), SymfonyJson::stringOrNull(partner)},
        {QStringLiteral("is_custom_app"), isCustomApp},
        {QStringLiteral("is_pending"), isPending},
        {QStringLiteral("has_outdated_scopes"), hasOutdatedScopes},
    });
}

SymfonyJson ConnectedApp::listToSymfonyJson(const QList<ConnectedApp> &apps)
{
    SymfonyJson list = SymfonyJson::array();
    for (const ConnectedApp &app : apps)
        list.append(app.toSymfonyJson());
    return list;
}

std::optional<AppMonitoringSettings> AppMonitoringSettings::fromJson(const QByteArray &body,
                                                                     QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    if (!root.isObject()) {
        JsonRead::setError(error, Tr::tr("the monitoring settings are not a JSON object"));
        return std::nullopt;
    }
    AppMonitoringSettings settings;
    QString flowType;
    if (!JsonRead::requiredString(root.toObject(), QStringLiteral("flowType"), &flowType, error) ||
        !JsonRead::optionalBool(root.toObject(), QStringLiteral("auditable"), &settings.auditable,
                                error))
        return std::nullopt;
    const auto type = FlowTypes::fromApi(flowType);
    if (!type) {
        JsonRead::setError(error, Tr::tr("unknown flow type \"%1\"").arg(flowType));
        return std::nullopt;
    }
    settings.flowType = *type;
    return settings;
}

SymfonyJson AppMonitoringSettings::toSymfonyJson() const
{
    return SymfonyJson::object({
        {QStringLiteral("flowType"), FlowTypes::toApi(flowType)},
        {QStringLiteral("auditable"), auditable},
    });
}
