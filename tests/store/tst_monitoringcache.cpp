// The monitoring part of the cache (docs/pim-api.md §9 to §11): the Data flows dashboard, the
// business errors and the connected Apps survive a restart whole, each with its "as of" time;
// each store replaces its part in one transaction; the app reaches it through the worker.
#include "MonitoringTestData.h"
#include "RawDb.h"
#include "StoreTestData.h"
#include "store/ConnectionCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;
using namespace MonitoringTestData;

namespace {

const QString instanceA = u"instance-a"_s;
const QString instanceB = u"instance-b"_s;
const QDateTime asOf = utc("2026-11-24T15:00:00.250Z");

QDateTime fixedClock()
{
    return utc("2026-11-24T15:30:00Z");
}

} // namespace

class TestMonitoringCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingStoredIsNotKnown();
    void dataFlowsRoundTrip();
    void dataFlowsAreReplacedWhole();
    void businessErrorsRoundTrip();
    void keepsTheLatestHundredErrors();
    void appsRoundTripWithTheirSettings();
    void settingsOfAnUnknownAppAreRefused();
    void removals();
    void appLogosLastAsLongAsTheirApps();
    void asOfDefaultsToTheClock();
    void failedStoresKeepThePreviousState_data();
    void failedStoresKeepThePreviousState();
    void throughTheWorker();

private:
    std::unique_ptr<CacheDatabase> openCache();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMonitoringCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
}

std::unique_ptr<CacheDatabase> TestMonitoringCache::openCache()
{
    auto db = std::make_unique<CacheDatabase>(m_path);
    db->setBusyTimeout(100);
    db->setClock(fixedClock);
    db->open();
    return db;
}

void TestMonitoringCache::nothingStoredIsNotKnown()
{
    auto db = openCache();
    const auto flows = db->loadDataFlows(instanceA);
    QVERIFY(flows.ok());
    QVERIFY(!flows.value.isKnown());
    QCOMPARE(flows.value.value, DataFlows());
    QVERIFY(!db->loadBusinessErrors(instanceA, u"erp"_s).value.isKnown());
    QVERIFY(!db->loadConnectedApps(instanceA).value.isKnown());
    // Known and empty is not the same as never fetched.
    QVERIFY(db->storeConnectedApps(instanceA, {}, asOf).ok());
    QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, {}, asOf).ok());
    QVERIFY(db->loadConnectedApps(instanceA).value.isKnown());
    QVERIFY(db->loadConnectedApps(instanceA).value.value.isEmpty());
    QCOMPARE(db->loadBusinessErrors(instanceA, u"erp"_s).value.asOf, asOf);
}

void TestMonitoringCache::dataFlowsRoundTrip()
{
    const DataFlows flows = dataFlows();
    QCOMPARE(flows.productCreated.series.size(), 3); // the sample did parse
    QCOMPARE(flows.errors.all()->previous.size(), 1);
    {
        auto db = openCache();
        QVERIFY(db->storeDataFlows(instanceA, flows, asOf).ok());
        QVERIFY(db->storeDataFlows(instanceB, dataFlows(7), asOf.addDays(1)).ok());
    }
    auto db = openCache(); // survives a restart
    const Dated<DataFlows> loaded = db->loadDataFlows(instanceA).value;
    QCOMPARE(loaded.asOf, asOf);
    QCOMPARE(loaded.value, flows); // series in the PIM's order, days, totals, shapes
    QCOMPARE(loaded.value.productCreated.connectionCodes(),
             (QStringList{u"z_last"_s, u"bynder"_s}));
    // Byte for byte what the PIM said, even offline (the CLI's --json).
    QCOMPARE(loaded.value.errors.toSymfonyJson().toJson(), flows.errors.toSymfonyJson().toJson());
    QCOMPARE(db->loadDataFlows(instanceB).value.value, dataFlows(7));
    QCOMPARE(db->loadDataFlows(instanceB).value.asOf, asOf.addDays(1));
}

void TestMonitoringCache::dataFlowsAreReplacedWhole()
{
    auto db = openCache();
    QVERIFY(db->storeDataFlows(instanceA, dataFlows(), asOf).ok());
    DataFlows fewer;
    fewer.productRead.series = {
        AuditSeries{AuditSeries::allCode(), {}, {{QDate(2020, 2, 1), 4}}, 4}};
    QVERIFY(db->storeDataFlows(instanceA, fewer, asOf.addSecs(60)).ok());
    const Dated<DataFlows> loaded = db->loadDataFlows(instanceA).value;
    QCOMPARE(loaded.value, fewer); // nothing left of the previous answer
    QCOMPARE(loaded.asOf, asOf.addSecs(60));
}

void TestMonitoringCache::businessErrorsRoundTrip()
{
    const QList<BusinessError> errors = businessErrors(5);
    QCOMPARE(errors.size(), 5);
    {
        auto db = openCache();
        QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, errors, asOf).ok());
        QVERIFY(
            db->storeBusinessErrors(instanceA, u"shop"_s, businessErrors(1, u"shop"_s), asOf).ok());
    }
    auto db = openCache();
    const Dated<QList<BusinessError>> loaded = db->loadBusinessErrors(instanceA, u"erp"_s).value;
    QCOMPARE(loaded.asOf, asOf);
    QCOMPARE(loaded.value, errors); // newest first, content with its unknown keys, dates
    QCOMPARE(BusinessError::listToSymfonyJson(loaded.value).toJson(),
             BusinessError::listToSymfonyJson(errors).toJson());
    QCOMPARE(db->loadBusinessErrors(instanceA, u"shop"_s).value.value.size(), 1);
    QVERIFY(!db->loadBusinessErrors(instanceB, u"erp"_s).value.isKnown());

    // A new answer replaces the list of that connection only.
    QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, businessErrors(2), asOf).ok());
    QCOMPARE(db->loadBusinessErrors(instanceA, u"erp"_s).value.value, businessErrors(2));
    QCOMPARE(db->loadBusinessErrors(instanceA, u"shop"_s).value.value.size(), 1);
    QVERIFY(!db->storeBusinessErrors(instanceA, QString(), errors, asOf).ok());
}

void TestMonitoringCache::keepsTheLatestHundredErrors()
{
    auto db = openCache();
    const QList<BusinessError> many = businessErrors(CacheDatabase::MaxBusinessErrors + 20);
    QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, many, asOf).ok());
    const QList<BusinessError> kept = db->loadBusinessErrors(instanceA, u"erp"_s).value.value;
    QCOMPARE(kept.size(), CacheDatabase::MaxBusinessErrors);
    QCOMPARE(kept.first(), many.first()); // the newest
    QCOMPARE(kept.last(), many.at(CacheDatabase::MaxBusinessErrors - 1));
}

void TestMonitoringCache::appsRoundTripWithTheirSettings()
{
    const QList<ConnectedApp> list = apps();
    QCOMPARE(list.size(), 2);
    const AppMonitoringSettings settings{FlowType::Destination, true};
    {
        auto db = openCache();
        QVERIFY(db->storeConnectedApps(instanceA, list, asOf).ok());
        QVERIFY(
            db->storeAppMonitoringSettings(instanceA, u"custom_app"_s, settings, asOf.addSecs(5))
                .ok());
    }
    auto db = openCache();
    Dated<QList<CachedApp>> loaded = db->loadConnectedApps(instanceA).value;
    QCOMPARE(loaded.asOf, asOf);
    QCOMPARE(loaded.value.size(), 2);
    QCOMPARE(loaded.value.at(0).app, list.at(0)); // nulls, lists, flags, in the PIM's order
    QCOMPARE(loaded.value.at(1).app, list.at(1));
    QVERIFY(!loaded.value.at(0).settings);
    QVERIFY(!loaded.value.at(0).settingsAsOf.isValid());
    QCOMPARE(loaded.value.at(1).settings, std::optional(settings));
    QCOMPARE(loaded.value.at(1).settingsAsOf, asOf.addSecs(5));

    // A new list keeps the settings of the Apps still there, in the new order.
    const QList<ConnectedApp> next = {list.at(1)};
    QVERIFY(db->storeConnectedApps(instanceA, next, asOf.addDays(1)).ok());
    loaded = db->loadConnectedApps(instanceA).value;
    QCOMPARE(loaded.asOf, asOf.addDays(1));
    QCOMPARE(loaded.value.size(), 1);
    QCOMPARE(loaded.value.first().settings, std::optional(settings));
    // Gone from the list, gone with its settings: back, it has none.
    QVERIFY(db->storeConnectedApps(instanceA, list, asOf.addDays(2)).ok());
    QVERIFY(!db->loadConnectedApps(instanceA).value.value.first().settings);
}

void TestMonitoringCache::settingsOfAnUnknownAppAreRefused()
{
    auto db = openCache();
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf).ok());
    const CacheStatus status = db->storeAppMonitoringSettings(
        instanceA, u"nobody"_s, AppMonitoringSettings{FlowType::Source, true}, asOf);
    QVERIFY(!status.ok());
    QVERIFY(status.error.contains(u"nobody"_s));
}

void TestMonitoringCache::removals()
{
    auto db = openCache();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(db->storeDataFlows(instanceA, dataFlows(), asOf).ok());
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf).ok());
    QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, businessErrors(2), asOf).ok());
    QVERIFY(db->storeBusinessErrors(instanceA, u"connectionCodeA"_s,
                                    businessErrors(2, u"connectionCodeA"_s), asOf)
                .ok());
    QVERIFY(db->storeDataFlows(instanceB, dataFlows(), asOf).ok());

    // A deleted connection takes its errors with it.
    QVERIFY(db->removeConnection(instanceA, u"erp"_s).ok());
    QVERIFY(!db->loadBusinessErrors(instanceA, u"erp"_s).value.isKnown());
    // A deleted App: its row and its errors.
    QVERIFY(db->removeApp(instanceA, u"connectionCodeA"_s).ok());
    QCOMPARE(db->loadConnectedApps(instanceA).value.value.size(), 1);
    QVERIFY(!db->loadBusinessErrors(instanceA, u"connectionCodeA"_s).value.isKnown());
    QVERIFY(db->loadDataFlows(instanceA).value.isKnown()); // the dashboard is kept

    // A removed PIM leaves nothing behind, and the other PIM untouched.
    QVERIFY(db->removeInstance(instanceA).ok());
    QVERIFY(!db->loadDataFlows(instanceA).value.isKnown());
    QVERIFY(!db->loadConnectedApps(instanceA).value.isKnown());
    QCOMPARE(db->loadDataFlows(instanceB).value.value, dataFlows());
    db->close();
    RawDb raw(m_path);
    for (const QString &table : {u"audit_series"_s, u"audit_days"_s, u"business_errors"_s,
                                 u"business_error_lists"_s, u"connected_apps"_s, u"app_logos"_s}) {
        QCOMPARE(
            raw.value(u"SELECT count(*) FROM %1 WHERE instance_id = '%2'"_s.arg(table, instanceA))
                .toInt(),
            0);
    }
}

void TestMonitoringCache::appLogosLastAsLongAsTheirApps()
{
    auto db = openCache();
    const QString url = u"http://www.example.com/logo/a"_s; // connectionCodeA's, in apps()
    const QByteArray png("\x89PNG logo of A", 14);
    auto logoOf = [&db](const QString &instance, const QString &address) {
        const CacheValue<QByteArray> loaded = db->loadAppLogo(instance, address);
        return loaded.ok() ? loaded.value : QByteArray("read failed");
    };
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf).ok());
    QCOMPARE(logoOf(instanceA, url), QByteArray()); // never stored: empty, not an error

    QVERIFY(db->storeAppLogo(instanceA, url, png).ok());
    QCOMPARE(logoOf(instanceA, url), png);
    QCOMPARE(logoOf(instanceB, url), QByteArray()); // by PIM
    // Replaced in place.
    QVERIFY(db->storeAppLogo(instanceA, url, png + "2").ok());
    QCOMPARE(logoOf(instanceA, url), png + "2");
    // An address no stored App has: nothing is kept.
    QVERIFY(db->storeAppLogo(instanceA, u"http://www.example.com/logo/zz"_s, png).ok());
    QCOMPARE(logoOf(instanceA, u"http://www.example.com/logo/zz"_s), QByteArray());
    QVERIFY(!db->storeAppLogo(instanceA, url, QByteArray()).ok());
    QVERIFY(!db->storeAppLogo(instanceA, QString(), png).ok());
    QCOMPARE(logoOf(instanceA, url), png + "2");

    // A new list where the App has the same address keeps the logo; another address drops it.
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf.addDays(1)).ok());
    QCOMPARE(logoOf(instanceA, url), png + "2");
    QList<ConnectedApp> moved = apps();
    moved[0].logo = u"http://www.example.com/logo/a2"_s;
    QVERIFY(db->storeConnectedApps(instanceA, moved, asOf.addDays(2)).ok());
    QCOMPARE(logoOf(instanceA, url), QByteArray());

    // A removed App takes its logo with it; so does a removed PIM.
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf).ok());
    QVERIFY(db->storeAppLogo(instanceA, url, png).ok());
    QVERIFY(db->removeApp(instanceA, u"custom_app"_s).ok());
    QCOMPARE(logoOf(instanceA, url), png);
    QVERIFY(db->removeApp(instanceA, u"connectionCodeA"_s).ok());
    QCOMPARE(logoOf(instanceA, url), QByteArray());
    QVERIFY(db->storeConnectedApps(instanceA, apps(), asOf).ok());
    QVERIFY(db->storeAppLogo(instanceA, url, png).ok());
    QVERIFY(db->removeInstance(instanceA).ok());
    db->close();
    RawDb raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM app_logos"_s).toInt(), 0);
}

void TestMonitoringCache::asOfDefaultsToTheClock()
{
    auto db = openCache();
    QVERIFY(db->storeDataFlows(instanceA, dataFlows(), QDateTime()).ok());
    QVERIFY(db->storeConnectedApps(instanceA, apps(), QDateTime()).ok());
    QVERIFY(db->storeBusinessErrors(instanceA, u"erp"_s, {}, QDateTime()).ok());
    QCOMPARE(db->loadDataFlows(instanceA).value.asOf, fixedClock());
    QCOMPARE(db->loadConnectedApps(instanceA).value.asOf, fixedClock());
    QCOMPARE(db->loadBusinessErrors(instanceA, u"erp"_s).value.asOf, fixedClock());
}

void TestMonitoringCache::failedStoresKeepThePreviousState_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("storeDataFlows") << 0;
    QTest::newRow("storeBusinessErrors") << 1;
    QTest::newRow("storeConnectedApps") << 2;
    QTest::newRow("storeAppMonitoringSettings") << 3;
    QTest::newRow("removeApp") << 4;
}

void TestMonitoringCache::failedStoresKeepThePreviousState()
{
    QFETCH(int, operation);
    auto db = openCache();
    auto storeFirst = [&] {
        return db->storeDataFlows(instanceA, dataFlows(), asOf).ok() &&
               db->storeBusinessErrors(instanceA, u"custom_app"_s, businessErrors(3), asOf).ok() &&
               db->storeConnectedApps(instanceA, apps(), asOf).ok();
    };
    auto next = [&]() -> CacheStatus {
        switch (operation) {
        case 0:
            return db->storeDataFlows(instanceA, dataFlows(9), asOf.addDays(1));
        case 1:
            return db->storeBusinessErrors(instanceA, u"custom_app"_s, businessErrors(7),
                                           asOf.addDays(1));
        case 2:
            return db->storeConnectedApps(instanceA, {apps().at(1)}, asOf.addDays(1));
        case 3:
            return db->storeAppMonitoringSettings(instanceA, u"custom_app"_s,
                                                  AppMonitoringSettings{FlowType::Source, true},
                                                  asOf.addDays(1));
        default:
            return db->removeApp(instanceA, u"custom_app"_s);
        }
    };
    auto state = [&] {
        return std::make_tuple(db->loadDataFlows(instanceA).value,
                               db->loadBusinessErrors(instanceA, u"custom_app"_s).value,
                               db->loadConnectedApps(instanceA).value);
    };
    QVERIFY(storeFirst());
    const auto before = state();
    // A dry run counts the statements; then the last one fails: all of it is rolled back.
    int last = 0;
    db->setStatementHookForTesting([&last](int n) {
        last = n;
        return true;
    });
    QVERIFY(next().ok());
    const int failing = last;
    QVERIFY(failing > 1);
    db->setStatementHookForTesting({});
    QVERIFY(db->removeInstance(instanceA).ok());
    QVERIFY(storeFirst());
    QVERIFY(state() == before);
    db->setStatementHookForTesting([failing](int n) { return n != failing; });
    const CacheStatus status = next();
    QVERIFY(!status.ok());
    QVERIFY(status.error.contains(u"previous copy is kept"_s));
    db->setStatementHookForTesting({});
    QVERIFY(state() == before);
}

void TestMonitoringCache::throughTheWorker()
{
    ConnectionCache cache(m_path);
    QSignalSpy opened(&cache, &ConnectionCache::opened);
    QVERIFY(opened.wait());
    QSignalSpy writeFailed(&cache, &ConnectionCache::writeFailed);
    const QThread *gui = QThread::currentThread();
    int stored = 0;
    auto counted = [&stored, gui](const CacheStatus &status) {
        QVERIFY(status.ok());
        QCOMPARE(QThread::currentThread(), gui);
        ++stored;
    };
    cache.storeDataFlows(instanceA, dataFlows(), asOf, this, counted);
    cache.storeConnectedApps(instanceA, apps(), asOf, this, counted);
    cache.storeAppMonitoringSettings(instanceA, u"custom_app"_s,
                                     AppMonitoringSettings{FlowType::Source, false}, asOf, this,
                                     counted);
    cache.storeBusinessErrors(instanceA, u"erp"_s, businessErrors(2), asOf, this, counted);
    cache.removeApp(instanceA, u"connectionCodeA"_s, this, counted);
    QCOMPARE(stored, 0); // never from inside the call

    std::optional<Dated<DataFlows>> flows;
    std::optional<Dated<QList<BusinessError>>> errors;
    std::optional<Dated<QList<CachedApp>>> appList;
    cache.loadDataFlows(instanceA, this, [&](const CacheValue<Dated<DataFlows>> &v) {
        QCOMPARE(QThread::currentThread(), gui);
        flows = v.value;
    });
    cache.loadBusinessErrors(
        instanceA, u"erp"_s, this,
        [&](const CacheValue<Dated<QList<BusinessError>>> &v) { errors = v.value; });
    cache.loadConnectedApps(
        instanceA, this, [&](const CacheValue<Dated<QList<CachedApp>>> &v) { appList = v.value; });
    QTRY_VERIFY(flows && errors && appList);
    QCOMPARE(stored, 5);
    QCOMPARE(flows->value, dataFlows());
    QCOMPARE(errors->value, businessErrors(2));
    QCOMPARE(appList->value.size(), 1);
    QCOMPARE(appList->value.first().settings,
             std::optional(AppMonitoringSettings{FlowType::Source, false}));
    QCOMPARE(writeFailed.size(), 0);

    // A failed write is told, as for the connections.
    cache.storeAppMonitoringSettings(instanceA, u"nobody"_s, AppMonitoringSettings{}, asOf);
    QVERIFY(writeFailed.wait());
}

QTEST_GUILESS_MAIN(TestMonitoringCache)
#include "tst_monitoringcache.moc"
