#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Access and refresh tokens of the public API (docs/pim-api.md §5). Only SHA-256 digests of the
// tokens are stored.
class TokenStore
{
public:
    enum class Kind { Access, Refresh };

    struct Token
    {
        Kind kind = Kind::Access;
        qint64 clientId = 0;
        qint64 userId = 0;
        qint64 expiresAtMs = 0; // milliseconds since the epoch, UTC
    };

    explicit TokenStore(QSqlDatabase db);

    bool add(const QString &token, const Token &data);
    std::optional<Token> find(const QString &token, Kind kind) const;
    bool remove(const QString &token);
    bool removeForClient(qint64 clientId);
    bool removeForUser(qint64 userId);

private:
    QSqlDatabase m_db;
};
