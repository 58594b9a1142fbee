// The list of PIMs: add, rename, switch, remove, remembered across starts; removal cleans the
// cache and the keychain.
#include "store/ConnectionCache.h"
#include "FakeSecretBackend.h"
#include "store/InstanceRegistry.h"
#include "store/SecretStore.h"
#include "StoreTestData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StoreTestData;

class TestInstanceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsEmpty();
    void addRenameSwitchRemembered();
    void firstAddedBecomesCurrent();
    void refusesBadInput_data();
    void refusesBadInput();
    void renameRules();
    void removeMovesCurrent();
    void unreadableEntriesSkipped();
    void plainHttpEntryFromBeforeIsKept();
    void findComparesNormalisedAddresses();
    void findOrAddAddsOnceWithAFreeName();
    void findOrAddRefusesWhatPimAddressRefuses();
    void neverAPasswordInTheSettings();
    void removalCleansCacheAndKeychain();
    void removalReportsAKeychainFailure();

private:
    std::unique_ptr<InstanceRegistry> makeRegistry() const;
    QString m_settingsFile;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInstanceRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(u"settings.ini"_s);
}

std::unique_ptr<InstanceRegistry> TestInstanceRegistry::makeRegistry() const
{
    return std::make_unique<InstanceRegistry>(
        std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat));
}

void TestInstanceRegistry::startsEmpty()
{
    auto registry = makeRegistry();
    QVERIFY(registry->instances().isEmpty());
    QVERIFY(registry->currentId().isEmpty());
    QVERIFY(!registry->current());
}

void TestInstanceRegistry::addRenameSwitchRemembered()
{
    QString prod, staging;
    {
        auto registry = makeRegistry();
        QSignalSpy added(registry.get(), &InstanceRegistry::instanceAdded);
        QSignalSpy renamed(registry.get(), &InstanceRegistry::instanceRenamed);
        QSignalSpy current(registry.get(), &InstanceRegistry::currentChanged);
        QString error;
        prod =
            registry->add(u"Production"_s, QUrl(u"https://pim.example.com/"_s), u"julia"_s, &error);
        QVERIFY2(!prod.isEmpty(), qPrintable(error));
        staging =
            registry->add(u"Staging"_s, QUrl(u"https://staging.example.com"_s), u"julia"_s, &error);
        QVERIFY2(!staging.isEmpty(), qPrintable(error));
        QVERIFY(prod != staging);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added[1][0].value<PimInstance>().name, u"Staging"_s);

        QVERIFY(registry->rename(staging, u"  Pre-production "_s));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(registry->instance(staging)->name, u"Pre-production"_s);

        QVERIFY(registry->setCurrent(staging));
        QCOMPARE(current.size(), 2); // the first add, then the switch
        QCOMPARE(current.last()[0].toString(), staging);
        QVERIFY(registry->setCurrent(staging)); // already current: no signal
        QCOMPARE(current.size(), 2);
        QVERIFY(!registry->setCurrent(u"unknown"_s));
    }

    auto again = makeRegistry(); // the next start
    QCOMPARE(again->instances().size(), 2);
    const PimInstance first = again->instances()[0];
    QCOMPARE(first.id, prod);
    QCOMPARE(first.name, u"Production"_s);
    QCOMPARE(first.baseUrl, QUrl(u"https://pim.example.com"_s));
    QCOMPARE(first.username, u"julia"_s);
    QCOMPARE(again->instances()[1].name, u"Pre-production"_s);
    QCOMPARE(again->currentId(), staging);
    QCOMPARE(again->current()->id, staging);
}

void TestInstanceRegistry::firstAddedBecomesCurrent()
{
    auto registry = makeRegistry();
    QSignalSpy current(registry.get(), &InstanceRegistry::currentChanged);
    const QString id = registry->add(u"Prod"_s, QUrl(u"https://pim.example.com"_s), u"julia"_s);
    QCOMPARE(registry->currentId(), id);
    QCOMPARE(current.size(), 1);
    registry->add(u"Other"_s, QUrl(u"https://other.example.com"_s), u"julia"_s);
    QCOMPARE(registry->currentId(), id);
    QCOMPARE(current.size(), 1);
}

void TestInstanceRegistry::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << u"  "_s << u"https://new.example.com"_s << u"julia"_s << u"name"_s;
    QTest::newRow("name taken, any case")
        << u"PRODUCTION"_s << u"https://new.example.com"_s << u"julia"_s << u"already called"_s;
    QTest::newRow("plain http elsewhere")
        << u"New"_s << u"http://new.example.com"_s << u"julia"_s << u"https://"_s;
    QTest::newRow("not http") << u"New"_s << u"ftp://new.example.com"_s << u"julia"_s
                              << u"https://"_s;
    QTest::newRow("user info") << u"New"_s << u"https://julia:pw@new.example.com"_s << u"julia"_s
                               << u"@"_s;
    QTest::newRow("query") << u"New"_s << u"https://new.example.com/?a=b"_s << u"julia"_s << u"?"_s;
    // QUrl itself refuses this one: PimAddress can only say that it is not valid.
    QTest::newRow("bad port") << u"New"_s << u"https://new.example.com:99999"_s << u"julia"_s
                              << u"not a valid address"_s;
    QTest::newRow("empty address") << u"New"_s << QString() << u"julia"_s << u"https://"_s;
    QTest::newRow("no user") << u"New"_s << u"https://new.example.com"_s << u" "_s << u"username"_s;
    QTest::newRow("same PIM, same user")
        << u"New"_s << u"HTTPS://PIM.example.com/"_s << u"julia"_s << u"Production"_s;
    QTest::newRow("same PIM by its login page")
        << u"New"_s << u"pim.example.com:443/user/login"_s << u"julia"_s << u"Production"_s;
}

void TestInstanceRegistry::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, username);
    QFETCH(QString, mentions);
    auto registry = makeRegistry();
    QVERIFY(
        !registry->add(u"Production"_s, QUrl(u"https://pim.example.com"_s), u"julia"_s).isEmpty());
    QSignalSpy added(registry.get(), &InstanceRegistry::instanceAdded);
    QString error;
    QVERIFY(registry->add(name, QUrl(url), username, &error).isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(added.size(), 0);
    QCOMPARE(registry->instances().size(), 1);
}

void TestInstanceRegistry::renameRules()
{
    auto registry = makeRegistry();
    const QString a = registry->add(u"A PIM"_s, QUrl(u"https://a.example.com"_s), u"julia"_s);
    registry->add(u"B PIM"_s, QUrl(u"https://b.example.com"_s), u"julia"_s);
    QString error;
    QVERIFY(!registry->rename(a, u"b pim"_s, &error));
    QVERIFY(error.contains(u"already called"_s));
    QVERIFY(!registry->rename(a, QString(), &error));
    QVERIFY(!registry->rename(u"gone"_s, u"X"_s, &error));
    QVERIFY(registry->rename(a, u"a pim"_s)); // its own name, in another case
    QCOMPARE(registry->instance(a)->name, u"a pim"_s);
}

void TestInstanceRegistry::removeMovesCurrent()
{
    auto registry = makeRegistry();
    const QString a = registry->add(u"A PIM"_s, QUrl(u"https://a.example.com"_s), u"julia"_s);
    const QString b = registry->add(u"B PIM"_s, QUrl(u"https://b.example.com"_s), u"julia"_s);
    QVERIFY(registry->setCurrent(b));
    QSignalSpy removed(registry.get(), &InstanceRegistry::instanceRemoved);
    QSignalSpy current(registry.get(), &InstanceRegistry::currentChanged);

    QVERIFY(registry->remove(b));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][0].value<PimInstance>().id, b);
    QCOMPARE(registry->currentId(), a);
    QCOMPARE(current.last()[0].toString(), a);
    QVERIFY(!registry->remove(b));

    QVERIFY(registry->remove(a));
    QVERIFY(registry->currentId().isEmpty());
    QCOMPARE(current.last()[0].toString(), QString());

    auto again = makeRegistry();
    QVERIFY(again->instances().isEmpty());
    QVERIFY(again->currentId().isEmpty());
}

void TestInstanceRegistry::unreadableEntriesSkipped()
{
    {
        QSettings raw(m_settingsFile, QSettings::IniFormat);
        raw.beginWriteArray(u"instances"_s, 3);
        raw.setArrayIndex(0);
        raw.setValue(u"id"_s, u"1"_s);
        raw.setValue(u"name"_s, u"Good"_s);
        raw.setValue(u"url"_s, u"https://good.example.com"_s);
        raw.setValue(u"username"_s, u"julia"_s);
        raw.setArrayIndex(1);
        raw.setValue(u"id"_s, u"2"_s);
        raw.setValue(u"name"_s, u"Bad address"_s);
        raw.setValue(u"url"_s, u"::::"_s);
        raw.setArrayIndex(2);
        raw.setValue(u"name"_s, u"No id"_s);
        raw.setValue(u"url"_s, u"https://noid.example.com"_s);
        raw.endArray();
        raw.setValue(u"lastUsedInstance"_s, u"2"_s);
    }
    auto registry = makeRegistry();
    QCOMPARE(registry->instances().size(), 1);
    QCOMPARE(registry->instances()[0].name, u"Good"_s);
    QCOMPARE(registry->currentId(), u"1"_s); // the remembered one is gone: the first one
}

void TestInstanceRegistry::plainHttpEntryFromBeforeIsKept()
{
    // The app once accepted plain http to another machine: such a PIM stays listed (normalised),
    // so that the user sees it and can remove it; the session refuses to use it.
    {
        QSettings raw(m_settingsFile, QSettings::IniFormat);
        raw.beginWriteArray(u"instances"_s, 1);
        raw.setArrayIndex(0);
        raw.setValue(u"id"_s, u"1"_s);
        raw.setValue(u"name"_s, u"Intranet"_s);
        raw.setValue(u"url"_s, u"http://PIM.intranet.example/"_s);
        raw.setValue(u"username"_s, u"julia"_s);
        raw.endArray();
    }
    auto registry = makeRegistry();
    QCOMPARE(registry->instances().size(), 1);
    QCOMPARE(registry->instances()[0].baseUrl, QUrl(u"http://pim.intranet.example"_s));
    // One PIM however its address is written.
    const auto found = registry->find(QUrl(u"http://pim.intranet.example/user/login"_s));
    QVERIFY(found);
    QCOMPARE(found->id, u"1"_s);
    QCOMPARE(registry->findOrAdd(QUrl(u"http://pim.intranet.example:80"_s), u"julia"_s)->id,
             u"1"_s);
    // But no new one is added with plain http.
    QString error;
    QVERIFY(!registry->findOrAdd(QUrl(u"http://pim.intranet.example"_s), u"marc"_s, &error));
    QVERIFY2(error.contains(u"https://"_s), qPrintable(error));
    QCOMPARE(registry->instances().size(), 1);
}

void TestInstanceRegistry::findComparesNormalisedAddresses()
{
    auto registry = makeRegistry();
    const QString julia =
        registry->add(u"Production"_s, QUrl(u"https://pim.example.com"_s), u"julia"_s);
    const QString marc =
        registry->add(u"Production (marc)"_s, QUrl(u"https://pim.example.com/"_s), u"marc"_s);
    const QString local =
        registry->add(u"Local"_s, QUrl(u"http://127.0.0.1:8080/pim/"_s), u"admin"_s);
    QVERIFY(!julia.isEmpty() && !marc.isEmpty() && !local.isEmpty());

    for (const QString &written :
         {u"https://pim.example.com"_s, u"pim.example.com"_s, u"HTTPS://PIM.EXAMPLE.COM:443/"_s,
          u"https://pim.example.com/user/login"_s, u"https://pim.example.com/user/login-check"_s}) {
        const auto found = registry->find(QUrl(written), u"marc"_s);
        QVERIFY2(found, qPrintable(written));
        QCOMPARE(found->id, marc);
    }
    QCOMPARE(registry->find(QUrl(u"http://127.0.0.1:8080/pim/user/login"_s))->id, local);
    QCOMPARE(registry->find(QUrl(u"http://127.0.0.1:8080/pim"_s), u" admin "_s)->id, local);
    // Another address, prefix, port or user: not the same.
    QVERIFY(!registry->find(QUrl(u"https://pim.example.com/pim"_s)));
    QVERIFY(!registry->find(QUrl(u"https://pim.example.com:8443"_s)));
    QVERIFY(!registry->find(QUrl(u"https://127.0.0.1:8080/pim"_s)));
    QVERIFY(!registry->find(QUrl(u"https://pim.example.com"_s), u"zoe"_s));
    QVERIFY(!registry->find(QUrl(u"ftp://pim.example.com"_s)));
    // Without a user: the current one first, else the first listed.
    QCOMPARE(registry->find(QUrl(u"https://pim.example.com"_s))->id, julia);
    QVERIFY(registry->setCurrent(marc));
    QCOMPARE(registry->find(QUrl(u"https://pim.example.com"_s))->id, marc);
    QVERIFY(registry->setCurrent(local));
    QCOMPARE(registry->find(QUrl(u"https://pim.example.com"_s))->id, julia);
}

void TestInstanceRegistry::findOrAddAddsOnceWithAFreeName()
{
    auto registry = makeRegistry();
    QSignalSpy added(registry.get(), &InstanceRegistry::instanceAdded);
    bool wasAdded = false;
    QString error;
    const auto first = registry->findOrAdd(QUrl(u"https://pim.example.com/user/login"_s),
                                           u"julia"_s, &error, &wasAdded);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(wasAdded);
    QCOMPARE(first->name, u"pim.example.com"_s);
    QCOMPARE(first->baseUrl, QUrl(u"https://pim.example.com"_s));
    QCOMPARE(registry->currentId(), first->id);

    // Found again, however written: not added twice.
    const auto again =
        registry->findOrAdd(QUrl(u"pim.example.com/"_s), u"julia"_s, &error, &wasAdded);
    QVERIFY(again);
    QVERIFY(!wasAdded);
    QCOMPARE(again->id, first->id);

    // Another user of the same PIM: a new entry, its name made free.
    const auto marc =
        registry->findOrAdd(QUrl(u"https://pim.example.com"_s), u"marc"_s, &error, &wasAdded);
    QVERIFY(marc);
    QVERIFY(wasAdded);
    QCOMPARE(marc->name, u"pim.example.com (2)"_s);
    const auto zoe = registry->findOrAdd(QUrl(u"https://pim.example.com"_s), u"zoe"_s);
    QCOMPARE(zoe->name, u"pim.example.com (3)"_s);
    // The port belongs to the name.
    const auto local = registry->findOrAdd(QUrl(u"http://127.0.0.1:35545"_s), u"admin"_s);
    QVERIFY(local);
    QCOMPARE(local->name, u"127.0.0.1:35545"_s);
    QCOMPARE(local->baseUrl, QUrl(u"http://127.0.0.1:35545"_s));
    QCOMPARE(added.size(), 4);
    QCOMPARE(registry->instances().size(), 4);
}

void TestInstanceRegistry::findOrAddRefusesWhatPimAddressRefuses()
{
    auto registry = makeRegistry();
    for (const QString &refused :
         {u"http://pim.example.com"_s, u"http://127.0.0.1:99999"_s, u"ftp://pim.example.com"_s,
          u"https://pim.example.com/#/x"_s, QString()}) {
        QString error;
        bool wasAdded = true;
        QVERIFY2(!registry->findOrAdd(QUrl(refused), u"julia"_s, &error, &wasAdded),
                 qPrintable(refused));
        QVERIFY(!wasAdded);
        QVERIFY2(!error.isEmpty(), qPrintable(refused));
    }
    QString error;
    QVERIFY(!registry->findOrAdd(QUrl(u"https://pim.example.com"_s), u"  "_s, &error));
    QVERIFY2(error.contains(u"username"_s), qPrintable(error));
    QVERIFY(registry->instances().isEmpty());
}

void TestInstanceRegistry::neverAPasswordInTheSettings()
{
    const QString password = u"Pw-"_s + randomSecret();
    {
        auto registry = makeRegistry();
        // An address with a password inside is refused, not cleaned: nothing of it is kept.
        QUrl url(u"https://pim.example.com/?token=abc#x"_s);
        url.setUserName(u"julia"_s);
        url.setPassword(password);
        QString error;
        QVERIFY(registry->add(u"Prod"_s, url, u"julia"_s, &error).isEmpty());
        QVERIFY(!error.contains(password));
        QVERIFY(!registry->findOrAdd(url, u"julia"_s, &error));
        QVERIFY(!error.contains(password));
        QVERIFY(registry->instances().isEmpty());
        const QString id =
            registry->add(u"Prod"_s, QUrl(u"https://pim.example.com/"_s), u"julia"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(registry->instance(id)->baseUrl, QUrl(u"https://pim.example.com"_s));
    }
    QFile file(m_settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pim.example.com"));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains("token=abc"));
}

namespace {

struct Stores
{
    explicit Stores(const QString &cachePath)
        : cache(cachePath)
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        fake = backend.get();
        secrets = std::make_unique<SecretStore>(std::move(backend));
    }
    ConnectionCache cache;
    FakeSecretBackend *fake = nullptr;
    std::unique_ptr<SecretStore> secrets;

    CacheSnapshot load(const QString &id)
    {
        CacheSnapshot result;
        bool done = false;
        QObject context;
        cache.loadSnapshot(id, &context, [&](const CacheValue<CacheSnapshot> &r) {
            result = r.value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            result.syncedAt = QDateTime::fromSecsSinceEpoch(0); // not empty: fails the checks
        return result;
    }
    bool sync(const QString &id, const QStringList &codes)
    {
        CacheSnapshot s;
        for (const QString &code : codes) {
            Connection c;
            c.code = code;
            c.label = code;
            s.connections.append(CachedConnection::fromListItem(c));
        }
        bool done = false;
        bool ok = false;
        QObject context;
        cache.replaceSnapshot(id, s, &context, [&](const CacheStatus &status) {
            ok = status.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }
};

} // namespace

void TestInstanceRegistry::removalCleansCacheAndKeychain()
{
    Stores stores(m_dir->filePath(u"cache.sqlite"_s));
    auto registry = makeRegistry();
    registry->setStores(&stores.cache, stores.secrets.get());
    const QUrl pim1(u"https://pim1.example.com"_s);
    const QUrl pim2(u"https://pim2.example.com"_s);
    const QString a = registry->add(u"A"_s, pim1, u"julia"_s);
    const QString b = registry->add(u"B"_s, pim2, u"julia"_s);
    const QString c = registry->add(u"C"_s, pim1, u"marc"_s); // the same PIM as A

    QVERIFY(stores.sync(a, {u"erp"_s, u"shop"_s}));
    QVERIFY(stores.sync(b, {u"erp"_s}));
    QVERIFY(stores.sync(c, {u"erp"_s, u"shop"_s}));
    auto &entries = stores.fake->entries;
    entries.insert(SecretKey::adminPassword(pim1, u"julia"_s).toString(), u"x"_s);
    entries.insert(SecretKey::adminPassword(pim1, u"marc"_s).toString(), u"x"_s);
    entries.insert(SecretKey::adminPassword(pim2, u"julia"_s).toString(), u"x"_s);
    for (const QString &code : {u"erp"_s, u"shop"_s}) {
        entries.insert(SecretKey::connectionSecret(pim1, code).toString(), u"x"_s);
        entries.insert(SecretKey::connectionPassword(pim1, code).toString(), u"x"_s);
    }
    entries.insert(SecretKey::connectionSecret(pim2, u"erp"_s).toString(), u"x"_s);
    const QStringList pim2Keys{SecretKey::adminPassword(pim2, u"julia"_s).toString(),
                               SecretKey::connectionSecret(pim2, u"erp"_s).toString()};

    QSignalSpy cleaned(registry.get(), &InstanceRegistry::instanceCleanedUp);
    // A goes: its snapshot and julia's password; the connections' entries stay for C.
    QVERIFY(registry->remove(a));
    QVERIFY(cleaned.wait());
    QCOMPARE(cleaned[0][0].toString(), a);
    QVERIFY2(cleaned[0][1].toBool(), qPrintable(cleaned[0][2].toString()));
    QVERIFY(stores.load(a).isEmpty());
    QVERIFY(!entries.contains(SecretKey::adminPassword(pim1, u"julia"_s).toString()));
    QVERIFY(entries.contains(SecretKey::adminPassword(pim1, u"marc"_s).toString()));
    QVERIFY(entries.contains(SecretKey::connectionSecret(pim1, u"erp"_s).toString()));
    QCOMPARE(stores.load(c).codes(), (QStringList{u"erp"_s, u"shop"_s}));

    // C, the last one on pim1, goes: everything of pim1 goes.
    QVERIFY(registry->remove(c));
    QVERIFY(cleaned.wait());
    QVERIFY(cleaned[1][1].toBool());
    QVERIFY(stores.load(c).isEmpty());
    QStringList left = entries.keys();
    left.sort();
    QStringList expected = pim2Keys;
    expected.sort();
    QCOMPARE(left, expected);
    QCOMPARE(stores.load(b).codes(), QStringList{u"erp"_s}); // B untouched
    QCOMPARE(registry->instances().size(), 1);
}

void TestInstanceRegistry::removalReportsAKeychainFailure()
{
    Stores stores(m_dir->filePath(u"cache.sqlite"_s));
    auto registry = makeRegistry();
    registry->setStores(&stores.cache, stores.secrets.get());
    const QString a = registry->add(u"A"_s, QUrl(u"https://pim1.example.com"_s), u"julia"_s);
    QVERIFY(stores.sync(a, {u"erp"_s}));
    stores.fake->mode = FakeSecretBackend::Mode::Denied;

    QSignalSpy cleaned(registry.get(), &InstanceRegistry::instanceCleanedUp);
    QVERIFY(registry->remove(a));
    QVERIFY(cleaned.wait());
    QVERIFY(!cleaned[0][1].toBool());
    QVERIFY(cleaned[0][2].toString().contains(u"keychain"_s));
    QVERIFY(stores.load(a).isEmpty()); // the cache is cleaned all the same
    QVERIFY(registry->instances().isEmpty());
}

QTEST_GUILESS_MAIN(TestInstanceRegistry)
#include "tst_instanceregistry.moc"
