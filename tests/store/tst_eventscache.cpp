// The event subscriptions and event logs in the cache (docs/pim-api.md §8; schema version 4):
// a version 3 file (frozen in SchemaV3.h) migrated with its rows intact, the subscription kept
// without its secret, the last page of logs with its context exact, each with its "as of".
#include "RawDb.h"
#include "SchemaV3.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

namespace {

const QString instance = u"6f1c2a7e-0000-4000-8000-00000000000a"_s;
const QString Secret = u"wh00ks3cr3tn0tf0rd1sk"_s;

EventSubscriptionForm form()
{
    EventSubscriptionForm f;
    f.subscription = {u"erp"_s, true, Secret, u"https://example.com/hook"_s, true};
    f.activeLimit = {3, 2};
    return f;
}

EventLogPage page()
{
    const QByteArray body =
        R"({"results":[{"id":"a","timestamp":1614659411,"level":"error","message":"The endpoint returned an error.","connection_code":"erp",)"
        R"("context":{"status_code":500,"headers":{"z":["1"],"a":["é"]},"events":[]},"context_flattened":"500"},)"
        R"({"id":"b","timestamp":1614659400,"level":"warning","message":"The maximum number of events sent per hour has been reached.","connection_code":null,"context":[],"context_flattened":""}],)"
        R"("search_after":"tok","total":42})";
    return *EventLogPage::fromJson(body, nullptr);
}

} // namespace

class TestEventsCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void upgradesVersion3WithItsDataIntact();
    void subscriptionIsKeptWithoutItsSecret();
    void subscriptionOfAnOlderPimWithoutSecret();
    void lastPageOfLogsIsKeptExactly();
    void removingTheConnectionRemovesItsEvents();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEventsCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
}

void TestEventsCache::upgradesVersion3WithItsDataIntact()
{
    {
        RawDb v3(m_path);
        QVERIFY(v3.isOpen() && v3.exec(u"PRAGMA journal_mode=WAL"_s) && v3.exec(u"BEGIN"_s));
        for (const QString &sql : SchemaV3::tables())
            QVERIFY(v3.exec(sql));
        QVERIFY(SchemaV2::write(v3, instance, fullSnapshot()));
        QVERIFY(SchemaV3::writeBusinessError(v3, instance, u"erp"_s));
        QVERIFY(v3.exec(u"COMMIT"_s));
        QCOMPARE(v3.value(u"PRAGMA user_version"_s).toInt(), 3);
    }
    CacheDatabase db(m_path);
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Migrated);
    QCOMPARE(result.previousVersion, 3);
    // The rows of versions 2 and 3, as they were.
    QCOMPARE(db.loadSnapshot(instance).value, fullSnapshot());
    const auto errors = db.loadBusinessErrors(instance, u"erp"_s).value;
    QCOMPARE(errors.asOf, utc("2026-11-20T10:00:00Z"));
    QCOMPARE(errors.value.size(), 1);
    QCOMPARE(errors.value.first().message, u"The family does not exist."_s);
    // The new parts start "never fetched", then work.
    QVERIFY(!db.loadEventSubscription(instance, u"erp"_s).value.isKnown());
    QVERIFY(!db.loadEventLogs(instance, u"erp"_s).value.isKnown());
    QVERIFY(db.storeEventSubscription(instance, form(), utc("2026-11-24T15:00:00Z")).ok());
    QVERIFY(db.storeEventLogs(instance, u"erp"_s, page(), utc("2026-11-24T15:00:00Z")).ok());
    QVERIFY(db.loadEventSubscription(instance, u"erp"_s).value.isKnown());
    QCOMPARE(db.loadEventLogs(instance, u"erp"_s).value.value.results.size(), 2);
    db.close();
    RawDb raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), CacheSchema::CurrentVersion);
}

void TestEventsCache::subscriptionIsKeptWithoutItsSecret()
{
    {
        CacheDatabase db(m_path);
        QCOMPARE(db.open().status, CacheOpenResult::Status::Created);
        const QDateTime asOf = utc("2026-11-24T15:00:00Z");
        QVERIFY(db.storeEventSubscription(instance, form(), asOf).ok());
        const auto loaded = db.loadEventSubscription(instance, u"erp"_s).value;
        QCOMPARE(loaded.asOf, asOf);
        QCOMPARE(loaded.value, form().withoutSecret());
        QVERIFY(loaded.value.subscription.hasSecret());       // the PIM has one...
        QVERIFY(loaded.value.subscription.secret->isEmpty()); // ...not kept here
    }
    // Nowhere in the file nor its journal.
    for (const QString &path : QStringList{m_path, m_path + u"-wal"_s}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(path));
    }
}

void TestEventsCache::subscriptionOfAnOlderPimWithoutSecret()
{
    CacheDatabase db(m_path);
    QCOMPARE(db.open().status, CacheOpenResult::Status::Created);
    EventSubscriptionForm older;
    older.subscription.connectionCode = u"erp"_s; // off, no URL, no secret, before 7.0
    QVERIFY(db.storeEventSubscription(instance, older, QDateTime()).ok());
    const auto loaded = db.loadEventSubscription(instance, u"erp"_s).value;
    QVERIFY(loaded.isKnown()); // the clock's time
    QCOMPARE(loaded.value, older);
    QVERIFY(!db.storeEventSubscription(instance, EventSubscriptionForm(), QDateTime()).ok());
}

void TestEventsCache::lastPageOfLogsIsKeptExactly()
{
    CacheDatabase db(m_path);
    QCOMPARE(db.open().status, CacheOpenResult::Status::Created);
    QVERIFY(db.storeEventLogs(instance, u"erp"_s, page(), utc("2026-11-24T15:00:00Z")).ok());
    auto loaded = db.loadEventLogs(instance, u"erp"_s).value;
    QCOMPARE(loaded.asOf, utc("2026-11-24T15:00:00Z"));
    QCOMPARE(loaded.value.results, page().results);
    QCOMPARE(loaded.value.total, 42);
    QCOMPARE(loaded.value.results.first().context.toJson(),
             QByteArray(R"({"status_code":500,"headers":{"z":["1"],"a":["\u00e9"]},"events":[]})"));
    // The next page loaded replaces it whole.
    EventLogPage next = page();
    next.results.removeFirst();
    QVERIFY(db.storeEventLogs(instance, u"erp"_s, next, utc("2026-11-24T16:00:00Z")).ok());
    loaded = db.loadEventLogs(instance, u"erp"_s).value;
    QCOMPARE(loaded.value.results.size(), 1);
    QCOMPARE(loaded.asOf, utc("2026-11-24T16:00:00Z"));
    QVERIFY(!db.loadEventLogs(instance, u"other"_s).value.isKnown());
}

void TestEventsCache::removingTheConnectionRemovesItsEvents()
{
    CacheDatabase db(m_path);
    QCOMPARE(db.open().status, CacheOpenResult::Status::Created);
    QVERIFY(db.storeEventSubscription(instance, form(), QDateTime()).ok());
    QVERIFY(db.storeEventLogs(instance, u"erp"_s, page(), QDateTime()).ok());
    QVERIFY(db.removeConnection(instance, u"erp"_s).ok());
    QVERIFY(!db.loadEventSubscription(instance, u"erp"_s).value.isKnown());
    QVERIFY(!db.loadEventLogs(instance, u"erp"_s).value.isKnown());
    QVERIFY(db.storeEventSubscription(instance, form(), QDateTime()).ok());
    QVERIFY(db.removeInstance(instance).ok());
    QVERIFY(!db.loadEventSubscription(instance, u"erp"_s).value.isKnown());
}

QTEST_GUILESS_MAIN(TestEventsCache)
#include "tst_eventscache.moc"
