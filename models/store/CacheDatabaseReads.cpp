// The read operations of CacheDatabase. Each runs in one read transaction, so that it sees one
// consistent state even while another connection writes (WAL).
#include "store/CacheDatabase.h"

#include "store/CacheSql.h"
#include "store/StoreLogging.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace CacheSql;

CacheValue<CacheSnapshot> CacheDatabase::loadSnapshot(const QString &instanceId)
{
    CacheValue<CacheSnapshot> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    CacheSnapshot &snapshot = result.value;
    const QString error = readTransaction(m_connectionName, [&](const QSqlDatabase &db,
                                                                QString *error) {
        {
            QSqlQuery instance(db);
            instance.prepare(QStringLiteral("SELECT synced_at, max_limit_reached, roles_known, "
                                            "groups_known FROM instances WHERE instance_id = ?"));
            instance.addBindValue(instanceId);
            if (!run(instance, error))
                return false;
            if (!instance.next())
                return true; // never stored: an empty snapshot
            snapshot.syncedAt = toDate(instance.value(0));
            if (!instance.value(1).isNull())
                snapshot.maxLimitReached = instance.value(1).toInt() != 0;
            if (instance.value(2).toInt() != 0)
                snapshot.roles = QList<UserRole>();
            if (instance.value(3).toInt() != 0)
                snapshot.groups = QList<UserGroup>();
        }
        {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral(
                "SELECT code, label, flow_type, image, auditable, type, has_details, client_id, "
                "username, user_role_id, user_group_id, details_fetched_at FROM connections "
                "WHERE instance_id = ? ORDER BY position"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next()) {
                CachedConnection c;
                c.connection.code = rows.value(0).toString();
                c.connection.label = rows.value(1).toString();
                const auto flow = FlowTypes::fromApi(rows.value(2).toString());
                if (!flow)
                    qCWarning(lcCache) << "unknown flow type in the cache for" << c.code();
                c.connection.flowType = flow.value_or(FlowType::Other);
                c.connection.image = rows.value(3).toString();
                c.connection.auditable = rows.value(4).toInt() != 0;
                c.connection.type = rows.value(5).toString();
                c.hasDetails = rows.value(6).toInt() != 0;
                c.clientId = rows.value(7).toString();
                c.username = rows.value(8).toString();
                c.userRoleId = rows.value(9).toString();
                c.userGroupId = toOptionalText(rows.value(10));
                c.detailsFetchedAt = toDate(rows.value(11));
                snapshot.connections.append(c);
            }
        }
        {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral("SELECT code, position, username, used_at FROM "
                                        "wrong_credentials WHERE instance_id = ? "
                                        "ORDER BY code, position"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next()) {
                QList<WrongCredentialsUse> &uses =
                    snapshot.wrongCredentials.byCode[rows.value(0).toString()];
                if (rows.value(1).toInt() >= 0)
                    uses.append({rows.value(2).toString(), toDate(rows.value(3))});
            }
        }
        if (snapshot.roles) {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral("SELECT id, role, label, type FROM user_roles "
                                        "WHERE instance_id = ? ORDER BY position"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next()) {
                snapshot.roles->append({rows.value(0).toString(), rows.value(1).toString(),
                                        rows.value(2).toString(), rows.value(3).toString()});
            }
        }
        if (snapshot.groups) {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral("SELECT id, name, is_default FROM user_groups "
                                        "WHERE instance_id = ? ORDER BY position"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next()) {
                snapshot.groups->append({rows.value(0).toString(), rows.value(1).toString(),
                                         rows.value(2).toInt() != 0});
            }
        }
        {
            QSqlQuery rows(db);
            rows.prepare(
                QStringLiteral("SELECT image_path, bytes FROM logos WHERE instance_id = ?"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next())
                snapshot.logos.insert(rows.value(0).toString(), rows.value(1).toByteArray());
        }
        return true;
    });
    if (!error.isEmpty()) {
        qCWarning(lcCache) << "loading" << instanceId << "failed:" << error;
        result.value = CacheSnapshot();
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    }
    return result;
}

CacheValue<QStringList> CacheDatabase::instanceIds()
{
    CacheValue<QStringList> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    const QString error =
        readTransaction(m_connectionName, [&](const QSqlDatabase &db, QString *error) {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral("SELECT instance_id FROM instances ORDER BY instance_id"));
            if (!run(rows, error))
                return false;
            while (rows.next())
                result.value.append(rows.value(0).toString());
            return true;
        });
    if (!error.isEmpty())
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    return result;
}

CacheValue<QStringList> CacheDatabase::knownCodes(const QString &instanceId)
{
    CacheValue<QStringList> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    const QString error =
        readTransaction(m_connectionName, [&](const QSqlDatabase &db, QString *error) {
            QSqlQuery rows(db);
            rows.prepare(QStringLiteral(
                "SELECT code FROM connections WHERE instance_id = ? ORDER BY position"));
            rows.addBindValue(instanceId);
            if (!run(rows, error))
                return false;
            while (rows.next())
                result.value.append(rows.value(0).toString());
            return true;
        });
    if (!error.isEmpty())
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    return result;
}

CacheValue<QByteArray> CacheDatabase::loadLogo(const QString &instanceId, const QString &imagePath)
{
    CacheValue<QByteArray> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    const QString error =
        readTransaction(m_connectionName, [&](const QSqlDatabase &db, QString *error) {
            QSqlQuery rows(db);
            rows.prepare(
                QStringLiteral("SELECT bytes FROM logos WHERE instance_id = ? AND image_path = ?"));
            rows.addBindValue(instanceId);
            rows.addBindValue(imagePath);
            if (!run(rows, error))
                return false;
            if (rows.next())
                result.value = rows.value(0).toByteArray();
            return true;
        });
    if (!error.isEmpty())
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    return result;
}
