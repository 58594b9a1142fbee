// The read operations of CacheDatabase. Each runs in one read transaction, so that it sees one
// consistent state even while another connection writes (WAL).
#include "store/CacheDatabaseRead.h"

#include "store/CacheSql.h"
#include "store/StoreLogging.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace CacheSql;

CacheValue<CacheSnapshot> CacheDatabase::loadSnapshot(const QString &instanceId)
{
    return read<CacheSnapshot>(
        "a snapshot", [&](const QSqlDatabase &db, CacheSnapshot *snapshot, QString *error) {
            const QVariantList instance{instanceId};
            bool stored = false;
            if (!forEachRow(db,
                            QStringLiteral("SELECT synced_at, max_limit_reached, roles_known, "
                                           "groups_known FROM instances WHERE instance_id = ?"),
                            instance, error, [&](const QSqlQuery &row) {
                                stored = true;
                                snapshot->syncedAt = toDate(row.value(0));
                                if (!row.value(1).isNull())
                                    snapshot->maxLimitReached = row.value(1).toInt() != 0;
                                if (row.value(2).toInt() != 0)
                                    snapshot->roles = QList<UserRole>();
                                if (row.value(3).toInt() != 0)
                                    snapshot->groups = QList<UserGroup>();
                            }))
                return false;
            if (!stored)
                return true; // never stored: an empty snapshot
            if (!forEachRow(
                    db,
                    QStringLiteral(
                        "SELECT code, label, flow_type, image, auditable, type, has_details, "
                        "client_id, username, user_role_id, user_group_id, details_fetched_at FROM "
                        "connections WHERE instance_id = ? ORDER BY position"),
                    instance, error, [&](const QSqlQuery &row) {
                        CachedConnection c;
                        c.connection.code = row.value(0).toString();
                        c.connection.label = row.value(1).toString();
                        const auto flow = FlowTypes::fromApi(row.value(2).toString());
                        if (!flow)
                            qCWarning(lcCache) << "unknown flow type in the cache for" << c.code();
                        c.connection.flowType = flow.value_or(FlowType::Other);
                        c.connection.image = row.value(3).toString();
                        c.connection.auditable = row.value(4).toInt() != 0;
                        c.connection.type = row.value(5).toString();
                        c.hasDetails = row.value(6).toInt() != 0;
                        c.clientId = row.value(7).toString();
                        c.username = row.value(8).toString();
                        c.userRoleId = row.value(9).toString();
                        c.userGroupId = toOptionalText(row.value(10));
                        c.detailsFetchedAt = toDate(row.value(11));
                        snapshot->connections.append(c);
                    }))
                return false;
            if (!forEachRow(db,
                            QStringLiteral("SELECT code, position, username, used_at FROM "
                                           "wrong_credentials WHERE instance_id = ? "
                                           "ORDER BY code, position"),
                            instance, error, [&](const QSqlQuery &row) {
                                QList<WrongCredentialsUse> &uses =
                                    snapshot->wrongCredentials.byCode[row.value(0).toString()];
                                if (row.value(1).toInt() >= 0)
                                    uses.append({row.value(2).toString(), toDate(row.value(3))});
                            }))
                return false;
            if (snapshot->roles &&
                !forEachRow(db,
                            QStringLiteral("SELECT id, role, label, type FROM user_roles "
                                           "WHERE instance_id = ? ORDER BY position"),
                            instance, error, [&](const QSqlQuery &row) {
                                snapshot->roles->append(
                                    {row.value(0).toString(), row.value(1).toString(),
                                     row.value(2).toString(), row.value(3).toString()});
                            }))
                return false;
            if (snapshot->groups &&
                !forEachRow(db,
                            QStringLiteral("SELECT id, name, is_default FROM user_groups "
                                           "WHERE instance_id = ? ORDER BY position"),
                            instance, error, [&](const QSqlQuery &row) {
                                snapshot->groups->append({row.value(0).toString(),
                                                          row.value(1).toString(),
                                                          row.value(2).toInt() != 0});
                            }))
                return false;
            // A logo with a thumbnail: the thumbnail alone (the full bytes stay on disk, not
            // even read through: see CacheSchema, version 6).
            return forEachRow(db,
                              QStringLiteral("SELECT l.image_path, t.png, "
                                             "CASE WHEN t.png IS NULL THEN l.bytes END "
                                             "FROM logos l LEFT JOIN logo_thumbnails t "
                                             "ON t.instance_id = l.instance_id "
                                             "AND t.image_path = l.image_path "
                                             "WHERE l.instance_id = ?"),
                              instance, error, [&](const QSqlQuery &row) {
                                  if (row.isNull(1))
                                      snapshot->logos.insert(row.value(0).toString(),
                                                             row.value(2).toByteArray());
                                  else
                                      snapshot->logoThumbnails.insert(row.value(0).toString(),
                                                                      row.value(1).toByteArray());
                              });
        });
}

CacheValue<QStringList> CacheDatabase::instanceIds()
{
    return read<QStringList>(
        "the instances", [](const QSqlDatabase &db, QStringList *ids, QString *error) {
            return forEachRow(
                db, QStringLiteral("SELECT instance_id FROM instances ORDER BY instance_id"), {},
                error, [ids](const QSqlQuery &row) { ids->append(row.value(0).toString()); });
        });
}

CacheValue<QStringList> CacheDatabase::knownCodes(const QString &instanceId)
{
    return read<QStringList>("the codes", [&instanceId](const QSqlDatabase &db, QStringList *codes,
                                                        QString *error) {
        return forEachRow(
            db,
            QStringLiteral("SELECT code FROM connections WHERE instance_id = ? ORDER BY position"),
            {instanceId}, error,
            [codes](const QSqlQuery &row) { codes->append(row.value(0).toString()); });
    });
}

CacheValue<QByteArray> CacheDatabase::loadLogo(const QString &instanceId, const QString &imagePath)
{
    return read<QByteArray>("a logo", [&](const QSqlDatabase &db, QByteArray *bytes,
                                          QString *error) {
        return forEachRow(
            db, QStringLiteral("SELECT bytes FROM logos WHERE instance_id = ? AND image_path = ?"),
            {instanceId, imagePath}, error,
            [bytes](const QSqlQuery &row) { *bytes = row.value(0).toByteArray(); });
    });
}
