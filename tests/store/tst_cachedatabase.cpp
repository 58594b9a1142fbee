// The SQLite cache, synchronous core: what it keeps, that a sync is all or nothing, that it
// migrates old files and sets unusable ones aside without ever failing the start.
#include "store/CacheDatabase.h"
#include "store/CacheSchema.h"
#include "RawDb.h"
#include "StoreTestData.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

namespace {

const QString instanceA = u"6f1c2a7e-0000-4000-8000-00000000000a"_s;
const QString instanceB = u"6f1c2a7e-0000-4000-8000-00000000000b"_s;

QDateTime fixedClock()
{
    return utc("2026-11-24T15:30:00Z");
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAFreshFile();
    void roundTrip();
    void emptyForAnUnknownInstance();
    void instancesAreSeparate();
    void listSyncKeepsKnownDetails();
    void partsLeftOutOfASyncAreKept();
    void logosNoLongerUsedAreDropped();
    void storeDetailsUpdatesInPlaceOrAppends();
    void partialUpdates();
    void removeConnectionAndInstance();
    void failedSyncKeepsThePreviousSnapshot_data();
    void failedSyncKeepsThePreviousSnapshot();
    void failedPartialUpdateKeepsThePreviousState_data();
    void failedPartialUpdateKeepsThePreviousState();
    void killedInTheMiddleOfASync();
    void migratesVersion1();
    void setsAsideAnUnusableFile_data();
    void setsAsideAnUnusableFile();
    void setsAsideALockedFile();
    void unavailableWhenTheFolderCannotBeMade();
    void secretsNeverReachTheFile();

private:
    std::unique_ptr<CacheDatabase> openCache(CacheOpenResult *result = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCacheDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"data/cache.sqlite"_s);
}

std::unique_ptr<CacheDatabase> TestCacheDatabase::openCache(CacheOpenResult *result)
{
    auto db = std::make_unique<CacheDatabase>(m_path);
    db->setBusyTimeout(100);
    db->setClock(fixedClock);
    const CacheOpenResult r = db->open();
    if (result)
        *result = r;
    return db;
}

void TestCacheDatabase::createsAFreshFile()
{
    CacheOpenResult result;
    auto db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Created);
    QVERIFY(result.message.isEmpty());
    QVERIFY(db->isOpen());
    QVERIFY(QFile::exists(m_path));
    db.reset();

    RawDb raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), CacheSchema::CurrentVersion);
    QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), CacheSchema::ApplicationId);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    auto again = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened);
    QCOMPARE(result.previousVersion, CacheSchema::CurrentVersion);
}

void TestCacheDatabase::roundTrip()
{
    auto db = openCache();
    const CacheSnapshot snapshot = fullSnapshot();
    const CacheStatus status = db->replaceSnapshot(instanceA, snapshot);
    QVERIFY2(status.ok(), qPrintable(status.error));

    db.reset(); // read back from the file, not from anything kept in memory
    db = openCache();
    const auto loaded = db->loadSnapshot(instanceA);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const CacheSnapshot &s = loaded.value;
    QCOMPARE(s.connections.size(), 3);
    QCOMPARE(s.codes(), (QStringList{u"erp"_s, u"shop"_s, u"misc_app"_s})); // server order
    QCOMPARE(s.connections[0], snapshot.connections[0]);
    QCOMPARE(s.connections[1], snapshot.connections[1]);
    QVERIFY(!s.connections[1].userGroupId);
    QCOMPARE(s.connections[2], snapshot.connections[2]);
    QVERIFY(!s.connections[2].hasDetails);
    QCOMPARE(s.connections[2].connection.type, u"app"_s);
    QCOMPARE(s.logos, snapshot.logos);
    QCOMPARE(s.wrongCredentials, snapshot.wrongCredentials);
    QVERIFY(s.wrongCredentials.contains(u"shop"_s));
    QCOMPARE(s.maxLimitReached, std::optional<bool>(true));
    QCOMPARE(s.roles, snapshot.roles);
    QCOMPARE(s.groups, snapshot.groups);
    QCOMPARE(s.syncedAt, snapshot.syncedAt);
    QCOMPARE(s, snapshot);

    const auto logo = db->loadLogo(instanceA, u"a/b/c/d/1f2e_erp.png"_s);
    QVERIFY(logo.ok());
    QCOMPARE(logo.value, snapshot.logos.value(u"a/b/c/d/1f2e_erp.png"_s));
    QCOMPARE(db->knownCodes(instanceA).value, snapshot.codes());
    QCOMPARE(db->instanceIds().value, QStringList{instanceA});

    // What the offline page shows: shape B without the secret and the password.
    const ConnectionDetails shown = s.connections[1].toDetailsWithoutSecrets();
    QCOMPARE(shown.credentials.clientId, snapshot.connections[1].clientId);
    QVERIFY(shown.credentials.secret.isEmpty());
    QVERIFY(!shown.credentials.password);
}

void TestCacheDatabase::emptyForAnUnknownInstance()
{
    auto db = openCache();
    const auto loaded = db->loadSnapshot(u"never-seen"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value.isEmpty());
    QVERIFY(!loaded.value.syncedAt.isValid());
}

void TestCacheDatabase::instancesAreSeparate()
{
    auto db = openCache();
    CacheSnapshot other;
    other.connections = {fullSnapshot().connections[0]};
    other.syncedAt = utc("2025-01-01T00:00:00Z");
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(db->replaceSnapshot(instanceB, other).ok());
    QCOMPARE(db->loadSnapshot(instanceA).value.connections.size(), 3);
    QCOMPARE(db->loadSnapshot(instanceB).value.connections.size(), 1);
    QVERIFY(db->loadSnapshot(instanceB).value.logos.isEmpty());
    QCOMPARE(db->instanceIds().value, (QStringList{instanceA, instanceB}));
}

void TestCacheDatabase::listSyncKeepsKnownDetails()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    // The next sync comes from the list route (shape A): no details, a new label.
    CacheSnapshot fromList;
    for (const CachedConnection &c : fullSnapshot().connections) {
        Connection listed = c.connection;
        listed.label = u"Renamed "_s + listed.code;
        fromList.connections.append(CachedConnection::fromListItem(listed));
    }
    QVERIFY(db->replaceSnapshot(instanceA, fromList).ok());

    const CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.connections[0].connection.label, u"Renamed erp"_s);
    QVERIFY(s.connections[0].hasDetails);
    QCOMPARE(s.connections[0].clientId, fullSnapshot().connections[0].clientId);
    QCOMPARE(s.connections[0].username, u"erp_0427"_s);
    QCOMPARE(s.connections[0].userGroupId, std::optional<QString>(u"4"_s));
    QVERIFY(!s.connections[2].hasDetails);
}

void TestCacheDatabase::partsLeftOutOfASyncAreKept()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    CacheSnapshot partial = fullSnapshot();
    partial.roles.reset();
    partial.groups.reset();
    partial.maxLimitReached.reset();
    partial.logos.clear();
    partial.wrongCredentials = {};
    QVERIFY(db->replaceSnapshot(instanceA, partial).ok());

    const CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.roles, fullSnapshot().roles);
    QCOMPARE(s.groups, fullSnapshot().groups);
    QCOMPARE(s.maxLimitReached, std::optional<bool>(true));
    QCOMPARE(s.logos, fullSnapshot().logos); // still used by erp and shop
    QVERIFY(s.wrongCredentials.isEmpty());   // always part of a sync: replaced

    partial.roles = QList<UserRole>(); // known, and empty
    partial.maxLimitReached = false;
    QVERIFY(db->replaceSnapshot(instanceA, partial).ok());
    const CacheSnapshot t = db->loadSnapshot(instanceA).value;
    QCOMPARE(t.roles, std::optional<QList<UserRole>>(QList<UserRole>()));
    QCOMPARE(t.maxLimitReached, std::optional<bool>(false));
}

void TestCacheDatabase::logosNoLongerUsedAreDropped()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    CacheSnapshot next = fullSnapshot();
    next.logos.clear();
    next.connections[0].connection.image = u"9/9/9/9/new_erp.png"_s; // a new logo was uploaded
    QVERIFY(db->replaceSnapshot(instanceA, next).ok());

    const CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.logos.keys(), QList<QString>{u"e/f/0/1/9a8b_shop.svg"_s});
    QVERIFY(db->loadLogo(instanceA, u"a/b/c/d/1f2e_erp.png"_s).value.isEmpty());
}

void TestCacheDatabase::storeDetailsUpdatesInPlaceOrAppends()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    // Details of misc_app fetched later: updated in place, position kept.
    ConnectionDetails misc =
        details(u"misc_app"_s, FlowType::Other, QString(), randomSecret(), std::nullopt);
    misc.userGroupId = std::nullopt;
    const CachedConnection fetched =
        CachedConnection::fromDetails(misc, utc("2026-11-25T00:00:00Z"));
    QVERIFY(db->storeDetails(instanceA, fetched).ok());
    // A connection created since: appended.
    const CachedConnection created = CachedConnection::fromDetails(
        details(u"pim_new"_s, FlowType::Source, QString(), randomSecret(), u"p4ssw0rd1"_s));
    QVERIFY(db->storeDetails(instanceA, created).ok());

    CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.codes(), (QStringList{u"erp"_s, u"shop"_s, u"misc_app"_s, u"pim_new"_s}));
    QCOMPARE(s.connections[2], fetched);
    QCOMPARE(s.connections[3], created);

    // A list item (no details) updates the listed fields and keeps the details.
    Connection relabelled = fetched.connection;
    relabelled.label = u"Miscellaneous"_s;
    QVERIFY(db->storeDetails(instanceA, CachedConnection::fromListItem(relabelled)).ok());
    s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.connections[2].connection.label, u"Miscellaneous"_s);
    QVERIFY(s.connections[2].hasDetails);
    QCOMPARE(s.connections[2].username, u"misc_app_0427"_s);

    // A changed image drops the logo of the old one.
    CachedConnection erp = s.connections[0];
    erp.connection.image.clear();
    QVERIFY(db->storeDetails(instanceA, erp).ok());
    QVERIFY(!db->loadSnapshot(instanceA).value.logos.contains(u"a/b/c/d/1f2e_erp.png"_s));
}

void TestCacheDatabase::partialUpdates()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    const QByteArray bytes("GIF89a\x01\0\x01\0", 10);
    QVERIFY(db->storeLogo(instanceA, u"a/b/c/d/1f2e_erp.png"_s, bytes).ok());
    QVERIFY(!db->storeLogo(instanceA, QString(), bytes).ok());
    QVERIFY(db->storeMaxLimitReached(instanceA, false).ok());
    const QList<UserRole> roles{{u"7"_s, u"ROLE_API"_s, u"API"_s, u"api"_s}};
    QVERIFY(db->storeRoles(instanceA, roles).ok());
    const QList<UserGroup> groups{{u"9"_s, u"Connectors"_s, false}};
    QVERIFY(db->storeGroups(instanceA, groups).ok());
    WrongCredentials marks;
    marks.byCode.insert(u"shop"_s, {{u"erp_0427"_s, utc("2026-01-01T00:00:00Z")}});
    QVERIFY(db->storeWrongCredentials(instanceA, marks).ok());

    const CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.logos.value(u"a/b/c/d/1f2e_erp.png"_s), bytes);
    QCOMPARE(s.maxLimitReached, std::optional<bool>(false));
    QCOMPARE(s.roles, std::optional(roles));
    QCOMPARE(s.groups, std::optional(groups));
    QCOMPARE(s.wrongCredentials, marks);
    QCOMPARE(s.connections, fullSnapshot().connections);
    QCOMPARE(s.syncedAt, fullSnapshot().syncedAt); // a partial update is not a sync

    // Partial updates on an instance never synced create it.
    QVERIFY(db->storeRoles(instanceB, roles).ok());
    const CacheSnapshot b = db->loadSnapshot(instanceB).value;
    QCOMPARE(b.roles, std::optional(roles));
    QVERIFY(!b.groups);
    QVERIFY(!b.syncedAt.isValid());
}

void TestCacheDatabase::removeConnectionAndInstance()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(db->replaceSnapshot(instanceB, fullSnapshot()).ok());

    QVERIFY(db->removeConnection(instanceA, u"erp"_s).ok());
    CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.codes(), (QStringList{u"shop"_s, u"misc_app"_s}));
    QVERIFY(!s.wrongCredentials.contains(u"erp"_s));
    QVERIFY(!s.logos.contains(u"a/b/c/d/1f2e_erp.png"_s));
    QVERIFY(s.logos.contains(u"e/f/0/1/9a8b_shop.svg"_s));

    QVERIFY(db->removeInstance(instanceA).ok());
    QVERIFY(db->loadSnapshot(instanceA).value.isEmpty());
    QCOMPARE(db->instanceIds().value, QStringList{instanceB});
    QCOMPARE(db->loadSnapshot(instanceB).value, fullSnapshot()); // the other PIM untouched

    RawDb raw(m_path);
    for (const char *table :
         {"connections", "wrong_credentials", "user_roles", "user_groups", "logos", "instances"}) {
        QCOMPARE(raw.value(u"SELECT count(*) FROM %1 WHERE instance_id = '%2'"_s.arg(
                               QLatin1String(table), instanceA))
                     .toInt(),
                 0);
    }
}

void TestCacheDatabase::failedSyncKeepsThePreviousSnapshot_data()
{
    QTest::addColumn<int>("failingStatement");
    // 1: the instance row; 2-3: reading and clearing connections; then inserts of
    // connections, wrong credentials, roles, groups, logos, and the final update.
    for (int n : {1, 2, 3, 4, 6, 8, 12, 15, 20})
        QTest::addRow("statement %d", n) << n;
}

void TestCacheDatabase::failedSyncKeepsThePreviousSnapshot()
{
    QFETCH(int, failingStatement);
    auto db = openCache();
    const CacheSnapshot previous = fullSnapshot();
    QVERIFY(db->replaceSnapshot(instanceA, previous).ok());

    CacheSnapshot next;
    for (int i = 0; i < 5; ++i) {
        next.connections.append(CachedConnection::fromDetails(
            details(u"next_%1"_s.arg(i), FlowType::Destination, u"n/%1.png"_s.arg(i),
                    randomSecret(), std::nullopt)));
        next.logos.insert(u"n/%1.png"_s.arg(i), QByteArray(1000, char('a' + i)));
    }
    next.roles = QList<UserRole>{};
    next.groups = QList<UserGroup>{};
    next.maxLimitReached = false;

    int statements = 0;
    db->setStatementHookForTesting([&](int n) {
        statements = n;
        return n != failingStatement;
    });
    const CacheStatus status = db->replaceSnapshot(instanceA, next);
    QVERIFY(statements >= failingStatement); // the sync did reach that statement
    QVERIFY(!status.ok());
    QVERIFY(status.error.contains(u"previous copy is kept"_s));

    db.reset();
    db = openCache();
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

void TestCacheDatabase::failedPartialUpdateKeepsThePreviousState_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("storeDetails") << 0;
    QTest::newRow("removeConnection") << 1;
    QTest::newRow("removeInstance") << 2;
    QTest::newRow("storeWrongCredentials") << 3;
    QTest::newRow("duplicate codes in a sync (constraint)") << 4;
}

void TestCacheDatabase::failedPartialUpdateKeepsThePreviousState()
{
    QFETCH(int, operation);
    auto db = openCache();
    const CacheSnapshot previous = fullSnapshot();
    QVERIFY(db->replaceSnapshot(instanceA, previous).ok());
    // Fail the last statement of each operation: everything before it must be rolled back.
    int lastStatement = 0;
    db->setStatementHookForTesting([&](int n) {
        lastStatement = n;
        return true;
    });
    auto run = [&]() -> CacheStatus {
        switch (operation) {
        case 0: {
            CachedConnection erp = previous.connections[0];
            erp.connection.image.clear();
            erp.clientId = u"changed"_s;
            return db->storeDetails(instanceA, erp);
        }
        case 1:
            return db->removeConnection(instanceA, u"erp"_s);
        case 2:
            return db->removeInstance(instanceA);
        case 3:
            return db->storeWrongCredentials(instanceA, WrongCredentials{});
        default: {
            CacheSnapshot twice = previous;
            twice.connections.append(previous.connections[0]);
            return db->replaceSnapshot(instanceA, twice);
        }
        }
    };
    if (operation != 4) {
        // A dry run counts the statements, then the state is restored.
        QVERIFY(run().ok());
        const int last = lastStatement;
        QVERIFY(last > 1);
        QVERIFY(db->replaceSnapshot(instanceA, previous).ok());
        db->setStatementHookForTesting([last](int n) { return n != last; });
    }
    QVERIFY(!run().ok());
    db->setStatementHookForTesting({});
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

void TestCacheDatabase::killedInTheMiddleOfASync()
{
    auto db = openCache();
    const CacheSnapshot previous = fullSnapshot();
    QVERIFY(db->replaceSnapshot(instanceA, previous).ok());
    db.reset();

    // The helper opens the same file and starts a sync big enough for SQLite to spill pages
    // of the unfinished transaction into the -wal (60 logos of 200 KB, more than SQLite's 2 MB
    // page cache), then SIGKILLs itself at statement 110, among the logos.
    QProcess helper;
    helper.start(QStringLiteral(CACHE_KILL_HELPER), {m_path, instanceA, u"110"_s});
    QVERIFY2(helper.waitForFinished(60000), "the helper did not finish");
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    const qint64 walSize = QFileInfo(m_path + u"-wal"_s).size();
    qInfo() << "-wal left by the killed sync:" << walSize << "bytes";
    QVERIFY2(walSize > 1024 * 1024, "the killed sync should have written uncommitted pages");

    CacheOpenResult result;
    db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened); // not corrupt: nothing set aside
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

void TestCacheDatabase::migratesVersion1()
{
    // A version 1 file as the first release wrote it: no logos, roles, groups, limit.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    {
        RawDb v1(m_path);
        QVERIFY(v1.isOpen());
        for (
            const QString &sql : {
                u"PRAGMA journal_mode=WAL"_s,
                u"CREATE TABLE instances (instance_id TEXT PRIMARY KEY NOT NULL, synced_at TEXT)"_s,
                u"CREATE TABLE connections (instance_id TEXT NOT NULL, code TEXT NOT NULL,"
                " position INTEGER NOT NULL, label TEXT NOT NULL, flow_type TEXT NOT NULL,"
                " image TEXT NOT NULL DEFAULT '', auditable INTEGER NOT NULL DEFAULT 0,"
                " type TEXT NOT NULL DEFAULT 'default', has_details INTEGER NOT NULL DEFAULT 0,"
                " client_id TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '',"
                " user_role_id TEXT NOT NULL DEFAULT '', user_group_id TEXT,"
                " details_fetched_at TEXT, PRIMARY KEY (instance_id, code))"_s,
                u"CREATE TABLE wrong_credentials (instance_id TEXT NOT NULL, code TEXT NOT NULL,"
                " position INTEGER NOT NULL, username TEXT NOT NULL, used_at TEXT)"_s,
                u"CREATE INDEX wrong_credentials_by_instance"
                " ON wrong_credentials (instance_id, code, position)"_s,
                u"PRAGMA application_id = %1"_s.arg(CacheSchema::ApplicationId),
                u"PRAGMA user_version = 1"_s,
                u"INSERT INTO instances VALUES ('%1', '2025-06-01T08:00:00.000Z')"_s.arg(instanceA),
                u"INSERT INTO connections VALUES ('%1', 'erp', 0, 'ERP', 'data_source',"
                " 'a/b/erp.png', 1, 'default', 1, '1_abc', 'erp_0001', '2', NULL,"
                " '2025-06-01T08:00:00.000Z')"_s.arg(instanceA),
                u"INSERT INTO connections (instance_id, code, position, label, flow_type)"
                " VALUES ('%1', 'shop', 1, 'Shop', 'data_destination')"_s.arg(instanceA),
                u"INSERT INTO wrong_credentials VALUES ('%1', 'erp', 0, 'someone',"
                " '2020-01-02T12:34:23.000Z')"_s.arg(instanceA),
            }) {
            QVERIFY(v1.exec(sql));
        }
    }

    CacheOpenResult result;
    auto db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Migrated);
    QCOMPARE(result.previousVersion, 1);

    CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.syncedAt, utc("2025-06-01T08:00:00Z"));
    QCOMPARE(s.codes(), (QStringList{u"erp"_s, u"shop"_s}));
    QCOMPARE(s.connections[0].clientId, u"1_abc"_s);
    QCOMPARE(s.connections[0].userRoleId, u"2"_s);
    QVERIFY(!s.connections[0].userGroupId);
    QCOMPARE(s.connections[1].connection.flowType, FlowType::Destination);
    QCOMPARE(s.wrongCredentials.usesOf(u"erp"_s).size(), 1);
    QVERIFY(!s.maxLimitReached); // unknown in v1
    QVERIFY(!s.roles);
    QVERIFY(!s.groups);
    QVERIFY(s.logos.isEmpty());

    // The v2 parts work on the migrated file.
    QVERIFY(db->storeLogo(instanceA, u"a/b/erp.png"_s, "bytes").ok());
    QVERIFY(db->storeRoles(instanceA, fullSnapshot().roles.value()).ok());
    QVERIFY(db->storeMaxLimitReached(instanceA, true).ok());
    s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.logos.value(u"a/b/erp.png"_s), QByteArray("bytes"));
    QCOMPARE(s.roles, fullSnapshot().roles);
    QCOMPARE(s.maxLimitReached, std::optional<bool>(true));
    db.reset();
    RawDb raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), CacheSchema::CurrentVersion);
}

void TestCacheDatabase::setsAsideAnUnusableFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    // Whether SQLite ever opens the file: when it does, it may fold or drop a -wal it finds
    // (here, one that is not a real WAL) before the file is set aside.
    QTest::addColumn<bool>("seenBySqlite");
    QTest::newRow("garbage bytes") << 0 << u"corrupt"_s << false;
    QTest::newRow("truncated to a few pages") << 1 << u"corrupt"_s << true;
    QTest::newRow("truncated inside the header") << 2 << u"corrupt"_s << false;
    QTest::newRow("damaged page") << 3 << u"corrupt"_s << true;
    QTest::newRow("newer schema version") << 4 << u"newer"_s << true;
    QTest::newRow("another program's SQLite file") << 5 << u"foreign"_s << true;
    QTest::newRow("version 1 that cannot be migrated") << 6 << u"unmigratable"_s << true;
}

void TestCacheDatabase::setsAsideAnUnusableFile()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    QFETCH(bool, seenBySqlite);
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    if (kind == 0) {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 9000; ++i)
            garbage.append(char((i * 7919) % 251));
        f.write(garbage);
    } else if (kind == 5) {
        RawDb other(m_path);
        QVERIFY(other.exec(u"CREATE TABLE notes (body TEXT)"_s));
    } else if (kind == 6) {
        // Marked as ours, version 1, but already holding a column that v2 adds.
        RawDb botched(m_path);
        QVERIFY(botched.exec(u"CREATE TABLE instances (instance_id TEXT PRIMARY KEY NOT NULL,"
                             " synced_at TEXT, max_limit_reached INTEGER)"_s));
        QVERIFY(botched.exec(u"PRAGMA application_id = %1"_s.arg(CacheSchema::ApplicationId)));
        QVERIFY(botched.exec(u"PRAGMA user_version = 1"_s));
    } else {
        {
            auto db = openCache();
            CacheSnapshot big = fullSnapshot();
            for (int i = 0; i < 40; ++i)
                big.logos.insert(u"a/b/c/d/1f2e_erp.png"_s, QByteArray(20000, 'x'));
            QVERIFY(db->replaceSnapshot(instanceA, big).ok());
        }
        {
            RawDb raw(m_path); // fold the -wal into the file, as a clean shutdown does
            QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            if (kind == 4)
                QVERIFY(raw.exec(
                    u"PRAGMA user_version = %1"_s.arg(CacheSchema::CurrentVersion + 1)));
        }
        QFile f(m_path);
        if (kind == 1)
            QVERIFY(f.resize(f.size() / 3));
        if (kind == 2)
            QVERIFY(f.resize(60));
        if (kind == 3) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096 + 8)); // inside the b-tree header of page 2
            f.write(QByteArray(200, '\xff'));
        }
    }
    QVERIFY(QFile::exists(m_path));
    const QByteArray before = fileBytes(m_path);
    QFile wal(m_path + u"-wal"_s);
    QVERIFY(wal.open(QIODevice::WriteOnly)); // a -wal lying next to it goes with it
    wal.write("not really a wal");
    wal.close();

    CacheOpenResult result;
    auto db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    const QString expected = m_path + u"."_s + reason + u"-20261124T153000"_s;
    QCOMPARE(result.setAsidePath, expected);
    QVERIFY(result.message.contains(QDir::toNativeSeparators(expected)));
    if (!seenBySqlite) {
        QCOMPARE(fileBytes(expected), before);
        QCOMPARE(fileBytes(expected + u"-wal"_s), QByteArray("not really a wal"));
    }
    // Never a stale -wal next to the new file, where SQLite would replay it.
    QVERIFY(fileBytes(m_path + u"-wal"_s) != QByteArray("not really a wal"));

    // A working, empty cache in its place.
    QVERIFY(db->isOpen());
    QVERIFY(db->loadSnapshot(instanceA).value.isEmpty());
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    QCOMPARE(db->loadSnapshot(instanceA).value, fullSnapshot());

    // A second set-aside the same second gets its own name.
    db.reset();
    QFile::remove(m_path + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
    QFile g(m_path);
    QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
    g.write(QByteArray(5000, 'g'));
    g.close();
    db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QVERIFY(result.setAsidePath != expected);
    QVERIFY(QFile::exists(result.setAsidePath));
}

void TestCacheDatabase::setsAsideALockedFile()
{
    {
        auto db = openCache();
        QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    }
    // Another connection takes the file for itself and keeps it.
    RawDb holder(m_path);
    QVERIFY(holder.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"UPDATE instances SET synced_at = NULL"_s));

    CacheOpenResult result;
    auto db = openCache(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QCOMPARE(result.setAsidePath, m_path + u".locked-20261124T153000"_s);
    QVERIFY(result.message.contains(u"locked"_s));
    QVERIFY(db->replaceSnapshot(instanceB, fullSnapshot()).ok());
    QCOMPARE(db->loadSnapshot(instanceB).value, fullSnapshot());
    QVERIFY(holder.exec(u"ROLLBACK"_s));
}

void TestCacheDatabase::unavailableWhenTheFolderCannotBeMade()
{
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CacheDatabase db(m_dir->filePath(u"file/cache.sqlite"_s));
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Unavailable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(!db.loadSnapshot(instanceA).ok());
    QVERIFY(!db.storeLogo(instanceA, u"x"_s, "y").ok());
}

void TestCacheDatabase::secretsNeverReachTheFile()
{
    const QString secret = randomSecret();
    const QString password = u"Pw"_s + randomSecret().left(20);
    const ConnectionDetails input =
        details(u"erp"_s, FlowType::Source, u"a/erp.png"_s, secret, password);

    auto db = openCache();
    CacheSnapshot s;
    s.connections = {CachedConnection::fromDetails(input)};
    QVERIFY(db->replaceSnapshot(instanceA, s).ok());
    QVERIFY(db->storeDetails(instanceA, CachedConnection::fromDetails(input)).ok());

    // Read the bytes while the -wal still holds the last commits, then after a checkpoint.
    QByteArray bytes = fileBytes(m_path) + fileBytes(m_path + u"-wal"_s);
    QVERIFY2(bytes.contains(input.credentials.username.toUtf8()),
             "the check must read the bytes the cache wrote");
    QVERIFY(bytes.contains(input.credentials.clientId.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
    db.reset();
    bytes = fileBytes(m_path) + fileBytes(m_path + u"-wal"_s);
    QVERIFY(bytes.contains(input.credentials.username.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
