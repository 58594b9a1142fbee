#include "OAuthServer.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "auth/PasswordHasher.h"
#include "domain/CredentialFormat.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QRegularExpression>

namespace {

bool present(const std::optional<QString> &value)
{
    return value && !value->isEmpty();
}

// FOSOAuthServer's filter on grant_type: a known name or an extension URI.
bool wellFormedGrantType(const QString &grantType)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(authorization_code|token|password|client_credentials|refresh_token|https?"
                       "://.+|urn:.+)$"));
    return pattern.match(grantType).hasMatch();
}

} // namespace

OAuthServer::OAuthServer(Store &store, const Clock &clock, int accessTokenLifetime)
    : m_store(store)
    , m_clock(clock)
    , m_accessTokenLifetime(accessTokenLifetime)
{}

std::optional<OAuthServer::Error> OAuthServer::grant(const GrantRequest &request, Grant *out)
{
    if (!present(request.grantType) || !wellFormedGrantType(*request.grantType))
        return Error::InvalidRequest;
    if (!present(request.clientId))
        return Error::InvalidClient;
    const auto client = m_store.clients().findByPublicId(*request.clientId);
    if (!client || !PasswordHasher::constantTimeEquals(
                       request.clientSecret.value_or(QString()).toUtf8(), client->secret.toUtf8()))
        return Error::InvalidClient;
    const QString grantType = *request.grantType;
    // A connection's client may use these two grants only.
    if (grantType != QLatin1String("password") && grantType != QLatin1String("refresh_token"))
        return Error::UnauthorizedClient;

    if (grantType == QLatin1String("password")) {
        if (!present(request.username) || !present(request.password))
            return Error::InvalidRequest;
        const auto user = m_store.users().authenticate(*request.username, *request.password);
        if (!user)
            return Error::InvalidGrant;
        Transaction transaction(m_store.db());
        // Section 5: a connection's client id with another user's username is recorded.
        const auto connection = m_store.connections().findByClientId(client->id);
        if (connection && connection->userId != user->id) {
            m_store.wrongCredentials().record(connection->code, user->username,
                                              m_clock.nowSeconds());
            qCInfo(lcSandboxOAuth, "recorded a wrong credentials combination on %s",
                   qPrintable(connection->code));
        }
        if (const auto error = issue(client->id, user->id, out))
            return error;
        if (!transaction.commit())
            return Error::InvalidGrant;
        return std::nullopt;
    }

    if (!present(request.refreshToken))
        return Error::InvalidRequest;
    const auto refresh = m_store.tokens().find(*request.refreshToken, TokenStore::Kind::Refresh);
    if (!refresh || refresh->clientId != client->id || m_clock.nowMs() >= refresh->expiresAtMs)
        return Error::InvalidGrant;
    // A refresh issues a new refresh token and retires the old one.
    Transaction transaction(m_store.db());
    if (!m_store.tokens().remove(*request.refreshToken))
        return Error::InvalidGrant;
    if (const auto error = issue(refresh->clientId, refresh->userId, out))
        return error;
    if (!transaction.commit())
        return Error::InvalidGrant;
    return std::nullopt;
}

std::optional<OAuthServer::Error> OAuthServer::issue(qint64 clientId, qint64 userId, Grant *out)
{
    const qint64 now = m_clock.nowMs();
    Grant grant;
    grant.accessToken = CredentialFormat::randomToken();
    grant.refreshToken = CredentialFormat::randomToken();
    grant.expiresIn = m_accessTokenLifetime;
    const bool stored =
        m_store.tokens().add(grant.accessToken, {TokenStore::Kind::Access, clientId, userId,
                                                 now + m_accessTokenLifetime * 1000LL}) &&
        m_store.tokens().add(grant.refreshToken, {TokenStore::Kind::Refresh, clientId, userId,
                                                  now + RefreshTokenLifetime * 1000LL});
    if (!stored)
        return Error::InvalidGrant;
    *out = grant;
    return std::nullopt;
}

OAuthServer::BearerState OAuthServer::checkAccessToken(const QString &token,
                                                       TokenStore::Token *access) const
{
    if (token.isEmpty())
        return BearerState::Invalid;
    const auto found = m_store.tokens().find(token, TokenStore::Kind::Access);
    if (!found)
        return BearerState::Invalid;
    if (m_clock.nowMs() >= found->expiresAtMs)
        return BearerState::Expired;
    if (access)
        *access = *found;
    return BearerState::Valid;
}
