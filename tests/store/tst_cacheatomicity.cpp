// The SQLite cache: a sync or a partial update is all or nothing, whether a statement fails
// or the process is killed in the middle.
#include "CacheTestFiles.h"
#include "store/CacheSchema.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;
using namespace CacheTest;

class TestCacheAtomicity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void failedSyncKeepsThePreviousSnapshot_data();
    void failedSyncKeepsThePreviousSnapshot();
    void failedPartialUpdateKeepsThePreviousState_data();
    void failedPartialUpdateKeepsThePreviousState();
    void killedInTheMiddleOfASync();
    void fullDiskKeepsThePreviousSnapshot();

private:
    CacheFile m_file;
    QString m_path;
};

void TestCacheAtomicity::init()
{
    m_file = CacheFile();
    QVERIFY(m_file.isValid());
    m_path = m_file.path();
}

void TestCacheAtomicity::failedSyncKeepsThePreviousSnapshot_data()
{
    QTest::addColumn<int>("failingStatement");
    // 1: the instance row; 2-3: reading and clearing connections; then inserts of
    // connections, wrong credentials, roles, groups, logos, and the final update.
    for (int n : {1, 2, 3, 4, 6, 8, 12, 15, 20})
        QTest::addRow("statement %d", n) << n;
}

void TestCacheAtomicity::failedSyncKeepsThePreviousSnapshot()
{
    QFETCH(int, failingStatement);
    auto db = m_file.open();
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
    db = m_file.open();
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

void TestCacheAtomicity::failedPartialUpdateKeepsThePreviousState_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("storeDetails") << 0;
    QTest::newRow("removeConnection") << 1;
    QTest::newRow("removeInstance") << 2;
    QTest::newRow("storeWrongCredentials") << 3;
    QTest::newRow("duplicate codes in a sync (constraint)") << 4;
}

void TestCacheAtomicity::failedPartialUpdateKeepsThePreviousState()
{
    QFETCH(int, operation);
    auto db = m_file.open();
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

void TestCacheAtomicity::killedInTheMiddleOfASync()
{
    auto db = m_file.open();
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
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened); // not corrupt: nothing set aside
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

void TestCacheAtomicity::fullDiskKeepsThePreviousSnapshot()
{
    auto db = m_file.open();
    const CacheSnapshot previous = fullSnapshot();
    QVERIFY(db->replaceSnapshot(instanceA, previous).ok());
    db.reset();

    // The helper syncs 12 MB under a file-size limit 256 KB above the file (RLIMIT_FSIZE): the
    // disk is "full" in the middle of the sync.
    QProcess helper;
    helper.start(QStringLiteral(CACHE_KILL_HELPER), {m_path, instanceA, u"fsize"_s});
    QVERIFY2(helper.waitForFinished(60000), "the helper did not finish");
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    const QString message = QString::fromLocal8Bit(helper.readAllStandardOutput()).trimmed();
    qInfo() << "full disk:" << message;
    QCOMPARE(helper.exitCode(), 4);
    QVERIFY2(message.contains(u"disk is full or cannot be written"_s), qPrintable(message));
    QVERIFY2(message.contains(u"previous copy is kept"_s), qPrintable(message));

    CacheOpenResult result;
    db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened); // readable, nothing set aside
    QCOMPARE(db->loadSnapshot(instanceA).value, previous);
}

QTEST_GUILESS_MAIN(TestCacheAtomicity)
#include "tst_cacheatomicity.moc"
