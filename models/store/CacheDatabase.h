#pragma once

#include "store/CacheResult.h"
#include "store/CacheSnapshot.h"
#include "store/CachedMonitoring.h"

#include "domain/EventLog.h"
#include "domain/EventSubscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QSqlQuery;

// The offline copy of the connections of every PIM instance, in one SQLite file (Qt Sql).
// Synchronous: use it from one thread only (the one that called open()); the app goes through
// ConnectionCache, which runs it on a worker thread; the CLI and the tests use it directly.
//
// - Every write is one transaction (BEGIN IMMEDIATE ... COMMIT): a crash, a kill or a failed
//   statement in the middle leaves the previous state whole.
// - journal_mode=WAL, synchronous=NORMAL: in WAL mode NORMAL never corrupts the file and keeps
//   every commit across a crash or kill of the app; only a power cut may lose the last
//   commits, which is acceptable for a copy that the next sync downloads again, and it saves an
//   fsync per commit (FULL would).
// - Schema versions in `PRAGMA user_version`, migrated on open (see CacheSchema). A file that is
//   not SQLite, fails `PRAGMA quick_check`, is not ours, is locked beyond the busy timeout,
//   comes from a newer version, or cannot be migrated is set aside (renamed with a reason and a
//   timestamp, with its -wal and -shm) and a fresh one is created; open() says so in a translated
//   message.
// - No secret can be stored: CachedConnection has no member for one.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)

public:
    // <AppDataLocation>/cache.sqlite
    static QString defaultPath();

    explicit CacheDatabase(const QString &path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // How long a statement waits for another connection's lock before giving up (default 2 s).
    void setBusyTimeout(int milliseconds);
    // The clock used for set-aside names and default sync times (UTC). Default: the system's.
    void setClock(std::function<QDateTime()> clock);

    // Opens (creating the folder and the file as needed), checks, migrates. Never throws,
    // never blocks beyond the busy timeout (twice at worst).
    CacheOpenResult open();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Reads. An instance never stored gives an empty snapshot, not an error.
    CacheValue<CacheSnapshot> loadSnapshot(const QString &instanceId);
    CacheValue<QStringList> instanceIds();
    CacheValue<QStringList> knownCodes(const QString &instanceId);
    CacheValue<QByteArray> loadLogo(const QString &instanceId, const QString &imagePath);

    // Replaces what is known of an instance after a sync, in one transaction:
    // - the connections, in the snapshot's order; a connection without details (a list item)
    //   keeps the details stored for the same code, if any (the list route has none);
    // - the wrong-credentials marks;
    // - maxLimitReached, roles, groups: replaced when set, kept when nullopt (not part of this
    //   sync);
    // - logos: those given are stored, the stored ones no connection uses any more are
    //   deleted, the others kept (an image path names one file: the bytes do not change);
    // - syncedAt (the clock's time if invalid).
    CacheStatus replaceSnapshot(const QString &instanceId, const CacheSnapshot &snapshot);

    // Partial updates, each in its own transaction.
    // Inserts the connection at the end, or updates it in place (its details only if it has
    // some); drops the logo it no longer uses.
    CacheStatus storeDetails(const QString &instanceId, const CachedConnection &connection);
    CacheStatus storeLogo(const QString &instanceId, const QString &imagePath,
                          const QByteArray &bytes);
    // The thumbnail of a stored logo (nothing when the logo is not stored).
    CacheStatus storeLogoThumbnail(const QString &instanceId, const QString &imagePath,
                                   const QByteArray &thumbnail);
    CacheStatus storeRoles(const QString &instanceId, const QList<UserRole> &roles);
    CacheStatus storeGroups(const QString &instanceId, const QList<UserGroup> &groups);
    CacheStatus storeWrongCredentials(const QString &instanceId, const WrongCredentials &marks);
    CacheStatus storeMaxLimitReached(const QString &instanceId, bool reached);
    CacheStatus removeConnection(const QString &instanceId, const QString &code);
    CacheStatus removeInstance(const QString &instanceId);

    // The monitoring screens (docs/pim-api.md §9 to §11), each part with its "as of" time
    // (the clock's time when the one given is invalid). Reads of a part never stored give an
    // empty value whose asOf is invalid. Each store replaces the part whole, in one transaction.
    static constexpr int MaxBusinessErrors = 100; // what the PIM keeps per connection (§9.1)
    CacheValue<Dated<DataFlows>> loadDataFlows(const QString &instanceId);
    CacheValue<Dated<QList<BusinessError>>> loadBusinessErrors(const QString &instanceId,
                                                               const QString &code);
    CacheValue<Dated<QList<CachedApp>>> loadConnectedApps(const QString &instanceId);
    CacheStatus storeDataFlows(const QString &instanceId, const DataFlows &flows,
                               const QDateTime &asOf);
    // Keeps the first MaxBusinessErrors (the PIM sends the newest first).
    CacheStatus storeBusinessErrors(const QString &instanceId, const QString &code,
                                    const QList<BusinessError> &errors, const QDateTime &asOf);
    // The Apps in the given order; the settings known for an App still listed are kept.
    CacheStatus storeConnectedApps(const QString &instanceId, const QList<ConnectedApp> &apps,
                                   const QDateTime &asOf);
    // For an App of the stored list; an App not stored is an error (nothing to attach it to).
    CacheStatus storeAppMonitoringSettings(const QString &instanceId, const QString &code,
                                           const AppMonitoringSettings &settings,
                                           const QDateTime &asOf);
    // After DELETE /rest/apps/connected-apps/{code}: the App, its business errors, and its
    // logo when no other App of the instance has the same address.
    CacheStatus removeApp(const QString &instanceId, const QString &code);
    // A connected App's logo, as downloaded from its address (docs/pim-api.md §11.2), kept
    // while a stored App of the instance has that address: storing the logo of an address no
    // stored App has stores nothing, and storeConnectedApps() drops the logos of the addresses
    // the new list no longer has. A logo never stored reads as empty bytes.
    CacheStatus storeAppLogo(const QString &instanceId, const QString &url,
                             const QByteArray &bytes);
    CacheValue<QByteArray> loadAppLogo(const QString &instanceId, const QString &url);

    // The event subscription (docs/pim-api.md §8.2) WITHOUT its secret: only whether the PIM has
    // one is kept (loaded back as an empty secret), and the last loaded page of event logs
    // (§8.7), each with its "as of" time (CacheDatabaseEvents.cpp). Never stored: an invalid
    // asOf. The search that gave the page is not kept; its context is kept exactly.
    CacheStatus storeEventSubscription(const QString &instanceId, const EventSubscriptionForm &form,
                                       const QDateTime &asOf);
    CacheValue<Dated<EventSubscriptionForm>> loadEventSubscription(const QString &instanceId,
                                                                   const QString &code);
    CacheStatus storeEventLogs(const QString &instanceId, const QString &code,
                               const EventLogPage &page, const QDateTime &asOf);
    CacheValue<Dated<EventLogPage>> loadEventLogs(const QString &instanceId, const QString &code);

    // Tests only: called before each statement of a write transaction with its 1-based index
    // in that transaction; returning false makes the statement fail as if SQLite had refused
    // it (the transaction is then rolled back). A test helper also uses it to be killed at a
    // chosen statement.
    using StatementHook = std::function<bool(int statementIndex)>;
    void setStatementHookForTesting(StatementHook hook) { m_hook = std::move(hook); }

private:
    enum class Problem { None, Corrupt, Foreign, Locked, Newer, Unmigratable, Failed };
    struct Attempt
    {
        Problem problem = Problem::None;
        QString detail;
        int version = 0;
        bool checked = false; // PRAGMA quick_check ran and found nothing
    };

    // The integrity check (PRAGMA quick_check reads the whole file) runs at opening when due:
    // never checked, last checked over a week ago (the mark file's time, `<file>.checked`),
    // or a -wal left next to the file. A read or write that fails removes the mark.
    static constexpr qint64 CheckIntervalSeconds = 7 * 24 * 3600;
    QString checkMarkPath() const;
    bool isCheckDue() const;
    void markChecked() const;
    void oweCheck() const;
    Attempt tryOpen(bool check);
    bool setAside(Problem problem, QString *target, QString *error);
    QString problemMessage(Problem problem, const QString &target) const;

    template<typename Body>
    CacheStatus write(const QString &what, const QString &instanceId, Body &&body);
    // One read transaction: body(db, &value, &error) returns false with error set on failure.
    template<typename T, typename Body> CacheValue<T> read(const char *what, Body &&body);
    CacheStatus notOpen() const;
    bool exec(QSqlQuery &query, QString *error);
    bool execSql(const QString &sql, QString *error);
    // Prepares `sql`, binds `values` in order and runs it (one statement for the test hook).
    bool execSql(const QString &sql, const QVariantList &values, QString *error);
    bool ensureInstance(const QString &instanceId, QString *error);
    bool insertConnection(const QString &instanceId, int position, const CachedConnection &c,
                          QString *error);
    bool dropUnusedLogos(const QString &instanceId, QString *error);
    bool dropUnusedAppLogos(const QString &instanceId, QString *error);
    bool updateThumbnail(const QString &instanceId, const QString &imagePath,
                         const QByteArray &thumbnail, QString *error);
    bool insertLogo(const QString &instanceId, const QString &imagePath, const QByteArray &bytes,
                    QString *error);
    // Replaces the rows of `table` for the instance: each row gives the values of `columns`.
    bool replaceRows(const QString &instanceId, const QString &table, const QStringList &columns,
                     const QList<QVariantList> &rows, QString *error);
    bool writeRoles(const QString &instanceId, const QList<UserRole> &roles, QString *error);
    bool writeGroups(const QString &instanceId, const QList<UserGroup> &groups, QString *error);
    bool writeWrongCredentials(const QString &instanceId, const WrongCredentials &marks,
                               QString *error);
    QDateTime now() const;
    QDateTime asOfOrNow(const QDateTime &asOf) const { return asOf.isValid() ? asOf : now(); }
    bool writeAuditReport(const QString &instanceId, const QString &report,
                          const QList<AuditSeries> &series, QString *error);
    bool deleteRows(const QStringList &tables, const QString &instanceId, const QString &code,
                    QString *error);

    QString m_path;
    QString m_connectionName;
    int m_busyTimeoutMs = 2000;
    std::function<QDateTime()> m_clock;
    StatementHook m_hook;
    int m_statementIndex = 0;
    bool m_inWrite = false;
    bool m_diskFailed = false; // a statement of the current write hit a full disk (exec())
};
