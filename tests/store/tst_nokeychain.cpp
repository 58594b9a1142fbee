// The real QtKeychain with no D-Bus session to reach (DBUS_SESSION_BUS_ADDRESS points nowhere):
// the store must end with "no keychain" (then memory only) or a timeout, never hang, and never
// write a secret to a file (QtKeychain's plain-text fallback stays off).
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "SecretWaiter.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endsAsNoKeychainOrTimeout();

private:
    QTemporaryDir m_home;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Also set by CTest; repeated here so that the test means the same when run by hand.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pim-connections-test-bus");
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/.config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/.local/share"_s).toUtf8());
}

void TestNoKeychain::endsAsNoKeychainOrTimeout()
{
    SecretStore store(std::make_unique<QtKeychainBackend>(u"pim-connections-test"_s));
    store.setTimeout(5s);
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const QUrl pim(u"https://pim.example.com"_s);
    const QString secret = u"never-on-disk-"_s + QUuid::createUuid().toString(QUuid::Id128);

    SecretWaiter w;
    store.store(SecretKey::connectionSecret(pim, u"erp"_s), secret, &w.context, w.callback());
    QVERIFY2(w.wait(1, 30000), "the store must answer, even without a keychain");
    const SecretResult written = w.last();
    qInfo() << "answer without a keychain:" << int(written.status) << written.memoryOnly
            << written.detail;
    if (written.status == SecretResult::Status::Timeout) {
        QCOMPARE(unavailable.size(), 0);
    } else {
        QCOMPARE(written.status, SecretResult::Status::Ok);
        QVERIFY2(written.memoryOnly, "a plain-text fallback must never take the secret");
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!unavailable[0][0].toString().isEmpty());

        // From memory, for this session; said once.
        store.read(SecretKey::connectionSecret(pim, u"erp"_s), &w.context, w.callback());
        store.read(SecretKey::adminPassword(pim, u"julia"_s), &w.context, w.callback());
        QVERIFY(w.wait(3));
        QCOMPARE(w.results[1].value, secret);
        QCOMPARE(w.results[2].status, SecretResult::Status::NotFound);
        QCOMPARE(unavailable.size(), 1);
    }

    // Nothing in any file under HOME (where QtKeychain's fallback would write).
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
