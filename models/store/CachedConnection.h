#pragma once

#include "domain/Connection.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// What the cache keeps of one connection: every field of shapes A and B except the secret and
// the password (docs/pim-api.md §2). There is deliberately no member that could hold either, so
// no caller can put one on disk; the only way from ConnectionDetails is fromDetails(), which
// drops them.
class CachedConnection
{
public:
    CachedConnection() = default;

    // A list item (shape A): the credentials and permissions are not known yet.
    static CachedConnection fromListItem(const Connection &connection);
    // A connection with its credentials (shape B): keeps client id, username, role and group,
    // drops the secret and the password.
    static CachedConnection fromDetails(const ConnectionDetails &details,
                                        const QDateTime &fetchedAt = QDateTime());

    Connection connection;
    // True when the members below come from a GET of the connection (shape B).
    bool hasDetails = false;
    QString clientId;
    QString username;
    QString userRoleId;
    std::optional<QString> userGroupId;
    QDateTime detailsFetchedAt; // UTC, invalid when unknown

    const QString &code() const { return connection.code; }

    // Shape B for the screens while offline: the secret is empty and the password null, since
    // they live in the keychain (SecretStore), never here.
    ConnectionDetails toDetailsWithoutSecrets() const;

    bool operator==(const CachedConnection &) const = default;
};

Q_DECLARE_METATYPE(CachedConnection)
