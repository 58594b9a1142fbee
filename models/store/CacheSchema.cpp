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

const QStringList toVersion3 = {
    // When each part was fetched (UTC, ISO 8601); NULL: never.
    QStringLiteral("ALTER TABLE instances ADD COLUMN data_flows_as_of TEXT"),
    QStringLiteral("ALTER TABLE instances ADD COLUMN apps_as_of TEXT"),
    // §10. report: the event types of /audit/weekly (product_created, product_updated,
    // product_read), weekly_error, or business_error_count (its total only, no days).
    QStringLiteral("CREATE TABLE audit_series ("
                   " instance_id TEXT NOT NULL,"
                   " report TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " code TEXT NOT NULL,"
                   " total INTEGER NOT NULL,"
                   " PRIMARY KEY (instance_id, report, code))"),
    QStringLiteral("CREATE TABLE audit_days ("
                   " instance_id TEXT NOT NULL,"
                   " report TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " day TEXT NOT NULL,"
                   " count INTEGER NOT NULL,"
                   " before_week INTEGER NOT NULL DEFAULT 0,"
                   " PRIMARY KEY (instance_id, report, code, before_week, day))"),
    // §9.1: the latest errors of each connection (at most 100, newest first), each as the
    // PIM's JSON item.
    QStringLiteral("CREATE TABLE business_error_lists ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " as_of TEXT NOT NULL,"
                   " PRIMARY KEY (instance_id, code))"),
    QStringLiteral("CREATE TABLE business_errors ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " date_time TEXT NOT NULL,"
                   " message TEXT NOT NULL,"
                   " item TEXT NOT NULL,"
                   " PRIMARY KEY (instance_id, code, position))"),
    // §11.2: the list item (scopes and categories as JSON arrays) and the last known
    // monitoring settings (NULL: never read).
    QStringLiteral("CREATE TABLE connected_apps ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " id TEXT NOT NULL,"
                   " name TEXT NOT NULL,"
                   " scopes TEXT NOT NULL,"
                   " logo TEXT,"
                   " author TEXT,"
                   " user_group_name TEXT,"
                   " connection_username TEXT NOT NULL,"
                   " categories TEXT NOT NULL,"
                   " certified INTEGER NOT NULL,"
                   " partner TEXT,"
                   " is_custom_app INTEGER NOT NULL,"
                   " is_pending INTEGER NOT NULL,"
                   " has_outdated_scopes INTEGER NOT NULL,"
                   " flow_type TEXT,"
                   " auditable INTEGER,"
                   " settings_as_of TEXT,"
                   " PRIMARY KEY (instance_id, code))"),
    QStringLiteral("PRAGMA user_version = 3"),
};

// The event subscription step, on its own so that other steps can be added beside it.
const QStringList toVersion4 = {
    // §8.2 without the secret (has_secret says whether the PIM has one); uses_uuid NULL: a PIM
    // before 7.0, which does not say.
    QStringLiteral("CREATE TABLE event_subscriptions ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " enabled INTEGER NOT NULL,"
                   " url TEXT,"
                   " uses_uuid INTEGER,"
                   " has_secret INTEGER NOT NULL,"
                   " active_limit INTEGER NOT NULL,"
                   " active_current INTEGER NOT NULL,"
                   " as_of TEXT NOT NULL,"
                   " PRIMARY KEY (instance_id, code))"),
    // §8.7: the last page of logs loaded for a connection, each entry as the PIM's JSON item
    // (its context kept exactly).
    QStringLiteral("CREATE TABLE event_log_pages ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " total INTEGER NOT NULL,"
                   " as_of TEXT NOT NULL,"
                   " PRIMARY KEY (instance_id, code))"),
    QStringLiteral("CREATE TABLE event_logs ("
                   " instance_id TEXT NOT NULL,"
                   " code TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " item TEXT NOT NULL,"
                   " PRIMARY KEY (instance_id, code, position))"),
    QStringLiteral("PRAGMA user_version = 4"),
};

// Its own step: the logos' thumbnails (see LogoCache), read at start instead of the logos.
bool migrateToVersion5(const Run &run, QString *error)
{
    return run(QStringLiteral("ALTER TABLE logos ADD COLUMN thumbnail BLOB"), error) &&
           run(QStringLiteral("PRAGMA user_version = 5"), error);
}

// Its own step: the thumbnails in their own table, out of the logos' rows.
const QStringList toVersion6 = {
    QStringLiteral("CREATE TABLE logo_thumbnails ("
                   " instance_id TEXT NOT NULL,"
                   " image_path TEXT NOT NULL,"
                   " png BLOB NOT NULL,"
                   " PRIMARY KEY (instance_id, image_path))"),
    QStringLiteral("INSERT INTO logo_thumbnails (instance_id, image_path, png) "
                   "SELECT instance_id, image_path, thumbnail FROM logos "
                   "WHERE thumbnail IS NOT NULL"),
    // Kept as a column (DROP COLUMN needs SQLite 3.35), emptied.
    QStringLiteral("UPDATE logos SET thumbnail = NULL WHERE thumbnail IS NOT NULL"),
    QStringLiteral("PRAGMA user_version = 6"),
};

// The connected Apps' logos (downloaded from the Apps' own servers), by address.
const QStringList toVersion7 = {
    QStringLiteral("CREATE TABLE app_logos ("
                   " instance_id TEXT NOT NULL,"
                   " url TEXT NOT NULL,"
                   " bytes BLOB NOT NULL,"
                   " PRIMARY KEY (instance_id, url))"),
    QStringLiteral("PRAGMA user_version = 7"),
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
    static_assert(CurrentVersion == 7, "add the step to the new version below");
    if (fromVersion < 1 && !runAll(toVersion1, run, error))
        return false;
    if (fromVersion < 2 && !runAll(toVersion2, run, error))
        return false;
    if (fromVersion < 3 && !runAll(toVersion3, run, error))
        return false;
    if (fromVersion < 4 && !runAll(toVersion4, run, error))
        return false;
    if (fromVersion < 5 && !migrateToVersion5(run, error))
        return false;
    if (fromVersion < 6 && !runAll(toVersion6, run, error))
        return false;
    if (fromVersion < 7 && !runAll(toVersion7, run, error))
        return false;
    return true;
}

} // namespace CacheSchema
