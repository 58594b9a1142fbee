// No secret on disk: a whole session (add a PIM, sign in, create a connection, regenerate its
// secret and password, sync) leaves no secret or password in the cache file, its -wal, or the
// settings file. The keychain is the fake one: it stands for the only place they may go.
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

class TestStoreHygiene : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInAnyFile();
};

namespace {

QByteArray bytesOf(const QStringList &paths)
{
    QByteArray all;
    for (const QString &path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

void TestStoreHygiene::noSecretInAnyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cachePath = dir.filePath(u"cache.sqlite"_s);
    const QString settingsPath = dir.filePath(u"settings.ini"_s);
    const QString adminPassword = u"Admin-"_s + randomSecret();
    const QString secret = randomSecret();
    const QString password = u"Pw-"_s + randomSecret().left(12);
    const QString newSecret = randomSecret();
    const QString newPassword = u"Pw-"_s + randomSecret().left(12);
    const QList<QString> secrets{adminPassword, secret, password, newSecret, newPassword};

    auto checkFiles = [&](const char *when) {
        const QByteArray cacheBytes =
            bytesOf({cachePath, cachePath + u"-wal"_s, cachePath + u"-shm"_s});
        const QByteArray settingsBytes = bytesOf({settingsPath});
        QVERIFY2(cacheBytes.contains("erp_0427"), when); // the files hold what was stored...
        QVERIFY2(settingsBytes.contains("pim.example.com"), when);
        for (const QString &s : secrets) { // ...and none of the secrets
            QVERIFY2(!cacheBytes.contains(s.toUtf8()), when);
            QVERIFY2(!settingsBytes.contains(s.toUtf8()), when);
        }
    };

    {
        auto backend = std::make_unique<FakeSecretBackend>();
        FakeSecretBackend *keychain = backend.get();
        SecretStore secretStore(std::move(backend));
        ConnectionCache cache(cachePath);
        InstanceRegistry registry(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
        registry.setStores(&cache, &secretStore);

        // The administrator types the address with the password in it: refused (PimAddress),
        // and nothing of it is kept. Then the address alone, and signs in.
        QUrl typed(u"https://pim.example.com/"_s);
        typed.setUserInfo(u"julia:"_s + adminPassword);
        QString error;
        QVERIFY(registry.add(u"Production"_s, typed, u"julia"_s, &error).isEmpty());
        QVERIFY(!error.contains(adminPassword));
        const QString id =
            registry.add(u"Production"_s, QUrl(u"https://pim.example.com/"_s), u"julia"_s);
        QVERIFY(!id.isEmpty());
        const QUrl url = registry.current()->baseUrl;
        secretStore.store(SecretKey::adminPassword(url, u"julia"_s), adminPassword);

        // A connection is created (shape B with its secret and password), then regenerated.
        ConnectionDetails created =
            details(u"erp"_s, FlowType::Source, u"a/erp.png"_s, secret, password);
        cache.storeDetails(id, CachedConnection::fromDetails(created));
        secretStore.store(SecretKey::connectionSecret(url, u"erp"_s), secret);
        secretStore.store(SecretKey::connectionPassword(url, u"erp"_s), password);
        created.credentials.secret = newSecret;
        created.credentials.password = newPassword;
        cache.storeDetails(id, CachedConnection::fromDetails(created));
        secretStore.store(SecretKey::connectionSecret(url, u"erp"_s), newSecret);
        secretStore.store(SecretKey::connectionPassword(url, u"erp"_s), newPassword);

        // A sync from the server's answers.
        CacheSnapshot snapshot = fullSnapshot();
        snapshot.connections[0] = CachedConnection::fromDetails(created);
        QObject context;
        QSignalSpy synced(&context, &QObject::objectNameChanged);
        cache.replaceSnapshot(id, snapshot, &context, [&](const CacheStatus &status) {
            QVERIFY(status.ok());
            context.setObjectName(u"synced"_s);
        });
        QVERIFY(synced.wait());
        QTRY_COMPARE(keychain->entries.size(), 3);
        QCOMPARE(keychain->entries.value(SecretKey::connectionSecret(url, u"erp"_s).toString()),
                 newSecret);

        checkFiles("while running (the -wal holds the last writes)");
    }
    checkFiles("after shutdown");
}

QTEST_GUILESS_MAIN(TestStoreHygiene)
#include "tst_storehygiene.moc"
