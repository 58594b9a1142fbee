#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The event subscription of each connection, kept in the connection's row as the PIM keeps it
// (docs/pim-api.md §8.2): enabled, URL, secret and the product format.
class WebhookStore
{
public:
    struct Webhook
    {
        QString connectionCode; // as stored (the PIM answers the stored spelling)
        bool enabled = false;
        std::optional<QString> url;    // null until one is saved
        std::optional<QString> secret; // null until the first update (§8.4)
        bool isUsingUuid = false;
    };

    explicit WebhookStore(QSqlDatabase db);

    // Connections of any type (§8.1); nullopt when no connection has this code.
    std::optional<Webhook> find(const QString &code) const;
    bool save(const Webhook &webhook);
    bool setSecret(const QString &code, const QString &secret);
    // §8.2's `current`: connections whose subscription is enabled.
    int countEnabled() const;
    // §8.3's limit check: the other connections, enabled and with a URL.
    int countOthersEnabledWithUrl(const QString &code) const;
    // Where events go: enabled, with a URL and a secret.
    QList<Webhook> active() const;

private:
    QSqlDatabase m_db;
};
