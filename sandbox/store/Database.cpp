#include "Database.h"

#include "SandboxLog.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Version 1. Connection codes are unique without regard to case (docs/pim-api.md §3); tokens are
// stored as SHA-256 digests; passwords as salted PBKDF2 digests.
const char *const SchemaVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE roles (id INTEGER PRIMARY KEY, role TEXT NOT NULL UNIQUE, label TEXT NOT NULL,"
    " type TEXT NOT NULL)",
    "CREATE TABLE user_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " is_default INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
    " password_digest TEXT NOT NULL, kind TEXT NOT NULL, can_manage INTEGER NOT NULL,"
    " role_id INTEGER NOT NULL REFERENCES roles(id), group_id INTEGER REFERENCES user_groups(id))",
    "CREATE TABLE clients (id INTEGER PRIMARY KEY, random_id TEXT NOT NULL, secret TEXT NOT NULL,"
    " label TEXT NOT NULL)",
    "CREATE TABLE connections (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " label TEXT NOT NULL, flow_type TEXT NOT NULL, image TEXT, auditable INTEGER NOT NULL,"
    " type TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES users(id),"
    " client_id INTEGER NOT NULL REFERENCES clients(id), created_at INTEGER NOT NULL)",
    "CREATE TABLE tokens (digest TEXT PRIMARY KEY, kind TEXT NOT NULL,"
    " client_id INTEGER NOT NULL, user_id INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL)",
    "CREATE INDEX tokens_by_client ON tokens(client_id)",
    "CREATE INDEX tokens_by_user ON tokens(user_id)",
    "CREATE TABLE media (file_path TEXT PRIMARY KEY, original_filename TEXT NOT NULL,"
    " mime_type TEXT NOT NULL, size INTEGER NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE wrong_credentials (connection_code TEXT NOT NULL, username TEXT NOT NULL,"
    " authenticated_at INTEGER NOT NULL, PRIMARY KEY (connection_code, username))",
};

// Version 2, on top of version 1: the user's time zone, the products of the public API, what the
// monitoring records (hourly counts and business errors, docs/pim-api.md §9 and §10) and what a
// connected App shows besides its connection (§11.2). Times are seconds since the epoch, UTC.
const char *const SchemaVersion2[] = {
    "ALTER TABLE users ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC'",
    "CREATE TABLE products (id INTEGER PRIMARY KEY,"
    " identifier TEXT NOT NULL UNIQUE COLLATE NOCASE, enabled INTEGER NOT NULL, family TEXT,"
    " categories TEXT NOT NULL, product_values TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE audit_counts (connection_code TEXT NOT NULL, kind TEXT NOT NULL,"
    " hour INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (connection_code, kind, hour))",
    "CREATE TABLE business_errors (id INTEGER PRIMARY KEY, connection_code TEXT NOT NULL,"
    " error_at INTEGER NOT NULL, content TEXT NOT NULL)",
    "CREATE INDEX business_errors_by_connection ON business_errors(connection_code, error_at)",
    "CREATE TABLE connected_apps (connection_code TEXT PRIMARY KEY COLLATE NOCASE,"
    " id TEXT NOT NULL, name TEXT NOT NULL, scopes TEXT NOT NULL, logo TEXT NOT NULL,"
    " author TEXT NOT NULL, user_group_name TEXT NOT NULL, categories TEXT NOT NULL,"
    " certified INTEGER NOT NULL, partner TEXT, is_custom_app INTEGER NOT NULL)",
};

// Version 3, on top of version 2: the event subscription of a connection, in the connection's row
// as the PIM keeps it (docs/pim-api.md §8.2), and the event logs (§8.7). Log contexts are JSON in
// the PIM's key order; their flattened text is kept for the text search.
const char *const SchemaVersion3[] = {
    "ALTER TABLE connections ADD COLUMN webhook_enabled INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE connections ADD COLUMN webhook_url TEXT",
    "ALTER TABLE connections ADD COLUMN webhook_secret TEXT",
    "ALTER TABLE connections ADD COLUMN webhook_is_using_uuid INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE event_logs (id TEXT PRIMARY KEY, timestamp INTEGER NOT NULL,"
    " level TEXT NOT NULL, message TEXT NOT NULL, connection_code TEXT COLLATE NOCASE,"
    " context TEXT NOT NULL, context_flattened TEXT NOT NULL)",
    "CREATE INDEX event_logs_by_time ON event_logs(timestamp)",
};

template<size_t N>
bool runStatements(QSqlDatabase db, const char *const (&statements)[N], QString *error)
{
    for (const char *statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("pim-sandbox-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath, bool *created, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 2000"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) ||
        !probe.next()) {
        *error = probe.lastError().text();
        return false;
    }
    *created = probe.value(0).toInt() == 0;
    probe.finish();
    if (*created)
        return createSchema(0, error);
    const int version = metaValue(QStringLiteral("schema_version")).toInt();
    if (version >= 1 && version < SchemaVersion) {
        m_upgradedFrom = version;
        return createSchema(version, error);
    }
    if (version != SchemaVersion) {
        *error = QCoreApplication::translate(
                     "Database", "the store has schema version %1, this sandbox knows version %2")
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    return true;
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::createSchema(int fromVersion, QString *error)
{
    Transaction transaction(m_db);
    if ((fromVersion < 1 && !runStatements(m_db, SchemaVersion1, error)) ||
        (fromVersion < 2 && !runStatements(m_db, SchemaVersion2, error)) ||
        !runStatements(m_db, SchemaVersion3, error))
        return false;
    if (!setMetaValue(QStringLiteral("schema_version"), QString::number(SchemaVersion)) ||
        !transaction.commit()) {
        *error = QCoreApplication::translate("Database", "cannot write the schema version");
        return false;
    }
    return true;
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
             "read a setting") ||
        !query.next())
        return {};
    return query.value(0).toString();
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               {key, value}, "write a setting");
}

bool Database::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                   const char *what)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, what);
}

bool Database::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcSandboxStore, "cannot %s: %s", what, qPrintable(query.lastError().text()));
    return false;
}
