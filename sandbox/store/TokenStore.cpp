#include "TokenStore.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString digestOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString kindName(TokenStore::Kind kind)
{
    return kind == TokenStore::Kind::Access ? QStringLiteral("access") : QStringLiteral("refresh");
}

} // namespace

TokenStore::TokenStore(QSqlDatabase db)
    : m_db(db)
{}

bool TokenStore::add(const QString &token, const Token &data)
{
    QSqlQuery query(m_db);
    return Database::run(
        query,
        QStringLiteral("INSERT INTO tokens (digest, kind, client_id, user_id,"
                       " expires_at_ms) VALUES (?, ?, ?, ?, ?)"),
        {digestOf(token), kindName(data.kind), data.clientId, data.userId, data.expiresAtMs},
        "store a token");
}

std::optional<TokenStore::Token> TokenStore::find(const QString &token, Kind kind) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT client_id, user_id, expires_at_ms FROM tokens"
                                      " WHERE digest = ? AND kind = ?"),
                       {digestOf(token), kindName(kind)}, "find a token") ||
        !query.next())
        return std::nullopt;
    return Token{kind, query.value(0).toLongLong(), query.value(1).toLongLong(),
                 query.value(2).toLongLong()};
}

bool TokenStore::remove(const QString &token)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM tokens WHERE digest = ?"),
                         {digestOf(token)}, "retire a token");
}

bool TokenStore::removeForClient(qint64 clientId)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM tokens WHERE client_id = ?"),
                         {clientId}, "revoke a client's tokens");
}

bool TokenStore::removeForUser(qint64 userId)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM tokens WHERE user_id = ?"), {userId},
                         "revoke a user's tokens");
}
