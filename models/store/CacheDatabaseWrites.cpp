// The write operations of CacheDatabase: each one transaction (see CacheDatabase.h).
#include "store/CacheDatabaseWrite.h"

#include "store/CacheSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QSet>

using namespace CacheSql;

bool CacheDatabase::ensureInstance(const QString &instanceId, QString *error)
{
    if (instanceId.isEmpty()) {
        *error = tr("no PIM instance given");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO instances (instance_id) VALUES (?)"));
    query.addBindValue(instanceId);
    return exec(query, error);
}

bool CacheDatabase::insertConnection(const QString &instanceId, int position,
                                     const CachedConnection &c, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO connections (instance_id, code, position, label, flow_type, image, "
        "auditable, type, has_details, client_id, username, user_role_id, user_group_id, "
        "details_fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(instanceId);
    query.addBindValue(nonNull(c.connection.code));
    query.addBindValue(position);
    query.addBindValue(nonNull(c.connection.label));
    query.addBindValue(FlowTypes::toApi(c.connection.flowType));
    query.addBindValue(nonNull(c.connection.image));
    query.addBindValue(c.connection.auditable ? 1 : 0);
    query.addBindValue(nonNull(c.connection.type));
    query.addBindValue(c.hasDetails ? 1 : 0);
    query.addBindValue(nonNull(c.clientId));
    query.addBindValue(nonNull(c.username));
    query.addBindValue(nonNull(c.userRoleId));
    query.addBindValue(text(c.userGroupId));
    query.addBindValue(date(c.detailsFetchedAt));
    return exec(query, error);
}

bool CacheDatabase::dropUnusedLogos(const QString &instanceId, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM logos WHERE instance_id = ? AND image_path NOT IN "
                                 "(SELECT image FROM connections WHERE instance_id = ?)"));
    query.addBindValue(instanceId);
    query.addBindValue(instanceId);
    return exec(query, error);
}

bool CacheDatabase::writeRoles(const QString &instanceId, const QList<UserRole> &roles,
                               QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM user_roles WHERE instance_id = ?"));
    clear.addBindValue(instanceId);
    if (!exec(clear, error))
        return false;
    for (int i = 0; i < roles.size(); ++i) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO user_roles (instance_id, position, id, role, "
                                      "label, type) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(instanceId);
        insert.addBindValue(i);
        insert.addBindValue(nonNull(roles[i].id));
        insert.addBindValue(nonNull(roles[i].role));
        insert.addBindValue(nonNull(roles[i].label));
        insert.addBindValue(nonNull(roles[i].type));
        if (!exec(insert, error))
            return false;
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE instances SET roles_known = 1 WHERE instance_id = ?"));
    mark.addBindValue(instanceId);
    return exec(mark, error);
}

bool CacheDatabase::writeGroups(const QString &instanceId, const QList<UserGroup> &groups,
                                QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM user_groups WHERE instance_id = ?"));
    clear.addBindValue(instanceId);
    if (!exec(clear, error))
        return false;
    for (int i = 0; i < groups.size(); ++i) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO user_groups (instance_id, position, id, name, "
                                      "is_default) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(instanceId);
        insert.addBindValue(i);
        insert.addBindValue(nonNull(groups[i].id));
        insert.addBindValue(nonNull(groups[i].name));
        insert.addBindValue(groups[i].isDefault ? 1 : 0);
        if (!exec(insert, error))
            return false;
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE instances SET groups_known = 1 WHERE instance_id = ?"));
    mark.addBindValue(instanceId);
    return exec(mark, error);
}

bool CacheDatabase::writeWrongCredentials(const QString &instanceId, const WrongCredentials &marks,
                                          QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM wrong_credentials WHERE instance_id = ?"));
    clear.addBindValue(instanceId);
    if (!exec(clear, error))
        return false;
    for (auto it = marks.byCode.cbegin(); it != marks.byCode.cend(); ++it) {
        const QList<WrongCredentialsUse> &uses = it.value();
        // A code with no use listed still marks the connection: keep it as a row without user.
        const int rows = qMax(1, int(uses.size()));
        for (int i = 0; i < rows; ++i) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO wrong_credentials (instance_id, code, "
                                          "position, username, used_at) VALUES (?, ?, ?, ?, ?)"));
            insert.addBindValue(instanceId);
            insert.addBindValue(it.key());
            insert.addBindValue(uses.isEmpty() ? -1 : i);
            insert.addBindValue(uses.isEmpty() ? QStringLiteral("") : nonNull(uses[i].username));
            insert.addBindValue(uses.isEmpty() ? nullText() : date(uses[i].date));
            if (!exec(insert, error))
                return false;
        }
    }
    return true;
}

CacheStatus CacheDatabase::replaceSnapshot(const QString &instanceId, const CacheSnapshot &snapshot)
{
    return write(tr("sync"), instanceId, [&](QString *error) {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

        // Details already known survive a sync from the list route, which has none.
        QHash<QString, CachedConnection> knownDetails;
        {
            QSqlQuery old(db);
            old.prepare(QStringLiteral(
                "SELECT code, client_id, username, user_role_id, user_group_id, "
                "details_fetched_at FROM connections WHERE instance_id = ? AND has_details = 1"));
            old.addBindValue(instanceId);
            if (!exec(old, error))
                return false;
            while (old.next()) {
                CachedConnection c;
                c.hasDetails = true;
                c.clientId = old.value(1).toString();
                c.username = old.value(2).toString();
                c.userRoleId = old.value(3).toString();
                c.userGroupId = toOptionalText(old.value(4));
                c.detailsFetchedAt = toDate(old.value(5));
                knownDetails.insert(old.value(0).toString(), c);
            }
        }

        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM connections WHERE instance_id = ?"));
        clear.addBindValue(instanceId);
        if (!exec(clear, error))
            return false;
        for (int i = 0; i < snapshot.connections.size(); ++i) {
            CachedConnection c = snapshot.connections[i];
            if (!c.hasDetails) {
                const auto known = knownDetails.constFind(c.code());
                if (known != knownDetails.cend()) {
                    const Connection listed = c.connection;
                    c = *known;
                    c.connection = listed;
                }
            }
            if (!insertConnection(instanceId, i, c, error))
                return false;
        }

        if (!writeWrongCredentials(instanceId, snapshot.wrongCredentials, error))
            return false;
        if (snapshot.roles && !writeRoles(instanceId, *snapshot.roles, error))
            return false;
        if (snapshot.groups && !writeGroups(instanceId, *snapshot.groups, error))
            return false;

        for (auto it = snapshot.logos.cbegin(); it != snapshot.logos.cend(); ++it) {
            if (it.key().isEmpty() || it.value().isEmpty())
                continue; // nothing worth keeping; never a reason to refuse the sync
            QSqlQuery logo(db);
            logo.prepare(QStringLiteral("INSERT OR REPLACE INTO logos (instance_id, image_path, "
                                        "bytes) VALUES (?, ?, ?)"));
            logo.addBindValue(instanceId);
            logo.addBindValue(it.key());
            logo.addBindValue(it.value());
            if (!exec(logo, error))
                return false;
        }
        if (!dropUnusedLogos(instanceId, error))
            return false;

        QSqlQuery instance(db);
        instance.prepare(
            QStringLiteral("UPDATE instances SET synced_at = ?, "
                           "max_limit_reached = CASE WHEN ? THEN ? ELSE max_limit_reached END "
                           "WHERE instance_id = ?"));
        instance.addBindValue(date(snapshot.syncedAt.isValid() ? snapshot.syncedAt : now()));
        instance.addBindValue(snapshot.maxLimitReached.has_value() ? 1 : 0);
        instance.addBindValue(snapshot.maxLimitReached.value_or(false) ? 1 : 0);
        instance.addBindValue(instanceId);
        return exec(instance, error);
    });
}

CacheStatus CacheDatabase::storeDetails(const QString &instanceId,
                                        const CachedConnection &connection)
{
    return write(tr("details of %1").arg(connection.code()), instanceId, [&](QString *error) {
        if (connection.code().isEmpty()) {
            *error = tr("a connection without code");
            return false;
        }
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery update(db);
        if (connection.hasDetails) {
            update.prepare(QStringLiteral(
                "UPDATE connections SET label = ?, flow_type = ?, image = ?, auditable = ?, "
                "type = ?, has_details = 1, client_id = ?, username = ?, user_role_id = ?, "
                "user_group_id = ?, details_fetched_at = ? WHERE instance_id = ? AND code = ?"));
        } else {
            update.prepare(QStringLiteral(
                "UPDATE connections SET label = ?, flow_type = ?, image = ?, auditable = ?, "
                "type = ? WHERE instance_id = ? AND code = ?"));
        }
        const Connection &c = connection.connection;
        update.addBindValue(nonNull(c.label));
        update.addBindValue(FlowTypes::toApi(c.flowType));
        update.addBindValue(nonNull(c.image));
        update.addBindValue(c.auditable ? 1 : 0);
        update.addBindValue(nonNull(c.type));
        if (connection.hasDetails) {
            update.addBindValue(nonNull(connection.clientId));
            update.addBindValue(nonNull(connection.username));
            update.addBindValue(nonNull(connection.userRoleId));
            update.addBindValue(text(connection.userGroupId));
            update.addBindValue(date(connection.detailsFetchedAt));
        }
        update.addBindValue(instanceId);
        update.addBindValue(c.code);
        if (!exec(update, error))
            return false;
        if (update.numRowsAffected() == 0) {
            QSqlQuery last(db);
            last.prepare(QStringLiteral(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM connections WHERE instance_id = ?"));
            last.addBindValue(instanceId);
            if (!exec(last, error))
                return false;
            const int position = last.next() ? last.value(0).toInt() : 0;
            if (!insertConnection(instanceId, position, connection, error))
                return false;
        }
        return dropUnusedLogos(instanceId, error);
    });
}

CacheStatus CacheDatabase::storeLogo(const QString &instanceId, const QString &imagePath,
                                     const QByteArray &bytes)
{
    return write(tr("logo %1").arg(imagePath), instanceId, [&](QString *error) {
        if (imagePath.isEmpty() || bytes.isEmpty()) {
            *error = imagePath.isEmpty() ? tr("a logo without image path") : tr("an empty logo");
            return false;
        }
        QSqlQuery logo(QSqlDatabase::database(m_connectionName, false));
        logo.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO logos (instance_id, image_path, bytes) VALUES (?, ?, ?)"));
        logo.addBindValue(instanceId);
        logo.addBindValue(nonNull(imagePath));
        logo.addBindValue(bytes);
        return exec(logo, error);
    });
}

CacheStatus CacheDatabase::storeRoles(const QString &instanceId, const QList<UserRole> &roles)
{
    return write(tr("roles"), instanceId,
                 [&](QString *error) { return writeRoles(instanceId, roles, error); });
}

CacheStatus CacheDatabase::storeGroups(const QString &instanceId, const QList<UserGroup> &groups)
{
    return write(tr("groups"), instanceId,
                 [&](QString *error) { return writeGroups(instanceId, groups, error); });
}

CacheStatus CacheDatabase::storeWrongCredentials(const QString &instanceId,
                                                 const WrongCredentials &marks)
{
    return write(tr("wrong credentials"), instanceId,
                 [&](QString *error) { return writeWrongCredentials(instanceId, marks, error); });
}

CacheStatus CacheDatabase::storeMaxLimitReached(const QString &instanceId, bool reached)
{
    return write(tr("connection limit"), instanceId, [&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("UPDATE instances SET max_limit_reached = ? WHERE instance_id = ?"));
        query.addBindValue(reached ? 1 : 0);
        query.addBindValue(instanceId);
        return exec(query, error);
    });
}

bool CacheDatabase::deleteRows(const QStringList &tables, const QString &instanceId,
                               const QString &code, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const QString &table : tables) {
        QSqlQuery query(db);
        query.prepare(
            code.isNull()
                ? QStringLiteral("DELETE FROM %1 WHERE instance_id = ?").arg(table)
                : QStringLiteral("DELETE FROM %1 WHERE instance_id = ? AND code = ?").arg(table));
        query.addBindValue(instanceId);
        if (!code.isNull())
            query.addBindValue(code);
        if (!exec(query, error))
            return false;
    }
    return true;
}

CacheStatus CacheDatabase::removeConnection(const QString &instanceId, const QString &code)
{
    return write(tr("removal of %1").arg(code), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connections"), QStringLiteral("wrong_credentials"),
                           QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists")},
                          instanceId, nonNull(code), error) &&
               dropUnusedLogos(instanceId, error);
    });
}

CacheStatus CacheDatabase::removeInstance(const QString &instanceId)
{
    return write(tr("removal of a PIM"), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connections"), QStringLiteral("wrong_credentials"),
                           QStringLiteral("user_roles"), QStringLiteral("user_groups"),
                           QStringLiteral("logos"), QStringLiteral("audit_series"),
                           QStringLiteral("audit_days"), QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists"), QStringLiteral("connected_apps"),
                           QStringLiteral("instances")},
                          instanceId, QString(), error);
    });
}
