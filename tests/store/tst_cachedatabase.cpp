// The SQLite cache, synchronous core: what it keeps, per PIM instance, and what each partial
// update changes; never a secret in the file.
#include "CacheTestFiles.h"
#include "store/CacheSchema.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;
using namespace CacheTest;

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
    void thumbnailsAreReadInsteadOfTheLogos();
    void storeDetailsUpdatesInPlaceOrAppends();
    void partialUpdates();
    void removeConnectionAndInstance();
    void secretsNeverReachTheFile();

private:
    CacheFile m_file;
    QString m_path;
};

void TestCacheDatabase::init()
{
    m_file = CacheFile();
    QVERIFY(m_file.isValid());
    m_path = m_file.path();
}

void TestCacheDatabase::createsAFreshFile()
{
    CacheOpenResult result;
    auto db = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Created);
    QVERIFY(result.message.isEmpty());
    QVERIFY(db->isOpen());
    QVERIFY(QFile::exists(m_path));
    db.reset();

    RawDb raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), CacheSchema::CurrentVersion);
    QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), CacheSchema::ApplicationId);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    auto again = m_file.open(&result);
    QCOMPARE(result.status, CacheOpenResult::Status::Opened);
    QCOMPARE(result.previousVersion, CacheSchema::CurrentVersion);
}

void TestCacheDatabase::roundTrip()
{
    auto db = m_file.open();
    const CacheSnapshot snapshot = fullSnapshot();
    const CacheStatus status = db->replaceSnapshot(instanceA, snapshot);
    QVERIFY2(status.ok(), qPrintable(status.error));

    db.reset(); // read back from the file, not from anything kept in memory
    db = m_file.open();
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
    auto db = m_file.open();
    const auto loaded = db->loadSnapshot(u"never-seen"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value.isEmpty());
    QVERIFY(!loaded.value.syncedAt.isValid());
}

void TestCacheDatabase::instancesAreSeparate()
{
    auto db = m_file.open();
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
    auto db = m_file.open();
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
    auto db = m_file.open();
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
    auto db = m_file.open();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());

    CacheSnapshot next = fullSnapshot();
    next.logos.clear();
    next.connections[0].connection.image = u"9/9/9/9/new_erp.png"_s; // a new logo was uploaded
    QVERIFY(db->replaceSnapshot(instanceA, next).ok());

    const CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.logos.keys(), QList<QString>{u"e/f/0/1/9a8b_shop.svg"_s});
    QVERIFY(db->loadLogo(instanceA, u"a/b/c/d/1f2e_erp.png"_s).value.isEmpty());
}

void TestCacheDatabase::thumbnailsAreReadInsteadOfTheLogos()
{
    auto db = m_file.open();
    const CacheSnapshot full = fullSnapshot();
    QVERIFY(db->replaceSnapshot(instanceA, full).ok());
    const QString erp = u"a/b/c/d/1f2e_erp.png"_s;
    const QByteArray thumbnail("\x89PNG thumbnail", 14);
    QVERIFY(db->storeLogoThumbnail(instanceA, erp, thumbnail).ok());
    QVERIFY(!db->storeLogoThumbnail(instanceA, erp, QByteArray()).ok());
    // Kept only beside a logo the cache keeps.
    QVERIFY(db->storeLogoThumbnail(instanceA, u"x/unknown.png"_s, thumbnail).ok());
    QVERIFY(!db->loadSnapshot(instanceA).value.logoThumbnails.contains(u"x/unknown.png"_s));

    // At start: the thumbnail alone for that logo; the full bytes stay for a connection's page.
    CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QVERIFY(!s.logos.contains(erp));
    QCOMPARE(s.logoThumbnails.value(erp), thumbnail);
    QCOMPARE(s.logos.value(u"e/f/0/1/9a8b_shop.svg"_s),
             full.logos.value(u"e/f/0/1/9a8b_shop.svg"_s));
    QCOMPARE(db->loadLogo(instanceA, erp).value, full.logos.value(erp));

    // Storing the same logo again (a download) keeps its thumbnail.
    QVERIFY(db->storeLogo(instanceA, erp, full.logos.value(erp)).ok());
    QVERIFY(db->replaceSnapshot(instanceA, full).ok());
    s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.logoThumbnails.value(erp), thumbnail);

    // A logo no connection uses any more goes with its thumbnail.
    CacheSnapshot next = full;
    next.logos.clear();
    next.connections[0].connection.image = u"9/9/9/9/new_erp.png"_s;
    QVERIFY(db->replaceSnapshot(instanceA, next).ok());
    QVERIFY(db->loadSnapshot(instanceA).value.logoThumbnails.isEmpty());
}

void TestCacheDatabase::storeDetailsUpdatesInPlaceOrAppends()
{
    auto db = m_file.open();
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
    auto db = m_file.open();
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
    auto db = m_file.open();
    QVERIFY(db->replaceSnapshot(instanceA, fullSnapshot()).ok());
    QVERIFY(db->replaceSnapshot(instanceB, fullSnapshot()).ok());
    for (const QString &logo : {u"a/b/c/d/1f2e_erp.png"_s, u"e/f/0/1/9a8b_shop.svg"_s})
        QVERIFY(db->storeLogoThumbnail(instanceA, logo, QByteArray("\x89PNG thumbnail", 14)).ok());

    QVERIFY(db->removeConnection(instanceA, u"erp"_s).ok());
    CacheSnapshot s = db->loadSnapshot(instanceA).value;
    QCOMPARE(s.codes(), (QStringList{u"shop"_s, u"misc_app"_s}));
    QVERIFY(!s.wrongCredentials.contains(u"erp"_s));
    QVERIFY(!s.logos.contains(u"a/b/c/d/1f2e_erp.png"_s));
    QCOMPARE(s.logoThumbnails.keys(), QList<QString>{u"e/f/0/1/9a8b_shop.svg"_s});

    QVERIFY(db->removeInstance(instanceA).ok());
    QVERIFY(db->loadSnapshot(instanceA).value.isEmpty());
    QCOMPARE(db->instanceIds().value, QStringList{instanceB});
    QCOMPARE(db->loadSnapshot(instanceB).value, fullSnapshot()); // the other PIM untouched

    RawDb raw(m_path);
    for (const char *table : {"connections", "wrong_credentials", "user_roles", "user_groups",
                              "logos", "logo_thumbnails", "instances"}) {
        QCOMPARE(raw.value(u"SELECT count(*) FROM %1 WHERE instance_id = '%2'"_s.arg(
                               QLatin1String(table), instanceA))
                     .toInt(),
                 0);
    }
}

void TestCacheDatabase::secretsNeverReachTheFile()
{
    const QString secret = randomSecret();
    const QString password = u"Pw"_s + randomSecret().left(20);
    const ConnectionDetails input =
        details(u"erp"_s, FlowType::Source, u"a/erp.png"_s, secret, password);

    auto db = m_file.open();
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
