#include "UserStore.h"

#include "Database.h"
#include "auth/PasswordHasher.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString kindName(UserStore::Kind kind)
{
    return kind == UserStore::Kind::Api ? QStringLiteral("api") : QStringLiteral("person");
}

} // namespace

UserStore::UserStore(QSqlDatabase db)
    : m_db(db)
{}

bool UserStore::upsertPerson(const QString &username, const QString &password, bool canManage,
                             qint64 roleId, const QString &timeZone)
{
    QSqlQuery query(m_db);
    return Database::run(
        query,
        QStringLiteral(
            "INSERT INTO users (username, password_digest, kind, can_manage, role_id, timezone)"
            " VALUES (?, ?, 'person', ?, ?, ?) ON CONFLICT(username) DO UPDATE SET"
            " password_digest = excluded.password_digest, can_manage = excluded.can_manage,"
            " kind = 'person', role_id = excluded.role_id, timezone = excluded.timezone"),
        {username, PasswordHasher::digest(password), canManage ? 1 : 0, roleId, timeZone},
        "write a user");
}

std::optional<qint64> UserStore::createApiUser(const QString &username, const QString &password,
                                               qint64 roleId)
{
    QSqlQuery query(m_db);
    if (!Database::run(
            query,
            QStringLiteral("INSERT INTO users (username, password_digest, kind, can_manage,"
                           " role_id) VALUES (?, ?, ?, 0, ?)"),
            {username, PasswordHasher::digest(password), kindName(Kind::Api), roleId},
            "create an API user"))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<UserStore::User> UserStore::findWhere(const QString &condition,
                                                    const QVariant &value) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT id, username, kind, can_manage, role_id, group_id,"
                                      " timezone FROM users WHERE ") +
                           condition,
                       {value}, "find a user") ||
        !query.next())
        return std::nullopt;
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.kind = query.value(2).toString() == QLatin1String("api") ? Kind::Api : Kind::Person;
    user.canManageConnections = query.value(3).toInt() != 0;
    user.roleId = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        user.groupId = query.value(5).toLongLong();
    user.timeZone = query.value(6).toString();
    return user;
}

std::optional<UserStore::User> UserStore::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

std::optional<UserStore::User> UserStore::findByUsername(const QString &username) const
{
    return findWhere(QStringLiteral("username = ?"), username);
}

bool UserStore::usernameExists(const QString &username) const
{
    return findByUsername(username).has_value();
}

std::optional<UserStore::User> UserStore::authenticate(const QString &username,
                                                       const QString &password) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT id, password_digest FROM users WHERE username = ?"),
                       {username}, "find a user") ||
        !query.next()) {
        // Spend the same time as for a known user, so that timing does not tell usernames.
        static const QString unused = PasswordHasher::digest(QStringLiteral("unused"));
        PasswordHasher::verify(password, unused);
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    if (!PasswordHasher::verify(password, query.value(1).toString()))
        return std::nullopt;
    return find(id);
}

bool UserStore::setPassword(qint64 id, const QString &password)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("UPDATE users SET password_digest = ? WHERE id = ?"),
                         {PasswordHasher::digest(password), id}, "change a password") &&
           query.numRowsAffected() == 1;
}

bool UserStore::setPermissions(qint64 id, qint64 roleId, std::optional<qint64> groupId)
{
    QSqlQuery query(m_db);
    return Database::run(
               query, QStringLiteral("UPDATE users SET role_id = ?, group_id = ? WHERE id = ?"),
               {roleId, groupId ? QVariant(*groupId) : QVariant(QMetaType::fromType<qint64>()), id},
               "change a user's permissions") &&
           query.numRowsAffected() == 1;
}

bool UserStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM users WHERE id = ?"), {id},
                         "delete a user");
}
