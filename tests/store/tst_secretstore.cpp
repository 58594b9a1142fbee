// The secret store over a fake keychain: every kind of answer, the timeout, and the once-only
// switch to memory when there is no keychain.
#include "FakeSecretBackend.h"
#include "SecretWaiter.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SecretBackend::Status)
Q_DECLARE_METATYPE(QKeychain::Error)

namespace {

const QUrl pim(u"https://pim.example.com"_s);

using Waiter = SecretWaiter;

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keys_data();
    void keys();
    void storeReadReplaceRemove();
    void answersAfterTheCallReturns();
    void notFound();
    void denied();
    void failed();
    void timeoutAndLateAnswerIgnored();
    void noKeychainSaidOnceThenMemoryOnly();
    void noKeychainWithOperationsInFlight();
    void removeConnectionAndInstance();
    void removeInstanceReportsAFailure();
    void noAnswerToADestroyedContext();
    void invalidKeyRefused();
    void qtKeychainErrors_data();
    void qtKeychainErrors();

private:
    FakeSecretBackend *m_fake = nullptr;
    std::unique_ptr<SecretStore> m_store;
};

void TestSecretStore::init()
{
    auto fake = std::make_unique<FakeSecretBackend>();
    m_fake = fake.get();
    m_store = std::make_unique<SecretStore>(std::move(fake));
}

void TestSecretStore::keys_data()
{
    QTest::addColumn<SecretKey>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("admin") << SecretKey::adminPassword(pim, u"julia"_s)
                           << u"https://pim.example.com#admin/julia"_s;
    QTest::newRow("secret") << SecretKey::connectionSecret(pim, u"erp"_s)
                            << u"https://pim.example.com#connection/erp/secret"_s;
    QTest::newRow("password") << SecretKey::connectionPassword(pim, u"erp"_s)
                              << u"https://pim.example.com#connection/erp/password"_s;
    QTest::newRow("same PIM written differently")
        << SecretKey::connectionSecret(QUrl(u"HTTPS://PIM.example.com:443/user/login"_s), u"erp"_s)
        << u"https://pim.example.com#connection/erp/secret"_s;
    QTest::newRow("trailing slash")
        << SecretKey::adminPassword(QUrl(u"http://pim:8080/"_s), u"julia"_s)
        << u"http://pim:8080#admin/julia"_s;
    QTest::newRow("in a sub-folder")
        << SecretKey::adminPassword(QUrl(u"https://example.com/pim/./a/../"_s), u"julia"_s)
        << u"https://example.com/pim#admin/julia"_s;
}

void TestSecretStore::keys()
{
    QFETCH(SecretKey, key);
    QFETCH(QString, expected);
    QVERIFY(key.isValid());
    QCOMPARE(key.toString(), expected);
    QVERIFY(!key.describe().isEmpty());
}

void TestSecretStore::storeReadReplaceRemove()
{
    const SecretKey key = SecretKey::connectionSecret(pim, u"erp"_s);
    Waiter w;
    m_store->store(key, u"first-secret"_s, &w.context, w.callback());
    QVERIFY(w.wait(1));
    QVERIFY(w.last().ok());
    QVERIFY(!w.last().memoryOnly);
    QCOMPARE(m_fake->entries.value(key.toString()), u"first-secret"_s);

    m_store->store(key, u"regenerated"_s, &w.context, w.callback()); // replaces
    m_store->read(key, &w.context, w.callback());
    QVERIFY(w.wait(3));
    QCOMPARE(w.last().status, SecretResult::Status::Ok);
    QCOMPARE(w.last().value, u"regenerated"_s);
    QCOMPARE(m_fake->entries.size(), 1);

    m_store->remove(key, &w.context, w.callback());
    m_store->read(key, &w.context, w.callback());
    QVERIFY(w.wait(5));
    QCOMPARE(w.results[3].status, SecretResult::Status::Ok);
    QCOMPARE(w.last().status, SecretResult::Status::NotFound);
    QVERIFY(m_fake->entries.isEmpty());
}

void TestSecretStore::answersAfterTheCallReturns()
{
    Waiter w;
    bool returned = false;
    m_store->store(SecretKey::adminPassword(pim, u"julia"_s), u"pw"_s, &w.context,
                   [&](const SecretResult &r) {
                       QVERIFY(returned);
                       w.results.append(r);
                   });
    returned = true;
    QVERIFY(w.wait());
}

void TestSecretStore::notFound()
{
    Waiter w;
    m_store->read(SecretKey::adminPassword(pim, u"nobody"_s), &w.context, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.last().status, SecretResult::Status::NotFound);
    QVERIFY(!w.last().memoryOnly);
    QVERIFY(!w.last().message().isEmpty());
}

void TestSecretStore::denied()
{
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    m_fake->mode = FakeSecretBackend::Mode::Denied;
    Waiter w;
    m_store->store(SecretKey::adminPassword(pim, u"julia"_s), u"pw"_s, &w.context, w.callback());
    m_store->read(SecretKey::adminPassword(pim, u"julia"_s), &w.context, w.callback());
    QVERIFY(w.wait(2));
    QCOMPARE(w.results[0].status, SecretResult::Status::Denied);
    QCOMPARE(w.results[1].status, SecretResult::Status::Denied);
    QVERIFY(w.last().message().contains(u"refused"_s));
    // Denied is not "no keychain": no memory fallback, the keychain is asked again next time.
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(!m_store->isMemoryOnly());
    m_fake->mode = FakeSecretBackend::Mode::Normal;
    m_store->read(SecretKey::adminPassword(pim, u"julia"_s), &w.context, w.callback());
    QVERIFY(w.wait(3));
    QCOMPARE(w.last().status, SecretResult::Status::NotFound);
    QCOMPARE(m_fake->calls, 3);
}

void TestSecretStore::failed()
{
    m_fake->mode = FakeSecretBackend::Mode::Failed;
    Waiter w;
    m_store->remove(SecretKey::connectionPassword(pim, u"erp"_s), &w.context, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.last().status, SecretResult::Status::Failed);
    QCOMPARE(w.last().detail, u"disk on fire"_s);
    QVERIFY(w.last().message().contains(u"disk on fire"_s));
    QVERIFY(!m_store->isMemoryOnly());
}

void TestSecretStore::timeoutAndLateAnswerIgnored()
{
    m_store->setTimeout(20ms);
    m_fake->mode = FakeSecretBackend::Mode::Hang;
    Waiter w;
    const SecretKey key = SecretKey::connectionSecret(pim, u"erp"_s);
    m_store->store(key, u"s3cret"_s, &w.context, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.last().status, SecretResult::Status::Timeout);
    QVERIFY(!w.last().message().isEmpty());
    QCOMPARE(m_fake->heldCount(), 1);

    // The keychain answers at last: nobody is told twice, nothing breaks.
    m_fake->mode = FakeSecretBackend::Mode::Normal;
    m_fake->releaseHeld();
    QCoreApplication::processEvents();
    QCOMPARE(w.results.size(), 1);

    // A late "no keychain" does not switch anything either.
    m_fake->mode = FakeSecretBackend::Mode::Hang;
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    m_store->read(key, &w.context, w.callback());
    QVERIFY(w.wait(2));
    QCOMPARE(w.last().status, SecretResult::Status::Timeout);
    m_fake->mode = FakeSecretBackend::Mode::NoKeychain;
    m_fake->releaseHeld();
    QCoreApplication::processEvents();
    QCOMPARE(w.results.size(), 2);
    QCOMPARE(unavailable.size(), 0);

    // And the store still works once the keychain answers in time.
    m_store->setTimeout(5s);
    m_fake->mode = FakeSecretBackend::Mode::Normal;
    m_store->read(key, &w.context, w.callback());
    QVERIFY(w.wait(3));
    QCOMPARE(w.last().status, SecretResult::Status::Ok);
    QCOMPARE(w.last().value, u"s3cret"_s); // the late write did happen in the keychain
}

void TestSecretStore::noKeychainSaidOnceThenMemoryOnly()
{
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    m_fake->mode = FakeSecretBackend::Mode::NoKeychain;
    const SecretKey admin = SecretKey::adminPassword(pim, u"julia"_s);
    const SecretKey secret = SecretKey::connectionSecret(pim, u"erp"_s);
    Waiter w;
    m_store->store(admin, u"admin-pw"_s, &w.context, w.callback());
    QVERIFY(w.wait(1));
    QCOMPARE(w.last().status, SecretResult::Status::Ok);
    QVERIFY(w.last().memoryOnly);
    QVERIFY(m_store->isMemoryOnly());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(unavailable[0][0].toString().contains(u"memory only"_s));
    QVERIFY(m_fake->entries.isEmpty());

    m_store->store(secret, u"conn-secret"_s, &w.context, w.callback());
    m_store->read(admin, &w.context, w.callback());
    m_store->read(secret, &w.context, w.callback());
    m_store->read(SecretKey::connectionPassword(pim, u"erp"_s), &w.context, w.callback());
    m_store->remove(secret, &w.context, w.callback());
    m_store->read(secret, &w.context, w.callback());
    QVERIFY(w.wait(7));
    QCOMPARE(w.results[2].value, u"admin-pw"_s);
    QCOMPARE(w.results[3].value, u"conn-secret"_s);
    QCOMPARE(w.results[4].status, SecretResult::Status::NotFound);
    QVERIFY(w.results[4].memoryOnly);
    QCOMPARE(w.results[5].status, SecretResult::Status::Ok);
    QCOMPARE(w.results[6].status, SecretResult::Status::NotFound);
    for (const SecretResult &r : std::as_const(w.results))
        QVERIFY(r.memoryOnly);
    QCOMPARE(unavailable.size(), 1); // said once
    QCOMPARE(m_fake->calls, 1);      // the keychain is not asked again
}

void TestSecretStore::noKeychainWithOperationsInFlight()
{
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    m_fake->mode = FakeSecretBackend::Mode::NoKeychain;
    Waiter w;
    m_store->store(SecretKey::connectionSecret(pim, u"a"_s), u"1"_s, &w.context, w.callback());
    m_store->store(SecretKey::connectionSecret(pim, u"b"_s), u"2"_s, &w.context, w.callback());
    m_store->read(SecretKey::connectionSecret(pim, u"a"_s), &w.context, w.callback());
    QVERIFY(w.wait(3));
    QCOMPARE(m_fake->calls, 3); // all three were sent before the first answer
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(w.results[2].value, u"1"_s);
}

void TestSecretStore::removeConnectionAndInstance()
{
    const QUrl other(u"https://staging.example.com"_s);
    Waiter w;
    int expected = 0;
    for (const QUrl &url : {pim, other}) {
        m_store->store(SecretKey::adminPassword(url, u"julia"_s), u"pw"_s, &w.context,
                       w.callback());
        for (const QString &code : {u"erp"_s, u"shop"_s}) {
            m_store->store(SecretKey::connectionSecret(url, code), u"s"_s, &w.context,
                           w.callback());
            m_store->store(SecretKey::connectionPassword(url, code), u"p"_s, &w.context,
                           w.callback());
        }
        expected += 5;
    }
    QVERIFY(w.wait(expected));
    QCOMPARE(m_fake->entries.size(), 10);

    m_store->removeConnection(pim, u"erp"_s, &w.context, w.callback());
    QVERIFY(w.wait(++expected));
    QVERIFY(w.last().ok());
    QVERIFY(!m_fake->entries.contains(SecretKey::connectionSecret(pim, u"erp"_s).toString()));
    QVERIFY(!m_fake->entries.contains(SecretKey::connectionPassword(pim, u"erp"_s).toString()));
    QCOMPARE(m_fake->entries.size(), 8);
    // The event subscription's secret goes with its connection too.
    m_store->store(SecretKey::webhookSecret(pim, u"shop"_s), u"w"_s, &w.context, w.callback());
    QVERIFY(w.wait(++expected));
    m_store->removeConnection(pim, u"shop"_s, &w.context, w.callback());
    QVERIFY(w.wait(++expected));
    QVERIFY(!m_fake->entries.contains(SecretKey::webhookSecret(pim, u"shop"_s).toString()));
    QCOMPARE(m_fake->entries.size(), 6);

    // erp is already gone: not an error.
    m_store->removeInstance(pim, u"julia"_s, {u"erp"_s, u"shop"_s}, &w.context, w.callback());
    QVERIFY(w.wait(++expected));
    QCOMPARE(w.last().status, SecretResult::Status::Ok);
    QCOMPARE(m_fake->entries.size(), 5);
    for (const QString &key : m_fake->entries.keys())
        QVERIFY2(key.startsWith(u"https://staging.example.com#"_s), qPrintable(key));
}

void TestSecretStore::removeInstanceReportsAFailure()
{
    m_fake->mode = FakeSecretBackend::Mode::Denied;
    Waiter w;
    m_store->removeInstance(pim, u"julia"_s, {u"erp"_s}, &w.context, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.last().status, SecretResult::Status::Denied);
    QCoreApplication::processEvents();
    // One answer for the four entries (password, secret, one-time password, webhook secret).
    QCOMPARE(w.results.size(), 1);
    QCOMPARE(m_fake->calls, 4);
}

void TestSecretStore::noAnswerToADestroyedContext()
{
    bool called = false;
    {
        QObject gone;
        m_store->store(SecretKey::adminPassword(pim, u"julia"_s), u"pw"_s, &gone,
                       [&](const SecretResult &) { called = true; });
    }
    Waiter w;
    m_store->read(SecretKey::adminPassword(pim, u"julia"_s), &w.context, w.callback());
    QVERIFY(w.wait());
    QVERIFY(!called);
    QCOMPARE(w.last().value, u"pw"_s); // stored all the same
}

void TestSecretStore::invalidKeyRefused()
{
    Waiter w;
    m_store->store(SecretKey::adminPassword(QUrl(u"not a url"_s), u"julia"_s), u"pw"_s, &w.context,
                   w.callback());
    m_store->store(SecretKey::connectionSecret(pim, QString()), u"pw"_s, &w.context, w.callback());
    // An address PimAddress refuses names no entry (the password must not be in the key).
    m_store->store(
        SecretKey::adminPassword(QUrl(u"https://julia:pw@pim.example.com"_s), u"julia"_s), u"pw"_s,
        &w.context, w.callback());
    QVERIFY(w.wait(3));
    QCOMPARE(w.results[0].status, SecretResult::Status::Failed);
    QCOMPARE(w.results[1].status, SecretResult::Status::Failed);
    QCOMPARE(w.results[2].status, SecretResult::Status::Failed);
    QCOMPARE(m_fake->calls, 0);
}

void TestSecretStore::qtKeychainErrors_data()
{
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<SecretBackend::Status>("status");
    QTest::newRow("NoError") << QKeychain::NoError << SecretBackend::Status::Ok;
    QTest::newRow("EntryNotFound") << QKeychain::EntryNotFound << SecretBackend::Status::NotFound;
    QTest::newRow("AccessDenied") << QKeychain::AccessDenied << SecretBackend::Status::Denied;
    QTest::newRow("AccessDeniedByUser")
        << QKeychain::AccessDeniedByUser << SecretBackend::Status::Denied;
    QTest::newRow("NoBackendAvailable")
        << QKeychain::NoBackendAvailable << SecretBackend::Status::NoKeychain;
    QTest::newRow("NotImplemented")
        << QKeychain::NotImplemented << SecretBackend::Status::NoKeychain;
    // What QtKeychain reports on Linux when the Secret Service cannot be reached.
    QTest::newRow("OtherError") << QKeychain::OtherError << SecretBackend::Status::NoKeychain;
    QTest::newRow("CouldNotDeleteEntry")
        << QKeychain::CouldNotDeleteEntry << SecretBackend::Status::Failed;
}

void TestSecretStore::qtKeychainErrors()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(SecretBackend::Status, status);
    QCOMPARE(QtKeychainBackend::statusOf(error), status);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
