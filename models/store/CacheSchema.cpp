#include "store/CacheSchema.h"

#include <QStringList>

namespace CacheSchema {
namespace {

// From nothing to version 1. Kept as it was released: a v1 file is migrated by the step below,
// and a new file goes through both steps, so the migration is exercised on every first start.
const QStringList toVersion1 = {
    QStringLiteral("CREATE TABLE instances ("
                   " instance_id TEXT PRIMARY KEY NOT NULL,"
                   " synced_at TEXT)"),
    QStringLiteral("CREATE TABLE connections ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " label TEXT NOT NULL,"
                   " flow_type TEXT NOT NULL,"
                   " image TEXT NOT NULL DEFAULT '',"
                   " auditable INTEGER NOT NULL DEFAULT 0,"
                   " type TEXT NOT NULL DEFAULT 'default',"
                   " has_details INTEGER NOT NULL DEFAULT 0,"
                   " client_id TEXT NOT NULL DEFAULT '',"
                   " username TEXT NOT NULL DEFAULT '',"
                   " user_role_id TEXT NOT NULL DEFAULT '',"
                   " user_group_id TEXT,"
                   " details_fetched_at TEXT,"
                   " PRIMARY KEY (instance_id, code))"),
    QStringLiteral("CREATE TABLE wrong_credentials ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " username TEXT NOT NULL,"
                   " used_at TEXT)"),
    QStringLiteral("CREATE INDEX wrong_credentials_by_instance"
                   " ON wrong_credentials (instance_id, code, position)"),
    QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
    QStringLiteral("PRAGMA user_version = 1"),
};

const QStringList toVersion2 = {
    // NULL: never asked. 0/1: the last answer of GET /rest/connections/max-limit-reached.
    QStringLiteral("ALTER TABLE instances ADD COLUMN max_limit_reached INTEGER"),
    QStringLiteral("ALTER TABLE instances ADD COLUMN roles_known INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE instances ADD COLUMN groups_known INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE TABLE user_roles ("
                   " instance_id TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " id TEXT NOT NULL,"
                   " role TEXT NOT NULL,"
                   " label TEXT NOT NULL,"
                   " type TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX user_roles_by_instance ON user_roles (instance_id, position)"),
    QStringLiteral("CREATE TABLE user_groups ("
                   " instance_id TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " id TEXT NOT NULL,"
                   " name TEXT NOT NULL,"
                   " is_default INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX user_groups_by_instance ON user_groups (instance_id, position)"),
    QStringLiteral("CREATE TABLE logos ("
                   " instance_id TEXT NOT NULL,"
                   " image_path TEXT NOT NULL,"
                   " bytes BLOB NOT NULL,"
                   " PRIMARY KEY (instance_id, image_path))"),
    QStringLiteral("PRAGMA user_version = 2"),
};

bool runAll(const QStringList &statements, const Run &run, QString *error)
{
    for (const QString &sql : statements) {
        if (!run(sql, error))
            return false;
    }
    return true;
}

} // namespace

bool migrate(int fromVersion, const Run &run, QString *error)
{
    static_assert(CurrentVersion == 2, "add the step to the new version below");
    if (fromVersion < 1 && !runAll(toVersion1, run, error))
        return false;
    if (fromVersion < 2 && !runAll(toVersion2, run, error))
        return false;
    return true;
}

} // namespace CacheSchema
