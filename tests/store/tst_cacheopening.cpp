// The SQLite cache at start: it migrates old files and sets unusable ones aside (corrupt,
// foreign, newer, locked) without ever failing the start.
#include "CacheTestFiles.h"
#include "store/CacheSchema.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;
using namespace CacheTest;

class TestCacheOpening : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesVersion1();
    void setsAsideAnUnusableFile_data();
    void setsAsideAnUnusableFile();
    void setsAsideALockedFile();
    void checksTheFileWhenDue();
    void unavailableWhenTheFolderCannotBeMade();

private:
    CacheFile m_file;
    QString m_path;
};

void TestCacheOpening::init()
{
    m_file = CacheFile();
    QVERIFY(m_file.isValid());
    m_path = m_file.path();
}

void TestCacheOpening::migratesVersion1()
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
    auto db = m_file.open(&result);
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

void TestCacheOpening::setsAsideAnUnusableFile_data()
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

void TestCacheOpening::setsAsideAnUnusableFile()
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
            auto db = m_file.open();
            CacheSnapshot big = fullSnapshot();
            for (int i = 0; i < 40; ++i)
                big.logos.insert(u"a/b/c/d/1f2e_erp.png"_s, QByteArray(20000, 'x'));
            QVERIFY(db->replaceSnapshot(instanceA, big).ok());
        }
        {
            RawDb raw(m_path); // fold the -wal into the file, as a clean shutdown does
            QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            if (kind == 4)
                QVERIFY(
                    raw.exec(u"PRAGMA user_version = %1"_s.arg(CacheSchema::CurrentVersion + 1)));
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
    auto db = m_file.open(&result);
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
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QVERIFY(result.setAsidePath != expected);
    QVERIFY(QFile::exists(result.setAsidePath));
}

void TestCacheOpening::setsAsideALockedFile()
{
    {
        auto db = m_file.open();
        QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    }
    // Another connection takes the file for itself and keeps it.
    RawDb holder(m_path);
    QVERIFY(holder.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(holder.exec(u"UPDATE instances SET synced_at = NULL"_s));

    CacheOpenResult result;
    auto db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QCOMPARE(result.setAsidePath, m_path + u".locked-20261124T153000"_s);
    QVERIFY(result.message.contains(u"locked"_s));
    QVERIFY(db->replaceSnapshot(instanceB, fullSnapshot()).ok());
    QCOMPARE(db->loadSnapshot(instanceB).value, fullSnapshot());
    QVERIFY(holder.exec(u"ROLLBACK"_s));
}

void TestCacheOpening::checksTheFileWhenDue()
{
    const QString mark = m_path + u".checked"_s;
    {
        auto db = m_file.open();
        CacheSnapshot big = fullSnapshot();
        for (int i = 0; i < 40; ++i)
            big.logos.insert(u"a/b/c/d/%1_erp.png"_s.arg(i), QByteArray(20000, 'x'));
        QVERIFY(db->replaceSnapshot(instanceA, big).ok());
    }
    QVERIFY(QFile::exists(mark)); // checked at its creation
    QVERIFY(!QFile::exists(m_path + u"-wal"_s)); // closed cleanly
    // Damage inside a table's pages: opening does not read them, PRAGMA quick_check does.
    auto damage = [this] {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096 + 8)); // inside the b-tree header of page 2
        f.write(QByteArray(200, '\xff'));
    };
    damage();

    // Checked a moment ago and closed cleanly: not read again at opening.
    CacheOpenResult result;
    auto db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened);
    // A read that fails makes the check due again.
    QVERIFY(!db->loadSnapshot(instanceA).ok());
    QVERIFY(!QFile::exists(mark));
    db.reset();
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QCOMPARE(result.setAsidePath, m_path + u".corrupt-20261124T153000"_s);
    QVERIFY(QFile::exists(mark)); // the new file, checked
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    db.reset();

    // Last checked more than a week ago: checked again.
    damage();
    QFile stale(mark);
    QVERIFY(stale.open(QIODevice::ReadWrite));
    QVERIFY(stale.setFileTime(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC),
                              QFileDevice::FileModificationTime));
    stale.close();
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    db.reset();

    // A -wal left by a session that did not end: checked again.
    damage();
    QVERIFY(QFile::exists(mark));
    {
        QFile wal(m_path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly));
    }
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
}

void TestCacheOpening::unavailableWhenTheFolderCannotBeMade()
{
    QFile blocker(m_file.dir().filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CacheDatabase db(m_file.dir().filePath(u"file/cache.sqlite"_s));
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Unavailable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(!db.loadSnapshot(instanceA).ok());
    QVERIFY(!db.storeLogo(instanceA, u"x"_s, "y").ok());
}

QTEST_GUILESS_MAIN(TestCacheOpening)
#include "tst_cacheopening.moc"
