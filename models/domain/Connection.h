#pragma once

#include "domain/FlowType.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A connection as the list route gives it (docs/pim-api.md §2, shape A), plus nothing secret.
struct Connection
{
    QString code;
    QString label;
    FlowType flowType = FlowType::Source;
    QString image; // a file path in the PIM's storage; empty when the server says null
    bool auditable = false;
    QString type = QStringLiteral("default"); // "default" (made by people) or "app"

    // Shape A: {"code","label","flowType","image","auditable","type"} (camelCase).
    // Accepts nulls for the optional members and ignores unknown keys; returns nullopt and
    // sets *error when a required member is missing or has the wrong type.
    static std::optional<Connection> fromListJson(const QJsonValue &value, QString *error);
    static std::optional<QList<Connection>> listFromJson(const QByteArray &body, QString *error);
    QJsonObject toListJson() const;

    bool operator==(const Connection &) const = default;
};

// The four credentials of a connection (docs/pim-api.md §3).
struct Credentials
{
    QString clientId;
    QString secret;
    QString username;
    // Only the creation and regenerate-password answer it; every GET gives null.
    std::optional<QString> password;

    bool operator==(const Credentials &) const = default;
};

// One connection with its credentials and permissions (docs/pim-api.md §2, shape B).
struct ConnectionDetails
{
    Connection connection;
    Credentials credentials;
    QString userRoleId;                 // a string on the wire, "1"
    std::optional<QString> userGroupId; // a string, or null for none

    // Shape B (snake_case). Accepts what a real server sends (numbers for ids, nulls, extra
    // keys); rejects missing codes, unknown flow types and wrong types with a message.
    static std::optional<ConnectionDetails> fromJson(const QJsonValue &value, QString *error);
    static std::optional<ConnectionDetails> fromJson(const QByteArray &body, QString *error);

    bool operator==(const ConnectionDetails &) const = default;
};

// What the update route takes (docs/pim-api.md §2, "POST /rest/connections/{code}").
struct ConnectionUpdate
{
    QString code;
    QString label;
    FlowType flowType = FlowType::Source;
    QString image; // empty sends null
    bool auditable = false;
    QString userRoleId;
    std::optional<QString> userGroupId;

    static ConnectionUpdate from(const ConnectionDetails &details);
    QJsonObject toJson() const;

    // What the PIM keeps once it accepted this update: its label, flow type, image and
    // auditable on `connection`, and with the details its role and group too. The rest (code,
    // type, credentials) stays as it was.
    void applyTo(Connection &connection) const;
    void applyTo(ConnectionDetails &details) const;

    bool operator==(const ConnectionUpdate &) const = default;
};

Q_DECLARE_METATYPE(Connection)
Q_DECLARE_METATYPE(ConnectionDetails)
