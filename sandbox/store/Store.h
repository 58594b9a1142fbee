#pragma once

#include "AuditCountStore.h"
#include "BusinessErrorStore.h"
#include "ClientStore.h"
#include "ConnectedAppStore.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "MediaStore.h"
#include "PermissionStore.h"
#include "ProductStore.h"
#include "TokenStore.h"
#include "UserStore.h"
#include "WrongCredentialsStore.h"

#include <QString>

#include <memory>

// Everything the sandbox keeps in its data directory: the SQLite file and the media files.
// Data survives a restart on the same directory (connections, users, clients, tokens, images,
// products and what the monitoring recorded).
class Store
{
public:
    static constexpr char DatabaseFileName[] = "pim-sandbox.sqlite";
    static constexpr char MediaDirectoryName[] = "media";

    Store() = default;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // *created: a new store (roles, groups and the seed are written once, on a new store).
    bool open(const QString &dataDirectory, bool *created, QString *error);

    QSqlDatabase db() const { return m_database.handle(); }
    Database &database() { return m_database; }
    QString mediaDirectory() const { return m_mediaDirectory; }

    PermissionStore &permissions() { return *m_permissions; }
    UserStore &users() { return *m_users; }
    ClientStore &clients() { return *m_clients; }
    ConnectionStore &connections() { return *m_connections; }
    TokenStore &tokens() { return *m_tokens; }
    MediaStore &media() { return *m_media; }
    WrongCredentialsStore &wrongCredentials() { return *m_wrongCredentials; }
    ProductStore &products() { return *m_products; }
    AuditCountStore &auditCounts() { return *m_auditCounts; }
    BusinessErrorStore &businessErrors() { return *m_businessErrors; }
    ConnectedAppStore &connectedApps() { return *m_connectedApps; }

private:
    Database m_database;
    QString m_mediaDirectory;
    std::unique_ptr<PermissionStore> m_permissions;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<ClientStore> m_clients;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<WrongCredentialsStore> m_wrongCredentials;
    std::unique_ptr<ProductStore> m_products;
    std::unique_ptr<AuditCountStore> m_auditCounts;
    std::unique_ptr<BusinessErrorStore> m_businessErrors;
    std::unique_ptr<ConnectedAppStore> m_connectedApps;
};
