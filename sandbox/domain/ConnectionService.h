#pragma once

#include "ServiceError.h"
#include "store/ClientStore.h"
#include "store/ConnectionStore.h"
#include "store/UserStore.h"

#include <QString>

#include <optional>

class Clock;
class Store;

// What the connection routes do (docs/pim-api.md §2 and §3), over the store, each write in one
// transaction. The rules themselves come from models/ConnectionRules, shared with the client.
class ConnectionService
{
public:
    // One connection with what shape B shows.
    struct Details
    {
        ConnectionStore::Record connection;
        ClientStore::Client client;
        UserStore::User user;
    };

    struct Update
    {
        QString label;
        QString flowType;
        std::optional<QString> image;
        bool auditable = false;
        QString userRoleId;                 // a string on the wire (docs/pim-api.md §2)
        std::optional<QString> userGroupId; // a string or null
    };

    ConnectionService(Store &store, const Clock &clock);

    // Checks the limit, code, label, flow type in the PIM's order, then uniqueness;
    // *password is the new user's password, shown only by this answer.
    std::optional<ServiceError> create(const QString &code, const QString &label,
                                       const QString &flowType, Details *created, QString *password,
                                       const QString &type = QStringLiteral("default"));
    std::optional<ServiceError> update(const QString &code, const Update &update);
    std::optional<ServiceError> remove(const QString &code);
    // Removes a connection of any type with its user, OAuth client, tokens and records.
    std::optional<ServiceError> removeWithAuthorisations(const ConnectionStore::Record &record);
    std::optional<ServiceError> regenerateSecret(const QString &code);
    std::optional<ServiceError> regeneratePassword(const QString &code, QString *password);

    // Connections made by people only: connected Apps are not reachable through these routes.
    std::optional<Details> find(const QString &code) const;
    bool isLimitReached() const;

    static QString doesNotExist(const QString &code);

private:
    std::optional<Details> details(const ConnectionStore::Record &record) const;
    std::optional<ConnectionStore::Record> findDefault(const QString &code) const;

    Store &m_store;
    const Clock &m_clock;
};
