// The real keychain: QtKeychain against the Secret Service (gnome-keyring in CI, run inside
// dbus-run-session with an unlocked throwaway keyring, see BRIEF). Skipped with a message when
// no Secret Service can be reached, unless PIM_REQUIRE_KEYCHAIN=1 (then it fails).
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "SecretWaiter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestRealKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadReplaceDelete();
    void notFound();
    void theEntryIsInTheSecretService();
    void removeInstance();
    void cleanupTestCase();

private:
    SecretResult run(std::function<void(SecretStore &, QObject *, SecretStore::Callback)> op);

    QString m_service;
    QUrl m_pim;
    std::unique_ptr<SecretStore> m_store;
};

SecretResult
TestRealKeychain::run(std::function<void(SecretStore &, QObject *, SecretStore::Callback)> op)
{
    SecretWaiter w;
    op(*m_store, &w.context, w.callback());
    if (!w.wait(1, 20000))
        return SecretResult{SecretResult::Status::Failed, {}, false, u"no answer at all"_s};
    return w.last();
}

void TestRealKeychain::initTestCase()
{
    // A service and a PIM address of our own: the test never touches real entries.
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_service = u"pim-connections-test-"_s + id;
    m_pim = QUrl(u"https://pim-"_s + id + u".test"_s);
    m_store = std::make_unique<SecretStore>(std::make_unique<QtKeychainBackend>(m_service));
    m_store->setTimeout(10s);

    // A write tells more than a read: a locked keyring answers reads with "not found".
    const SecretKey probe = SecretKey::adminPassword(m_pim, u"probe"_s);
    const SecretResult r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
        s.store(probe, u"probe"_s, c, d);
    });
    if (!r.ok() || r.memoryOnly) {
        const QString why =
            u"no usable Secret Service (%1%2); run the tests inside dbus-run-session with an "
            "unlocked gnome-keyring (see BRIEF.md)"_s.arg(
                r.memoryOnly ? u"no keychain"_s : r.message(),
                r.detail.isEmpty() ? QString() : u": "_s + r.detail);
        if (qEnvironmentVariableIntValue("PIM_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QVERIFY(run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                s.remove(probe, c, d);
            }).ok());
}

void TestRealKeychain::storeReadReplaceDelete()
{
    const SecretKey key = SecretKey::connectionSecret(m_pim, u"erp"_s);
    const QString first = u"first-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString second = u"second-é€-"_s + QUuid::createUuid().toString(QUuid::Id128);

    SecretResult r = run(
        [&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.store(key, first, c, d); });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.memoryOnly);
    r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.read(key, c, d); });
    QCOMPARE(r.status, SecretResult::Status::Ok);
    QCOMPARE(r.value, first);

    // Regenerated: the new value replaces the old one.
    r = run(
        [&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.store(key, second, c, d); });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.read(key, c, d); });
    QCOMPARE(r.value, second);

    r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.remove(key, c, d); });
    QVERIFY2(r.ok() || r.status == SecretResult::Status::NotFound, qPrintable(r.message()));
    r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.read(key, c, d); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
    QVERIFY(!r.memoryOnly);
}

void TestRealKeychain::notFound()
{
    const SecretResult r = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
        s.read(SecretKey::connectionPassword(m_pim, u"never_stored"_s), c, d);
    });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
    QVERIFY(!r.memoryOnly);
}

void TestRealKeychain::theEntryIsInTheSecretService()
{
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (tool.isEmpty())
        QSKIP("secret-tool is not installed");
    const SecretKey key = SecretKey::adminPassword(m_pim, u"julia"_s);
    const QString value = QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                s.store(key, value, c, d);
            }).ok());

    // QtKeychain's Secret Service schema: user = our key, server = our service.
    QProcess lookup;
    lookup.start(tool, {u"lookup"_s, u"user"_s, key.toString(), u"server"_s, m_service});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), value);

    QVERIFY(run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                s.remove(key, c, d);
            }).ok());
}

void TestRealKeychain::removeInstance()
{
    const QStringList codes{u"erp"_s, u"shop"_s};
    QList<SecretKey> keys{SecretKey::adminPassword(m_pim, u"julia"_s)};
    for (const QString &code : codes)
        keys << SecretKey::connectionSecret(m_pim, code)
             << SecretKey::connectionPassword(m_pim, code);
    for (const SecretKey &key : keys) {
        QVERIFY(run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                    s.store(key, u"value"_s, c, d);
                }).ok());
    }
    const SecretResult removed = run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
        s.removeInstance(m_pim, u"julia"_s, codes, c, d);
    });
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    for (const SecretKey &key : keys) {
        const SecretResult r =
            run([&](SecretStore &s, QObject *c, SecretStore::Callback d) { s.read(key, c, d); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }
}

void TestRealKeychain::cleanupTestCase()
{
    if (!m_store || m_store->isMemoryOnly())
        return;
    run([&](SecretStore &s, QObject *c, SecretStore::Callback d) {
        s.removeInstance(m_pim, u"julia"_s, {u"erp"_s, u"shop"_s, u"never_stored"_s}, c, d);
    });
}

QTEST_GUILESS_MAIN(TestRealKeychain)
#include "tst_realkeychain.moc"
