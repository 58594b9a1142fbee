// The start copy (StartCopy, ConnectionCache::Opening::WhenNeeded): what the app's start reads
// for the PIM it opens first, without loading SQLite, and only while the database's files are
// as they were when it was written.
#include "MonitoringTestData.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

namespace {
const QString instanceA = u"instance-a"_s;
const QString instanceB = u"instance-b"_s;
const QString logoUrl = u"http://www.example.com/logo/a"_s;
const QByteArray logoBytes("\x89PNG\r\n\x1a\nlogo of App A", 21);
const QDateTime appsAsOf = utc("2026-11-30T08:00:00Z");

// fullSnapshot() with a thumbnail for one logo (loadSnapshot() gives the thumbnail then, not
// the logo).
CacheSnapshot storedSnapshot()
{
    CacheSnapshot s = fullSnapshot();
    s.logoThumbnails.insert(u"a/b/c/d/1f2e_erp.png"_s, QByteArray("thumbnail of erp"));
    return s;
}

template<typename T> std::optional<T> await(std::function<void(std::function<void(const T &)>)> ask)
{
    std::optional<T> answer;
    ask([&](const T &value) { answer = value; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}
// As the app's start: the PIM's snapshot read ahead, then asked.
std::optional<CacheValue<CacheSnapshot>> startWith(ConnectionCache &cache, const QString &id)
{
    QObject context;
    cache.prefetchSnapshot(id);
    return await<CacheValue<CacheSnapshot>>(
        [&](auto done) { cache.loadSnapshot(id, &context, done); });
}
} // namespace

class TestStartCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsBackWhatWasWritten();
    void aDamagedOrForeignFileGivesNothing();
    void holdsNoSecret();
    void theStartIsAnsweredWithoutTheDatabase();
    void aWriteByAnotherProgramMakesItUnused();
    void aWriteOfThisRunOpensTheDatabaseAndStopsIt();
    void anotherPimOrNoCopyReadsTheDatabase();

private:
    // Stores instanceA's snapshot, Apps and App logo with a CacheDatabase (as the CLI would).
    void seed();
    // A cache that opens at once, told to keep instanceA's start copy, destroyed: as the app
    // ends.
    void endARunWithTheCopyOf(const QString &instanceId);
    StartCopy expectedCopy() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_copyPath;
};

void TestStartCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
    m_copyPath = StartCopy::pathFor(m_path);
}

void TestStartCopy::seed()
{
    CacheDatabase db(m_path);
    QVERIFY(db.open().isUsable());
    QVERIFY(db.replaceSnapshot(instanceA, storedSnapshot()).ok());
    QVERIFY(db.storeConnectedApps(instanceA, MonitoringTestData::apps(), appsAsOf).ok());
    QVERIFY(db.storeAppMonitoringSettings(instanceA, u"connectionCodeA"_s,
                                          {FlowType::Destination, true}, appsAsOf)
                .ok());
    QVERIFY(db.storeAppLogo(instanceA, logoUrl, logoBytes).ok());
    QVERIFY(db.replaceSnapshot(instanceB, CacheSnapshot{}).ok());
}

void TestStartCopy::endARunWithTheCopyOf(const QString &instanceId)
{
    ConnectionCache cache(m_path);
    cache.setStartInstance(instanceId);
}

StartCopy TestStartCopy::expectedCopy() const
{
    CacheDatabase db(m_path);
    if (!db.open().isUsable())
        return {};
    StartCopy copy;
    copy.instanceId = instanceA;
    copy.snapshot = db.loadSnapshot(instanceA).value;
    copy.apps = db.loadConnectedApps(instanceA).value;
    copy.appLogos.insert(logoUrl, logoBytes);
    return copy;
}

void TestStartCopy::readsBackWhatWasWritten()
{
    seed();
    const StartCopy copy = expectedCopy();
    QCOMPARE(copy.snapshot.connections.size(), 3);
    QCOMPARE(copy.apps.value.size(), 2);
    QVERIFY(copy.apps.value.at(0).settings.has_value());

    const QByteArray stamp = StartCopy::stampOf(m_path);
    QString error;
    QVERIFY2(StartCopy::write(m_copyPath, copy, stamp, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(m_copyPath), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadUser | QFileDevice::WriteUser);
    const std::optional<StartCopy> read = StartCopy::read(m_copyPath, stamp);
    QVERIFY(read);
    QCOMPARE(read->snapshot, copy.snapshot);
    QCOMPARE(read->apps, copy.apps);
    QVERIFY(*read == copy);

    // Another stamp: the database is no longer the one the copy was taken from.
    QVERIFY(!StartCopy::read(m_copyPath, stamp + "x"));
    // A write to the database changes its stamp.
    {
        CacheDatabase db(m_path);
        QVERIFY(db.open().isUsable());
        QVERIFY(db.storeMaxLimitReached(instanceA, false).ok());
    }
    QVERIFY(StartCopy::stampOf(m_path) != stamp);
    // Written by this format and read again with an unchanged database: the same copy.
    QVERIFY(StartCopy::write(m_copyPath, copy, StartCopy::stampOf(m_path), &error));
    QVERIFY(StartCopy::read(m_copyPath, StartCopy::stampOf(m_path)));
}

void TestStartCopy::aDamagedOrForeignFileGivesNothing()
{
    seed();
    const QByteArray stamp = StartCopy::stampOf(m_path);
    QString error;
    QVERIFY(StartCopy::write(m_copyPath, expectedCopy(), stamp, &error));
    QFile file(m_copyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    const auto rewrite = [&](const QByteArray &bytes) {
        QFile out(m_copyPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    // Cut anywhere (a disk that filled up under another writer): nothing, never a part.
    for (qsizetype size = 0; size < whole.size(); size += (size < 512 ? 1 : 97)) {
        rewrite(whole.left(size));
        QVERIFY2(!StartCopy::read(m_copyPath, stamp), qPrintable(QString::number(size)));
    }
    rewrite(whole + "more");
    QVERIFY(!StartCopy::read(m_copyPath, stamp));
    // Another format version (the byte after the magic word and its terminating zero).
    QByteArray otherFormat = whole;
    otherFormat[int(sizeof("PIM-START-COPY")) + 3] = 9;
    rewrite(otherFormat);
    QVERIFY(!StartCopy::read(m_copyPath, stamp));
    // Not ours at all.
    rewrite(QByteArray(4096, 'x'));
    QVERIFY(!StartCopy::read(m_copyPath, stamp));
    // Random bytes after a valid header: nothing or something, never a crash.
    // The magic word, the format and schema versions, the stamp with its length.
    const qsizetype header = qsizetype(sizeof("PIM-START-COPY")) + 4 + 4 + 4 + stamp.size();
    for (int seed = 0; seed < 50; ++seed) {
        QByteArray noisy = whole;
        std::srand(unsigned(seed));
        for (qsizetype i = header; i < noisy.size(); i += 1 + std::rand() % 40)
            noisy[i] = char(std::rand());
        rewrite(noisy);
        (void)StartCopy::read(m_copyPath, stamp);
    }
    // Missing.
    QVERIFY(QFile::remove(m_copyPath));
    QVERIFY(!StartCopy::read(m_copyPath, stamp));
}

void TestStartCopy::holdsNoSecret()
{
    const QString secret = randomSecret();
    const QString password = randomSecret();
    {
        ConnectionCache cache(m_path);
        CacheSnapshot snapshot;
        snapshot.connections = {CachedConnection::fromDetails(
            details(u"erp"_s, FlowType::Source, u"a/erp.png"_s, secret, password))};
        const auto stored = await<CacheStatus>(
            [&](auto done) { cache.replaceSnapshot(instanceA, snapshot, &cache, done); });
        QVERIFY(stored && stored->ok());
        cache.setStartInstance(instanceA);
    }
    QFile file(m_copyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QString &hidden : {secret, password}) {
        QByteArray utf16be;
        for (const QChar c : hidden)
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY(!bytes.contains(hidden.toUtf8()));
        QVERIFY(!bytes.contains(utf16be));
    }
    // The client id is there (as QDataStream writes strings: UTF-16, big-endian), so the
    // search above looked in the right encoding.
    QByteArray clientId;
    for (const QChar c : u"3_erpclientidrandompart"_s)
        clientId.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    QVERIFY(bytes.contains(clientId));
}

void TestStartCopy::theStartIsAnsweredWithoutTheDatabase()
{
    seed();
    endARunWithTheCopyOf(instanceA);
    QVERIFY(QFile::exists(m_copyPath));
    const StartCopy expected = expectedCopy();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());

    ConnectionCache cache(m_path, nullptr, 2000, ConnectionCache::Opening::WhenNeeded);
    QSignalSpy opened(&cache, &ConnectionCache::opened);
    QObject context;
    const auto snapshot = startWith(cache, instanceA);
    const auto apps = await<CacheValue<Dated<QList<CachedApp>>>>(
        [&](auto done) { cache.loadConnectedApps(instanceA, &context, done); });
    const auto logo = await<CacheValue<QByteArray>>(
        [&](auto done) { cache.loadAppLogo(instanceA, logoUrl, &context, done); });
    const auto noLogo = await<CacheValue<QByteArray>>(
        [&](auto done) { cache.loadAppLogo(instanceA, u"http://elsewhere/x"_s, &context, done); });
    QVERIFY(snapshot && apps && logo && noLogo);
    QVERIFY(snapshot->ok() && apps->ok() && logo->ok() && noLogo->ok());
    QCOMPARE(snapshot->value, expected.snapshot);
    QCOMPARE(apps->value, expected.apps);
    QCOMPARE(logo->value, logoBytes);
    QVERIFY(noLogo->value.isEmpty());
    // The database was not opened: no Qt Sql connection, no opened().
    QTest::qWait(50);
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    QCOMPARE(opened.size(), 0);
    QVERIFY(!cache.openResult());

    // Then opened when asked, as after the first frame; the reads come from it.
    cache.openNow();
    QVERIFY(opened.wait());
    QCOMPARE(cache.openResult()->status, CacheOpenResult::Status::Opened);
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
    const auto again = await<CacheValue<Dated<QList<CachedApp>>>>(
        [&](auto done) { cache.loadConnectedApps(instanceA, &context, done); });
    QVERIFY(again && again->ok());
    QCOMPARE(again->value, expected.apps);
}

void TestStartCopy::aWriteByAnotherProgramMakesItUnused()
{
    seed();
    endARunWithTheCopyOf(instanceA);
    QFile kept(m_copyPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray keptBytes = kept.readAll();
    kept.close();
    QVERIFY(!keptBytes.isEmpty());
    {
        // Another program writes (the command-line tool, an older version of the app).
        CacheDatabase db(m_path);
        QVERIFY(db.open().isUsable());
        CacheSnapshot changed = storedSnapshot();
        changed.connections[0].connection.label = u"Renamed by another program"_s;
        QVERIFY(db.replaceSnapshot(instanceA, changed).ok());
    }
    // Ours removes the copy as it writes; a program that does not (an older version of the
    // app) is caught by the stamp: the copy is put back as that program would have left it.
    QVERIFY(!QFile::exists(m_copyPath));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.write(keptBytes);
    kept.close();

    ConnectionCache cache(m_path, nullptr, 2000, ConnectionCache::Opening::WhenNeeded);
    QObject context;
    const auto snapshot = startWith(cache, instanceA);
    QVERIFY(snapshot && snapshot->ok());
    QCOMPARE(snapshot->value.connections.at(0).connection.label, u"Renamed by another program"_s);
    QTRY_VERIFY(cache.openResult().has_value());
}

void TestStartCopy::aWriteOfThisRunOpensTheDatabaseAndStopsIt()
{
    seed();
    endARunWithTheCopyOf(instanceA);
    {
        ConnectionCache cache(m_path, nullptr, 2000, ConnectionCache::Opening::WhenNeeded);
        QSignalSpy opened(&cache, &ConnectionCache::opened);
        QObject context;
        const auto first = startWith(cache, instanceA);
        QVERIFY(first && first->ok());
        QCOMPARE(first->value.maxLimitReached, std::optional<bool>(true));
        QCOMPARE(opened.size(), 0);

        const auto written = await<CacheStatus>(
            [&](auto done) { cache.storeMaxLimitReached(instanceA, false, &context, done); });
        QVERIFY(written && written->ok());
        QCOMPARE(opened.size(), 1); // opened by the write, before its answer
        QVERIFY(!QFile::exists(m_copyPath));
        const auto after = await<CacheValue<CacheSnapshot>>(
            [&](auto done) { cache.loadSnapshot(instanceA, &context, done); });
        QVERIFY(after && after->ok());
        QCOMPARE(after->value.maxLimitReached, std::optional<bool>(false));
        cache.setStartInstance(instanceA);
    }
    // Written again as the cache closed, with the write.
    const std::optional<StartCopy> copy = StartCopy::read(m_copyPath, StartCopy::stampOf(m_path));
    QVERIFY(copy);
    QCOMPARE(copy->snapshot.maxLimitReached, std::optional<bool>(false));
    QCOMPARE(copy->appLogos.value(logoUrl), logoBytes);
}

void TestStartCopy::anotherPimOrNoCopyReadsTheDatabase()
{
    seed();
    // No start instance: no copy written.
    endARunWithTheCopyOf(QString());
    QVERIFY(!QFile::exists(m_copyPath));
    {
        ConnectionCache cache(m_path, nullptr, 2000, ConnectionCache::Opening::WhenNeeded);
        QObject context;
        const auto snapshot = startWith(cache, instanceA);
        QVERIFY(snapshot && snapshot->ok());
        QCOMPARE(snapshot->value.connections.size(), 3);
        QTRY_VERIFY(cache.openResult().has_value());
    }
    // The copy is of instanceA; the start opens instanceB: read from the database.
    endARunWithTheCopyOf(instanceA);
    QVERIFY(QFile::exists(m_copyPath));
    ConnectionCache cache(m_path, nullptr, 2000, ConnectionCache::Opening::WhenNeeded);
    QObject context;
    cache.prefetchSnapshot(instanceB);
    const auto apps = await<CacheValue<Dated<QList<CachedApp>>>>(
        [&](auto done) { cache.loadConnectedApps(instanceA, &context, done); });
    QVERIFY(apps && apps->ok());
    QCOMPARE(apps->value.value.size(), 2);
    QTRY_VERIFY(cache.openResult().has_value());
}

QTEST_GUILESS_MAIN(TestStartCopy)
#include "tst_startcopy.moc"
