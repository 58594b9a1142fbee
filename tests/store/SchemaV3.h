#pragma once

// The cache file as version 3 of the schema wrote it, frozen here: version 2's tables (SchemaV2)
// plus version 3's monitoring tables as they were released, and a few monitoring rows written
// the way that version did, so that the migrations after it are tested against a real old file.
#include "SchemaV2.h"

namespace SchemaV3 {

inline QStringList tables()
{
    QStringList statements = SchemaV2::tables();
    statements.removeLast(); // PRAGMA user_version = 2
    statements += {
        QStringLiteral("ALTER TABLE instances ADD COLUMN data_flows_as_of TEXT"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN apps_as_of TEXT"),
        QStringLiteral("CREATE TABLE audit_series (instance_id TEXT NOT NULL, report TEXT NOT "
                       "NULL, position INTEGER NOT NULL, code TEXT NOT NULL, total INTEGER NOT "
                       "NULL, PRIMARY KEY (instance_id, report, code))"),
        QStringLiteral("CREATE TABLE audit_days (instance_id TEXT NOT NULL, report TEXT NOT NULL,"
                       " code TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL, "
                       "before_week INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (instance_id, "
                       "report, code, before_week, day))"),
        QStringLiteral("CREATE TABLE business_error_lists (instance_id TEXT NOT NULL, code TEXT "
                       "NOT NULL, as_of TEXT NOT NULL, PRIMARY KEY (instance_id, code))"),
        QStringLiteral("CREATE TABLE business_errors (instance_id TEXT NOT NULL, code TEXT NOT "
                       "NULL, position INTEGER NOT NULL, date_time TEXT NOT NULL, message TEXT "
                       "NOT NULL, item TEXT NOT NULL, PRIMARY KEY (instance_id, code, "
                       "position))"),
        QStringLiteral("CREATE TABLE connected_apps (instance_id TEXT NOT NULL, code TEXT NOT "
                       "NULL, position INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, "
                       "scopes TEXT NOT NULL, logo TEXT, author TEXT, user_group_name TEXT, "
                       "connection_username TEXT NOT NULL, categories TEXT NOT NULL, certified "
                       "INTEGER NOT NULL, partner TEXT, is_custom_app INTEGER NOT NULL, "
                       "is_pending INTEGER NOT NULL, has_outdated_scopes INTEGER NOT NULL, "
                       "flow_type TEXT, auditable INTEGER, settings_as_of TEXT, PRIMARY KEY "
                       "(instance_id, code))"),
        QStringLiteral("PRAGMA user_version = 3"),
    };
    return statements;
}

// One business error of `code`, as version 3 stored it.
inline bool writeBusinessError(RawDb &db, const QString &instance, const QString &code)
{
    return SchemaV2::insert(db, QStringLiteral("INSERT INTO business_error_lists VALUES (?, ?, ?)"),
                            {instance, code, QStringLiteral("2026-11-20T10:00:00.000Z")}) &&
           SchemaV2::insert(
               db, QStringLiteral("INSERT INTO business_errors VALUES (?, ?, ?, ?, ?, ?)"),
               {instance, code, 0, QStringLiteral("2026-11-20T09:00:00+00:00"),
                QStringLiteral("The family does not exist."),
                QString(
                    QStringLiteral(R"({"connection_code":")") + code +
                    QStringLiteral(
                        R"(","date_time":"2026-11-20T09:00:00+00:00","content":)"
                        R"({"message":"The family does not exist.","type":"domain_error"}})"))});
}

} // namespace SchemaV3
