#include "store/CachedConnection.h"

CachedConnection CachedConnection::fromListItem(const Connection &connection)
{
    CachedConnection cached;
    cached.connection = connection;
    return cached;
}

CachedConnection CachedConnection::fromDetails(const ConnectionDetails &details,
                                               const QDateTime &fetchedAt)
{
    CachedConnection cached;
    cached.connection = details.connection;
    cached.hasDetails = true;
    cached.clientId = details.credentials.clientId;
    cached.username = details.credentials.username;
    // details.credentials.secret and details.credentials.password are left behind on purpose.
    cached.userRoleId = details.userRoleId;
    cached.userGroupId = details.userGroupId;
    cached.detailsFetchedAt = fetchedAt.isValid() ? fetchedAt.toUTC() : QDateTime();
    return cached;
}

ConnectionDetails CachedConnection::toDetailsWithoutSecrets() const
{
    ConnectionDetails details;
    details.connection = connection;
    details.credentials.clientId = clientId;
    details.credentials.username = username;
    details.userRoleId = userRoleId;
    details.userGroupId = userGroupId;
    return details;
}
