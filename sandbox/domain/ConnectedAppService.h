#pragma once

#include "ServiceError.h"
#include "store/ConnectedAppStore.h"
#include "store/ConnectionStore.h"

#include <QList>

#include <optional>

class ConnectionService;
class Store;

// Connected Apps (docs/pim-api.md §11.2): connections of type "app" with the App Store's
// description of them. They count in the limit of connections and stay out of Connection
// settings (§11.1); their monitoring settings and deletion are their own routes.
class ConnectedAppService
{
public:
    struct App
    {
        ConnectionStore::Record connection;
        QString username; // the connection's API user
        ConnectedAppStore::Metadata metadata;
    };

    ConnectedAppService(Store &store, ConnectionService &connections);

    // By name, as the PIM lists them.
    QList<App> list() const;
    std::optional<App> find(const QString &connectionCode) const;
    // The flow type and "Track in Data flows dashboard", validated as a connection's (§4).
    std::optional<ServiceError> updateMonitoringSettings(const QString &connectionCode,
                                                         const QString &flowType, bool auditable);
    // Removes the App and its authorisation: connection, user, client, tokens.
    std::optional<ServiceError> remove(const QString &connectionCode);

    // What an App added without a description (--app) shows: made up from its connection, the
    // same on every start.
    static ConnectedAppStore::Metadata defaultMetadata(const ConnectionStore::Record &connection);

private:
    std::optional<App> describe(const ConnectionStore::Record &connection) const;

    Store &m_store;
    ConnectionService &m_connections;
};
