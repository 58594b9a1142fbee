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
    return execSql(QStringLiteral("INSERT OR IGNORE INTO instances (instance_id) VALUES (?)"),
                   {instanceId}, error);
}

bool CacheDatabase::insertConnection(const QString &instanceId, int position,
                                     const CachedConnection &c, QString *error)
{
    return execSql(
        QStringLiteral(
            "INSERT INTO connections (instance_id, code, position, label, flow_type, image, "
            "auditable, type, has_details, client_id, username, user_role_id, user_group_id, "
            "details_fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {instanceId, nonNull(c.connection.code), position, nonNull(c.connection.label),
         FlowTypes::toApi(c.connection.flowType), nonNull(c.connection.image),
         c.connection.auditable ? 1 : 0, nonNull(c.connection.type), c.hasDetails ? 1 : 0,
         nonNull(c.clientId), nonNull(c.username), nonNull(c.userRoleId), text(c.userGroupId),
         date(c.detailsFetchedAt)},
        error);
}

bool CacheDatabase::dropUnusedLogos(const QString &instanceId, QString *error)
{
    return execSql(QStringLiteral("DELETE FROM logos WHERE instance_id = ? AND image_path NOT IN "
                                  "(SELECT image FROM connections WHERE instance_id = ?)"),
                   {instanceId, instanceId}, error) &&
           execSql(QStringLiteral("DELETE FROM logo_thumbnails WHERE instance_id = ? AND "
                                  "image_path NOT IN (SELECT image_path FROM logos "
                                  "WHERE instance_id = ?)"),
                   {instanceId, instanceId}, error);
}

bool CacheDatabase::insertLogo(const QString &instanceId, const QString &imagePath,
                               const QByteArray &bytes, QString *error)
{
    // An image path names one file: its thumbnail, when made, stays.
    return execSql(QStringLiteral("INSERT INTO logos (instance_id, image_path, bytes) "
                                  "VALUES (?, ?, ?) ON CONFLICT (instance_id, image_path) "
                                  "DO UPDATE SET bytes = excluded.bytes"),
                   {instanceId, nonNull(imagePath), bytes}, error);
}

bool CacheDatabase::replaceRows(const QString &instanceId, const QString &table,
                                const QStringList &columns, const QList<QVariantList> &rows,
                                QString *error)
{
    if (!execSql(QStringLiteral("DELETE FROM %1 WHERE instance_id = ?").arg(table), {instanceId},
                 error))
        return false;
    const QString insert = QStringLiteral("INSERT INTO %1 (instance_id, %2) VALUES (?%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    QStringLiteral(", ?").repeated(columns.size()));
    for (const QVariantList &row : rows) {
        if (!execSql(insert, QVariantList{instanceId} + row, error))
            return false;
    }
    return true;
}

bool CacheDatabase::writeRoles(const QString &instanceId, const QList<UserRole> &roles,
                               QString *error)
{
    QList<QVariantList> rows;
    for (int i = 0; i < roles.size(); ++i)
        rows.append({i, nonNull(roles[i].id), nonNull(roles[i].role), nonNull(roles[i].label),
                     nonNull(roles[i].type)});
    return replaceRows(instanceId, QStringLiteral("user_roles"),
                       {QStringLiteral("position"), QStringLiteral("id"), QStringLiteral("role"),
                        QStringLiteral("label"), QStringLiteral("type")},
                       rows, error) &&
           execSql(QStringLiteral("UPDATE instances SET roles_known = 1 WHERE instance_id = ?"),
                   {instanceId}, error);
}

bool CacheDatabase::writeGroups(const QString &instanceId, const QList<UserGroup> &groups,
                                QString *error)
{
    QList<QVariantList> rows;
    for (int i = 0; i < groups.size(); ++i)
        rows.append(
            {i, nonNull(groups[i].id), nonNull(groups[i].name), groups[i].isDefault ? 1 : 0});
    return replaceRows(instanceId, QStringLiteral("user_groups"),
                       {QStringLiteral("position"), QStringLiteral("id"), QStringLiteral("name"),
                        QStringLiteral("is_default")},
                       rows, error) &&
           execSql(QStringLiteral("UPDATE instances SET groups_known = 1 WHERE instance_id = ?"),
                   {instanceId}, error);
}

bool CacheDatabase::writeWrongCredentials(const QString &instanceId, const WrongCredentials &marks,
                                          QString *error)
{
    QList<QVariantList> rows;
    for (auto it = marks.byCode.cbegin(); it != marks.byCode.cend(); ++it) {
        const QList<WrongCredentialsUse> &uses = it.value();
        // A code with no use listed still marks the connection: keep it as a row without user.
        if (uses.isEmpty())
            rows.append({it.key(), -1, QStringLiteral(""), nullText()});
        for (int i = 0; i < uses.size(); ++i)
            rows.append({it.key(), i, nonNull(uses[i].username), date(uses[i].date)});
    }
    return replaceRows(instanceId, QStringLiteral("wrong_credentials"),
                       {QStringLiteral("code"), QStringLiteral("position"),
                        QStringLiteral("username"), QStringLiteral("used_at")},
                       rows, error);
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

        if (!execSql(QStringLiteral("DELETE FROM connections WHERE instance_id = ?"), {instanceId},
                     error))
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
            if (!insertLogo(instanceId, it.key(), it.value(), error))
                return false;
        }
        for (auto it = snapshot.logoThumbnails.cbegin(); it != snapshot.logoThumbnails.cend();
             ++it) {
            if (!it.value().isEmpty() && !updateThumbnail(instanceId, it.key(), it.value(), error))
                return false;
        }
        if (!dropUnusedLogos(instanceId, error))
            return false;

        return execSql(
            QStringLiteral("UPDATE instances SET synced_at = ?, "
                           "max_limit_reached = CASE WHEN ? THEN ? ELSE max_limit_reached END "
                           "WHERE instance_id = ?"),
            {date(snapshot.syncedAt.isValid() ? snapshot.syncedAt : now()),
             snapshot.maxLimitReached.has_value() ? 1 : 0,
             snapshot.maxLimitReached.value_or(false) ? 1 : 0, instanceId},
            error);
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
        return insertLogo(instanceId, imagePath, bytes, error);
    });
}

bool CacheDatabase::updateThumbnail(const QString &instanceId, const QString &imagePath,
                                    const QByteArray &thumbnail, QString *error)
{
    // Only for a logo the cache keeps (its row goes with the logo: dropUnusedLogos()).
    return execSql(QStringLiteral("INSERT INTO logo_thumbnails (instance_id, image_path, png) "
                                  "SELECT instance_id, image_path, ? FROM logos "
                                  "WHERE instance_id = ? AND image_path = ? "
                                  "ON CONFLICT (instance_id, image_path) "
                                  "DO UPDATE SET png = excluded.png"),
                   {thumbnail, instanceId, nonNull(imagePath)}, error);
}

CacheStatus CacheDatabase::storeLogoThumbnail(const QString &instanceId, const QString &imagePath,
                                              const QByteArray &thumbnail)
{
    return write(tr("logo %1").arg(imagePath), instanceId, [&](QString *error) {
        if (thumbnail.isEmpty()) {
            *error = tr("an empty logo");
            return false;
        }
        return updateThumbnail(instanceId, imagePath, thumbnail, error);
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
        return execSql(
            QStringLiteral("UPDATE instances SET max_limit_reached = ? WHERE instance_id = ?"),
            {reached ? 1 : 0, instanceId}, error);
    });
}

bool CacheDatabase::deleteRows(const QStringList &tables, const QString &instanceId,
                               const QString &code, QString *error)
{
    QString where = QStringLiteral(" WHERE instance_id = ?");
    QVariantList values{instanceId};
    if (!code.isNull()) {
        where += QStringLiteral(" AND code = ?");
        values.append(code);
    }
    for (const QString &table : tables) {
        if (!execSql(QStringLiteral("DELETE FROM ") + table + where, values, error))
            return false;
    }
    return true;
}

CacheStatus CacheDatabase::removeConnection(const QString &instanceId, const QString &code)
{
    return write(tr("removal of %1").arg(code), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connections"), QStringLiteral("wrong_credentials"),
                           QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists"),
                           QStringLiteral("event_subscriptions"),
                           QStringLiteral("event_log_pages"), QStringLiteral("event_logs")},
                          instanceId, nonNull(code), error) &&
               dropUnusedLogos(instanceId, error);
    });
}

CacheStatus CacheDatabase::removeInstance(const QString &instanceId)
{
    return write(tr("removal of a PIM"), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connections"), QStringLiteral("wrong_credentials"),
                           QStringLiteral("user_roles"), QStringLiteral("user_groups"),
                           QStringLiteral("logos"), QStringLiteral("logo_thumbnails"),
                           QStringLiteral("audit_series"), QStringLiteral("audit_days"),
                           QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists"), QStringLiteral("connected_apps"),
                           QStringLiteral("app_logos"), QStringLiteral("event_subscriptions"),
                           QStringLiteral("event_log_pages"), QStringLiteral("event_logs"),
                           QStringLiteral("instances")},
                          instanceId, QString(), error);
    });
}
