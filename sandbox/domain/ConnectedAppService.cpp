#include "ConnectedAppService.h"

#include "ConnectionService.h"
#include "domain/ConnectionRules.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace {

const QString AppType = QStringLiteral("app");

} // namespace

ConnectedAppService::ConnectedAppService(Store &store, ConnectionService &connections)
    : m_store(store)
    , m_connections(connections)
{}

ConnectedAppStore::Metadata
ConnectedAppService::defaultMetadata(const ConnectionStore::Record &connection)
{
    static const QUuid ns = QUuid::fromString(u"6f0b7a52-2f5c-4b8e-9a57-3d1c9e1f4a10");
    ConnectedAppStore::Metadata metadata;
    metadata.id = QUuid::createUuidV5(ns, connection.code).toString(QUuid::WithoutBraces);
    metadata.name = connection.label;
    metadata.scopes = {QStringLiteral("read_products")};
    metadata.logo = QStringLiteral("app.png");
    metadata.author = QStringLiteral("pim-sandbox");
    metadata.userGroupName = QStringLiteral("app_") +
                             QString::fromLatin1(QCryptographicHash::hash(connection.code.toUtf8(),
                                                                          QCryptographicHash::Sha1)
                                                     .toHex()
                                                     .left(12));
    return metadata;
}

std::optional<ConnectedAppService::App>
ConnectedAppService::describe(const ConnectionStore::Record &connection) const
{
    if (connection.type != AppType)
        return std::nullopt;
    const auto user = m_store.users().find(connection.userId);
    if (!user)
        return std::nullopt;
    return App{connection, user->username,
               m_store.connectedApps().find(connection.code).value_or(defaultMetadata(connection))};
}

QList<ConnectedAppService::App> ConnectedAppService::list() const
{
    QList<App> apps;
    for (const ConnectionStore::Record &connection : m_store.connections().list({AppType})) {
        if (const auto app = describe(connection))
            apps.append(*app);
    }
    std::stable_sort(apps.begin(), apps.end(),
                     [](const App &a, const App &b) { return a.metadata.name < b.metadata.name; });
    return apps;
}

std::optional<ConnectedAppService::App>
ConnectedAppService::find(const QString &connectionCode) const
{
    const auto connection = m_store.connections().findByCode(connectionCode);
    return connection ? describe(*connection) : std::nullopt;
}

std::optional<ServiceError>
ConnectedAppService::updateMonitoringSettings(const QString &connectionCode,
                                              const QString &flowType, bool auditable)
{
    auto app = find(connectionCode);
    if (!app)
        return ServiceError::badRequest(ConnectionService::doesNotExist(connectionCode));
    const FieldErrors errors =
        ConnectionRules::validateUpdate(app->connection.label, flowType, app->connection.image);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    app->connection.flowType = flowType;
    app->connection.auditable = auditable;
    if (!m_store.connections().update(app->connection))
        return ServiceError::internal();
    return std::nullopt;
}

std::optional<ServiceError> ConnectedAppService::remove(const QString &connectionCode)
{
    const auto app = find(connectionCode);
    if (!app)
        return ServiceError::badRequest(ConnectionService::doesNotExist(connectionCode));
    return m_connections.removeWithAuthorisations(app->connection);
}
