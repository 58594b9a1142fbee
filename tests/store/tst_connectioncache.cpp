// The asynchronous cache: the database works on its own thread, answers come back on the
// caller's thread, the caller never waits for the disk, and shutting down loses no write.
#include "store/ConnectionCache.h"
#include "StoreTestData.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

namespace {
const QString instanceA = u"instance-a"_s;

// Six connections with a logo and its thumbnail each ("png-<code>"), in a server order that
// mixes the flow types: the overview shows the sources first, then the destinations, then the
// others.
CacheSnapshot snapshotWithThumbnails()
{
    CacheSnapshot snapshot;
    const QList<std::pair<QString, FlowType>> listed = {
        {u"o1"_s, FlowType::Other},  {u"s1"_s, FlowType::Source}, {u"d1"_s, FlowType::Destination},
        {u"s2"_s, FlowType::Source}, {u"o2"_s, FlowType::Other},  {u"d2"_s, FlowType::Destination}};
    for (const auto &[code, type] : listed) {
        Connection connection;
        connection.code = code;
        connection.label = code;
        connection.flowType = type;
        connection.image = u"img/"_s + code + u".png"_s;
        snapshot.connections.append(CachedConnection::fromListItem(connection));
        snapshot.logos.insert(connection.image, "logo-" + code.toLatin1());
        snapshot.logoThumbnails.insert(connection.image, "png-" + code.toLatin1());
    }
    return snapshot;
}

// Stores snapshotWithThumbnails() as instanceA's; true once written.
bool storeWithThumbnails(ConnectionCache &cache)
{
    QObject context;
    std::optional<bool> stored;
    cache.replaceSnapshot(instanceA, snapshotWithThumbnails(), &context,
                          [&](const CacheStatus &status) { stored = status.ok(); });
    return QTest::qWaitFor([&] { return stored.has_value(); }, 5000) && *stored;
}

// instanceA's snapshot, once answered (nothing after 5 s).
std::optional<CacheValue<CacheSnapshot>> loadA(ConnectionCache &cache,
                                               ConnectionCache::ThumbnailDecoding decoding = {})
{
    QObject context;
    std::optional<CacheValue<CacheSnapshot>> answer;
    cache.loadSnapshot(
        instanceA, &context, [&](const CacheValue<CacheSnapshot> &result) { answer = result; },
        std::move(decoding));
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

// The image paths in the overview's order.
const QStringList overviewOrder = {u"img/s1.png"_s, u"img/s2.png"_s, u"img/d1.png"_s,
                                   u"img/d2.png"_s, u"img/o1.png"_s, u"img/o2.png"_s};
} // namespace

class TestConnectionCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensOnItsThreadAndSaysSo();
    void answersOnTheCallersThreadAfterTheCallReturns();
    void requestsRunInOrder();
    void theCallerNeverWaitsForALockedFile();
    void noAnswerToADestroyedContext();
    void failedWritesAreReported();
    void destructionFinishesPendingWrites();
    void unavailableCacheAnswersWithErrors();
    void prefetchServesTheNextLoadOnly();
    void prefetchDecodesTheThumbnails();
    void aLoadTakesTheThumbnailsDecodedSoFar();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestConnectionCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
}

void TestConnectionCache::opensOnItsThreadAndSaysSo()
{
    ConnectionCache cache(m_path);
    QVERIFY(cache.workerThread() != QThread::currentThread());
    QVERIFY(cache.workerThread()->isRunning());
    QVERIFY(!cache.openResult()); // not before the event loop ran
    QSignalSpy opened(&cache, &ConnectionCache::opened);
    QVERIFY(opened.wait());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].value<CacheOpenResult>().status, CacheOpenResult::Status::Created);
    QCOMPARE(cache.openResult()->status, CacheOpenResult::Status::Created);
}

void TestConnectionCache::answersOnTheCallersThreadAfterTheCallReturns()
{
    ConnectionCache cache(m_path);
    QObject context;
    bool returned = false;
    bool storedOnMyThread = false;
    QSignalSpy stored(&context, &QObject::objectNameChanged);
    cache.replaceSnapshot(instanceA, fullSnapshot(), &context, [&](const CacheStatus &status) {
        QVERIFY(returned); // never called from inside replaceSnapshot()
        QVERIFY2(status.ok(), qPrintable(status.error));
        storedOnMyThread = QThread::currentThread() == context.thread();
        context.setObjectName(u"stored"_s);
    });
    returned = true;
    QVERIFY(stored.wait());
    QVERIFY(storedOnMyThread);

    CacheSnapshot loaded;
    QThread *answeredOn = nullptr;
    QSignalSpy done(&context, &QObject::objectNameChanged);
    cache.loadSnapshot(instanceA, &context, [&](const CacheValue<CacheSnapshot> &result) {
        QVERIFY(result.ok());
        loaded = result.value;
        answeredOn = QThread::currentThread();
        context.setObjectName(u"loaded"_s);
    });
    QVERIFY(done.wait());
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(loaded, fullSnapshot());
}

void TestConnectionCache::requestsRunInOrder()
{
    ConnectionCache cache(m_path);
    QObject context;
    QStringList order;
    CachedConnection extra = CachedConnection::fromDetails(
        details(u"late"_s, FlowType::Other, u"late.png"_s, randomSecret(), std::nullopt));
    cache.replaceSnapshot(instanceA, fullSnapshot(), &context,
                          [&](const CacheStatus &) { order << u"replace"_s; });
    cache.storeDetails(instanceA, extra, &context,
                       [&](const CacheStatus &) { order << u"details"_s; });
    cache.storeLogo(instanceA, u"late.png"_s, "png", &context,
                    [&](const CacheStatus &) { order << u"logo"_s; });
    cache.removeConnection(instanceA, u"erp"_s, &context,
                           [&](const CacheStatus &) { order << u"remove"_s; });
    cache.storeMaxLimitReached(instanceA, false, &context,
                               [&](const CacheStatus &) { order << u"limit"_s; });
    cache.storeRoles(instanceA, {}, &context, [&](const CacheStatus &) { order << u"roles"_s; });
    cache.storeGroups(instanceA, {}, &context, [&](const CacheStatus &) { order << u"groups"_s; });
    cache.storeWrongCredentials(instanceA, {}, &context,
                                [&](const CacheStatus &) { order << u"marks"_s; });
    QStringList codes;
    cache.knownCodes(instanceA, &context, [&](const CacheValue<QStringList> &r) {
        order << u"codes"_s;
        codes = r.value;
    });
    QStringList ids;
    cache.instanceIds(&context, [&](const CacheValue<QStringList> &r) {
        order << u"ids"_s;
        ids = r.value;
    });
    QByteArray logo;
    cache.loadLogo(instanceA, u"late.png"_s, &context, [&](const CacheValue<QByteArray> &r) {
        order << u"loadLogo"_s;
        logo = r.value;
    });
    QTRY_COMPARE(order.size(), 11);
    QCOMPARE(order, (QStringList{u"replace"_s, u"details"_s, u"logo"_s, u"remove"_s, u"limit"_s,
                                 u"roles"_s, u"groups"_s, u"marks"_s, u"codes"_s, u"ids"_s,
                                 u"loadLogo"_s}));
    QCOMPARE(codes, (QStringList{u"shop"_s, u"misc_app"_s, u"late"_s}));
    QCOMPARE(ids, QStringList{instanceA});
    QCOMPARE(logo, QByteArray("png"));
}

void TestConnectionCache::theCallerNeverWaitsForALockedFile()
{
    ConnectionCache cache(m_path, nullptr, 60000);
    QSignalSpy opened(&cache, &ConnectionCache::opened);
    QVERIFY(opened.wait());

    // Another connection keeps the write lock: the worker's sync waits for it...
    const QString holderName = u"holder"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, holderName);
        holder.setDatabaseName(m_path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(u"BEGIN IMMEDIATE"_s));
    }
    QObject context;
    QSignalSpy done(&context, &QObject::objectNameChanged);
    cache.replaceSnapshot(instanceA, fullSnapshot(), &context, [&](const CacheStatus &status) {
        QVERIFY2(status.ok(), qPrintable(status.error));
        context.setObjectName(u"done"_s);
    });
    // ...while this thread goes on: its event loop runs timers, and the sync is not done.
    bool ticked = false;
    QTimer::singleShot(0, &context, [&] { ticked = true; });
    QTRY_VERIFY(ticked);
    QCOMPARE(done.size(), 0);

    {
        QSqlDatabase holder = QSqlDatabase::database(holderName, false);
        QVERIFY(QSqlQuery(holder).exec(u"COMMIT"_s));
        holder.close();
    }
    QSqlDatabase::removeDatabase(holderName);
    QVERIFY(done.wait(30000));
}

void TestConnectionCache::noAnswerToADestroyedContext()
{
    ConnectionCache cache(m_path);
    bool called = false;
    {
        QObject gone;
        cache.replaceSnapshot(instanceA, fullSnapshot(), &gone,
                              [&](const CacheStatus &) { called = true; });
    }
    QObject context;
    QSignalSpy done(&context, &QObject::objectNameChanged);
    CacheSnapshot loaded;
    cache.loadSnapshot(instanceA, &context, [&](const CacheValue<CacheSnapshot> &r) {
        loaded = r.value;
        context.setObjectName(u"loaded"_s);
    });
    QVERIFY(done.wait());
    QVERIFY(!called);
    QCOMPARE(loaded, fullSnapshot()); // the write happened all the same
}

void TestConnectionCache::failedWritesAreReported()
{
    ConnectionCache cache(m_path);
    QSignalSpy failed(&cache, &ConnectionCache::writeFailed);
    cache.storeLogo(instanceA, QString(), "bytes"); // no callback: the signal still says it
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed[0][0].toString().isEmpty());
}

void TestConnectionCache::destructionFinishesPendingWrites()
{
    {
        ConnectionCache cache(m_path);
        for (int i = 0; i < 30; ++i) {
            CacheSnapshot s = fullSnapshot();
            s.connections.resize(1);
            s.connections[0].connection.label = u"version %1"_s.arg(i);
            cache.replaceSnapshot(instanceA, s);
        }
        cache.storeLogo(instanceA, u"a/b/c/d/1f2e_erp.png"_s, "last");
    } // destroyed at once, without waiting for anything

    CacheDatabase db(m_path);
    QCOMPARE(db.open().status, CacheOpenResult::Status::Opened);
    const CacheSnapshot s = db.loadSnapshot(instanceA).value;
    QCOMPARE(s.connections.size(), 1);
    QCOMPARE(s.connections[0].connection.label, u"version 29"_s);
    QCOMPARE(s.logos.value(u"a/b/c/d/1f2e_erp.png"_s), QByteArray("last"));
}

void TestConnectionCache::unavailableCacheAnswersWithErrors()
{
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ConnectionCache cache(m_dir->filePath(u"file/cache.sqlite"_s));
    QSignalSpy opened(&cache, &ConnectionCache::opened);
    QSignalSpy failed(&cache, &ConnectionCache::writeFailed);
    QVERIFY(opened.wait());
    const auto result = opened[0][0].value<CacheOpenResult>();
    QCOMPARE(result.status, CacheOpenResult::Status::Unavailable);
    QVERIFY(!result.message.isEmpty());

    QObject context;
    QSignalSpy done(&context, &QObject::objectNameChanged);
    QString error;
    cache.loadSnapshot(instanceA, &context, [&](const CacheValue<CacheSnapshot> &r) {
        error = r.error;
        context.setObjectName(u"x"_s);
    });
    cache.replaceSnapshot(instanceA, fullSnapshot());
    QVERIFY(done.wait());
    QVERIFY(!error.isEmpty());
    QTRY_COMPARE(failed.size(), 1);
}

void TestConnectionCache::prefetchDecodesTheThumbnails()
{
    ConnectionCache cache(m_path);
    QVERIFY(storeWithThumbnails(cache));

    // The decoder is the caller's (the app decodes PNGs into QImages): here, text made upper case.
    std::atomic<int> calls{0};
    QMutex mutex;
    QList<QSize> bounds;
    const ConnectionCache::ThumbnailDecoder upperCase = [&](const QByteArray &png,
                                                            const QSize &bound) -> QVariant {
        {
            QMutexLocker lock(&mutex);
            bounds.append(bound);
        }
        ++calls;
        if (png == "png-o2")
            return QVariant(); // does not decode
        return QString::fromLatin1(png).toUpper();
    };
    cache.prefetchSnapshot(instanceA, {QSize(72, 36), upperCase});
    QTRY_COMPARE(calls.load(), 6);
    std::optional<CacheValue<CacheSnapshot>> answer = loadA(cache);
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error));
    const CacheSnapshot &loaded = answer->value;
    QCOMPARE(loaded.decodedThumbnailBound, QSize(72, 36));
    QCOMPARE(bounds, QList<QSize>(6, QSize(72, 36)));
    // Every thumbnail but the one that did not decode; the encoded ones are still given.
    QCOMPARE(loaded.decodedThumbnails.size(), 5);
    QCOMPARE(loaded.decodedThumbnails.value(u"img/s1.png"_s).toString(), u"PNG-S1"_s);
    QCOMPARE(loaded.decodedThumbnails.value(u"img/d2.png"_s).toString(), u"PNG-D2"_s);
    QVERIFY(!loaded.decodedThumbnails.contains(u"img/o2.png"_s));
    QCOMPARE(loaded.logoThumbnails.size(), 6);

    // Read again without a prefetch nor a decoding: nothing decoded.
    answer = loadA(cache);
    QVERIFY(answer);
    QVERIFY(answer->value.decodedThumbnails.isEmpty());
    QCOMPARE(answer->value.logoThumbnails.size(), 6);

    // A load with a decoding (a PIM switched to): answered with every thumbnail decoded.
    calls = 0;
    answer = loadA(cache, {QSize(36, 36), upperCase});
    QVERIFY(answer);
    QCOMPARE(calls.load(), 6);
    QCOMPARE(answer->value.decodedThumbnails.size(), 5);
    QCOMPARE(answer->value.decodedThumbnailBound, QSize(36, 36));
    QCOMPARE(answer->value.decodedThumbnails.value(u"img/o1.png"_s).toString(), u"PNG-O1"_s);
}

void TestConnectionCache::aLoadTakesTheThumbnailsDecodedSoFar()
{
    ConnectionCache cache(m_path);
    QVERIFY(storeWithThumbnails(cache));

    // A slow decoder, and the load asked once the first decode has begun: it does not wait
    // for all six.
    std::atomic<int> calls{0};
    const auto slow = [&](const QByteArray &png, const QSize &) -> QVariant {
        ++calls;
        QThread::msleep(100);
        return QString::fromLatin1(png);
    };
    cache.prefetchSnapshot(instanceA, {QSize(72, 72), slow});
    QTRY_VERIFY(calls.load() >= 1);
    std::optional<CacheValue<CacheSnapshot>> answer = loadA(cache);
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error));
    // Those decoded are the first tiles of the overview, in its order.
    const QHash<QString, QVariant> &decoded = answer->value.decodedThumbnails;
    QVERIFY(!decoded.isEmpty()); // the one under way was finished
    for (qsizetype i = 0; i < decoded.size(); ++i)
        QVERIFY2(decoded.contains(overviewOrder.at(i)), qPrintable(overviewOrder.at(i)));
    QCOMPARE(answer->value.logoThumbnails.size(), 6);
    // The others are left to the tiles: no decode starts after the load.
    const int callsAtLoad = calls.load();
    QCOMPARE(callsAtLoad, int(decoded.size()));
    QTest::qWait(250);
    QCOMPARE(calls.load(), callsAtLoad);

    // A write between the read ahead and the load: the decodes stop, the load reads afresh.
    calls = 0;
    cache.prefetchSnapshot(instanceA, {QSize(72, 72), slow});
    cache.storeMaxLimitReached(instanceA, true);
    answer = loadA(cache);
    QVERIFY(answer);
    QVERIFY(answer->value.decodedThumbnails.isEmpty());
    QCOMPARE(answer->value.maxLimitReached, std::optional<bool>(true));
    const int callsAfterWrite = calls.load();
    QVERIFY(callsAfterWrite <= 2); // at most one under way in each of the two decoding threads
    QTest::qWait(250);
    QCOMPARE(calls.load(), callsAfterWrite);
}

QTEST_GUILESS_MAIN(TestConnectionCache)
void TestConnectionCache::prefetchServesTheNextLoadOnly()
{
    ConnectionCache cache(m_path);
    QObject context;
    auto load = [&](const QString &id) {
        std::optional<CacheValue<CacheSnapshot>> answer;
        cache.loadSnapshot(id, &context,
                           [&](const CacheValue<CacheSnapshot> &result) { answer = result; });
        for (int waited = 0; !answer && waited < 5000; waited += 10)
            QTest::qWait(10);
        CacheValue<CacheSnapshot> none;
        none.error = u"no answer"_s;
        return answer.value_or(none);
    };
    const QString instanceB = u"another-pim"_s;
    bool stored = false;
    cache.replaceSnapshot(instanceA, fullSnapshot(), &context,
                          [&](const CacheStatus &status) { stored = status.ok(); });
    cache.storeMaxLimitReached(instanceA, false);
    QTRY_VERIFY(stored);

    // Read ahead, then asked: the same snapshot.
    cache.prefetchSnapshot(instanceA);
    CacheValue<CacheSnapshot> loaded = load(instanceA);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value.connections, fullSnapshot().connections);
    QCOMPARE(loaded.value.maxLimitReached, std::optional<bool>(false));

    // A write between the read ahead and the load: the load sees the write.
    cache.prefetchSnapshot(instanceA);
    cache.storeMaxLimitReached(instanceA, true);
    loaded = load(instanceA);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.value.maxLimitReached, std::optional<bool>(true));

    // Another PIM read ahead: the load reads its own.
    cache.prefetchSnapshot(instanceB);
    loaded = load(instanceA);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.value.connections, fullSnapshot().connections);
    const CacheValue<CacheSnapshot> other = load(instanceB);
    QVERIFY2(other.ok(), qPrintable(other.error));
    QVERIFY(other.value.connections.isEmpty());
}

#include "tst_connectioncache.moc"
