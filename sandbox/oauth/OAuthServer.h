#pragma once

#include "store/TokenStore.h"

#include <QString>

#include <optional>

class Clock;
class Store;

// The public API's OAuth server (docs/pim-api.md §5), following FOSOAuthServerBundle's order of
// checks: the grant type's form, the client and its secret, the grant allowed for the client,
// then the grant's own parameters.
class OAuthServer
{
public:
    static constexpr qint64 RefreshTokenLifetime = 14 * 24 * 3600;

    // FOSOAuthServer's error codes; OAuthController turns them into the PIM's messages.
    enum class Error { InvalidRequest, InvalidClient, UnauthorizedClient, InvalidGrant };

    struct GrantRequest
    {
        std::optional<QString> grantType;
        std::optional<QString> username;
        std::optional<QString> password;
        std::optional<QString> refreshToken;
        std::optional<QString> clientId; // from Basic auth, or client_id in the body
        std::optional<QString> clientSecret;
    };

    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        qint64 expiresIn = 0;
    };

    enum class BearerState { Valid, Invalid, Expired };

    OAuthServer(Store &store, const Clock &clock, int accessTokenLifetime);

    std::optional<Error> grant(const GrantRequest &request, Grant *out);
    // *access, when given, receives the token's client and user if it is valid.
    BearerState checkAccessToken(const QString &token, TokenStore::Token *access = nullptr) const;
    int accessTokenLifetime() const { return m_accessTokenLifetime; }

private:
    std::optional<Error> issue(qint64 clientId, qint64 userId, Grant *out);

    Store &m_store;
    const Clock &m_clock;
    int m_accessTokenLifetime;
};
