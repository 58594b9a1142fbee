// A cache written by the previous schema (version 2, frozen in SchemaV2.h) opened by this
// version: brought up to date in place with every old row intact, the same schema as a new
// file, and the new parts working on it.
#include "MonitoringTestData.h"
#include "RawDb.h"
#include "SchemaV2.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

namespace {

const QString instanceA = u"6f1c2a7e-0000-4000-8000-00000000000a"_s;
const QString instanceB = u"6f1c2a7e-0000-4000-8000-00000000000b"_s;

// Tables, indexes and their SQL (spacing aside), for comparing two files' schemas.
QStringList schemaOf(const QString &path)
{
    RawDb raw(path);
    QStringList schema = raw.column(u"SELECT type || ' ' || name || ': ' || sql FROM "
                                    "sqlite_master ORDER BY name"_s);
    for (QString &entry : schema)
        entry.remove(QLatin1Char(' '));
    return schema;
}

} // namespace

class TestCacheMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void upgradesVersion2WithItsDataIntact();
    void aMigratedFileHasTheSchemaOfANewOne();
    void aVersion2FileThatCannotBeUpgradedIsSetAside();
    void version5ThumbnailsMoveToTheirOwnTable();

private:
    bool writeVersion2(const QStringList &extraStatements = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCacheMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"cache.sqlite"_s);
}

bool TestCacheMigration::writeVersion2(const QStringList &extraStatements)
{
    RawDb v2(m_path);
    if (!v2.isOpen() || !v2.exec(u"PRAGMA journal_mode=WAL"_s) || !v2.exec(u"BEGIN"_s))
        return false;
    for (const QString &sql : SchemaV2::tables() + extraStatements) {
        if (!v2.exec(sql))
            return false;
    }
    CacheSnapshot other;
    other.connections = {CachedConnection::fromListItem(fullSnapshot().connections[2].connection)};
    other.syncedAt = utc("2025-01-01T00:00:00Z");
    return SchemaV2::write(v2, instanceA, fullSnapshot()) &&
           SchemaV2::write(v2, instanceB, other) && v2.exec(u"COMMIT"_s);
}

void TestCacheMigration::upgradesVersion2WithItsDataIntact()
{
    QVERIFY(writeVersion2());
    {
        RawDb raw(m_path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    }

    CacheDatabase db(m_path);
    db.setClock([] { return utc("2026-11-24T15:30:00Z"); });
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Migrated);
    QCOMPARE(result.previousVersion, 2);
    QVERIFY(result.setAsidePath.isEmpty());
    QVERIFY(!QFileInfo::exists(m_path + u".unmigratable-20261124T153000"_s));

    // Every old row, as version 2 wrote it: connections with and without details, marks with
    // and without uses, limit, roles, groups, logos, sync time; and the other PIM.
    QCOMPARE(db.loadSnapshot(instanceA).value, fullSnapshot());
    QCOMPARE(db.loadSnapshot(instanceB).value.codes(), QStringList{u"misc_app"_s});
    QCOMPARE(db.loadSnapshot(instanceB).value.syncedAt, utc("2025-01-01T00:00:00Z"));
    QCOMPARE(db.instanceIds().value, (QStringList{instanceA, instanceB}));

    // The new parts start empty ("never fetched"), then work on the migrated file.
    QVERIFY(!db.loadDataFlows(instanceA).value.isKnown());
    QVERIFY(!db.loadConnectedApps(instanceA).value.isKnown());
    QVERIFY(!db.loadBusinessErrors(instanceA, u"erp"_s).value.isKnown());
    const QDateTime asOf = utc("2026-11-24T15:00:00Z");
    QVERIFY(db.storeDataFlows(instanceA, MonitoringTestData::dataFlows(), asOf).ok());
    QVERIFY(db.storeConnectedApps(instanceA, MonitoringTestData::apps(), asOf).ok());
    QVERIFY(db.storeBusinessErrors(instanceA, u"erp"_s, MonitoringTestData::businessErrors(3), asOf)
                .ok());
    QCOMPARE(db.loadDataFlows(instanceA).value.value, MonitoringTestData::dataFlows());
    QCOMPARE(db.loadBusinessErrors(instanceA, u"erp"_s).value.value.size(), 3);
    QCOMPARE(db.loadConnectedApps(instanceA).value.value.size(), 2);
    const QString appLogo = u"http://www.example.com/logo/a"_s; // an App's, in apps()
    QVERIFY(db.storeAppLogo(instanceA, appLogo, "logo bytes").ok());
    QCOMPARE(db.loadAppLogo(instanceA, appLogo).value, QByteArray("logo bytes"));
    // ...and leave the old ones alone.
    QCOMPARE(db.loadSnapshot(instanceA).value, fullSnapshot());

    db.close();
    RawDb raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), CacheSchema::CurrentVersion);
    QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), CacheSchema::ApplicationId);

    // Opened again: nothing left to migrate.
    CacheDatabase again(m_path);
    const CacheOpenResult second = again.open();
    QCOMPARE(second.status, CacheOpenResult::Status::Opened);
    QCOMPARE(again.loadSnapshot(instanceA).value, fullSnapshot());
}

void TestCacheMigration::aMigratedFileHasTheSchemaOfANewOne()
{
    QVERIFY(writeVersion2());
    {
        CacheDatabase migrated(m_path);
        QCOMPARE(migrated.open().status, CacheOpenResult::Status::Migrated);
    }
    const QString freshPath = m_dir->filePath(u"fresh.sqlite"_s);
    {
        CacheDatabase fresh(freshPath);
        QCOMPARE(fresh.open().status, CacheOpenResult::Status::Created);
    }
    const QStringList migrated = schemaOf(m_path);
    QVERIFY(migrated.size() > 10);
    QCOMPARE(migrated, schemaOf(freshPath));
}

void TestCacheMigration::aVersion2FileThatCannotBeUpgradedIsSetAside()
{
    // Marked as version 2, but already holding a table that version 3 creates.
    QVERIFY(writeVersion2({u"CREATE TABLE connected_apps (code TEXT)"_s}));
    CacheDatabase db(m_path);
    db.setClock([] { return utc("2026-11-24T15:30:00Z"); });
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Reset);
    QCOMPARE(result.setAsidePath, m_path + u".unmigratable-20261124T153000"_s);
    QVERIFY(QFileInfo::exists(result.setAsidePath));
    // The failed upgrade was rolled back: the set-aside file is still a whole version 2 file.
    {
        RawDb aside(result.setAsidePath);
        QCOMPARE(aside.value(u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(aside.value(u"SELECT count(*) FROM connections"_s).toInt(), 4);
    }
    QVERIFY(db.loadSnapshot(instanceA).value.isEmpty());
}

void TestCacheMigration::version5ThumbnailsMoveToTheirOwnTable()
{
    // A version 5 file: the thumbnails in the logos' rows, after their bytes (made here from a
    // new file: version 6 is version 5 with the thumbnails moved to logo_thumbnails, version 7
    // adds app_logos).
    const QString erp = u"a/b/c/d/1f2e_erp.png"_s;
    const QByteArray thumbnail("\x89PNG thumbnail", 14);
    {
        CacheDatabase db(m_path);
        QCOMPARE(db.open().status, CacheOpenResult::Status::Created);
        QVERIFY(db.replaceSnapshot(instanceA, fullSnapshot()).ok());
        QVERIFY(db.storeLogoThumbnail(instanceA, erp, thumbnail).ok());
    }
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(u"UPDATE logos SET thumbnail = (SELECT png FROM logo_thumbnails t "
                         "WHERE t.instance_id = logos.instance_id "
                         "AND t.image_path = logos.image_path)"_s));
        QVERIFY(raw.exec(u"DROP TABLE logo_thumbnails"_s));
        QVERIFY(raw.exec(u"DROP TABLE app_logos"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 5"_s));
        QCOMPARE(raw.value(u"SELECT count(*) FROM logos WHERE thumbnail IS NOT NULL"_s).toInt(), 1);
    }

    CacheDatabase db(m_path);
    const CacheOpenResult result = db.open();
    QCOMPARE(result.status, CacheOpenResult::Status::Migrated);
    QCOMPARE(result.previousVersion, 5);
    // The thumbnail is read at start in place of its logo, as before; the logo is still there.
    const CacheSnapshot loaded = db.loadSnapshot(instanceA).value;
    QCOMPARE(loaded.logoThumbnails.value(erp), thumbnail);
    QVERIFY(!loaded.logos.contains(erp));
    QCOMPARE(db.loadLogo(instanceA, erp).value, fullSnapshot().logos.value(erp));
    db.close();
    RawDb raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM logos WHERE thumbnail IS NOT NULL"_s).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT count(*) FROM logo_thumbnails"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCacheMigration)
#include "tst_cachemigration.moc"
