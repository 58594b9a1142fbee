#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Users: people who sign in to the back office, and the API users connections create.
class UserStore
{
public:
    enum class Kind { Person, Api };

    struct User
    {
        qint64 id = 0;
        QString username;
        Kind kind = Kind::Person;
        bool canManageConnections = false; // "Manage connections settings" (docs/pim-api.md §1.5)
        qint64 roleId = 0;
        std::optional<qint64> groupId;
        QString timeZone = QStringLiteral("UTC"); // an IANA id, from the profile (section 10)
    };

    explicit UserStore(QSqlDatabase db);

    // Creates the person or updates its password, right and time zone (the command line wins).
    bool upsertPerson(const QString &username, const QString &password, bool canManage,
                      qint64 roleId, const QString &timeZone);
    std::optional<qint64> createApiUser(const QString &username, const QString &password,
                                        qint64 roleId);
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByUsername(const QString &username) const;
    bool usernameExists(const QString &username) const;
    // The user when the password is right; nullopt otherwise.
    std::optional<User> authenticate(const QString &username, const QString &password) const;
    bool setPassword(qint64 id, const QString &password);
    bool setPermissions(qint64 id, qint64 roleId, std::optional<qint64> groupId);
    bool remove(qint64 id);

private:
    std::optional<User> findWhere(const QString &condition, const QVariant &value) const;

    QSqlDatabase m_db;
};
