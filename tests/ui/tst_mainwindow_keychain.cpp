// The window with the real keychain (QtKeychain over the Secret Service; run inside
// scripts/headless's private D-Bus session with an unlocked throwaway gnome-keyring). Skipped
// when no keychain answers, unless PIM_REQUIRE_KEYCHAIN=1 (then it fails): the secrets as
// the window keeps them — "Remember" the administrator's password, "Save in keychain" a one-time
// password, the connection's secret kept for offline use, all removed with the PIM.
#include "Children.h"
#include "RealKeychain.h"
#include "SandboxProcess.h"
#include "WindowDriver.h"
#include "connection/ConnectionPage.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/SignInDialog.h"
#include "services/MessageBox.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace WindowDriver;

class TestMainWindowKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretsKeptAndRemovedWithThePim();

private:
    SecretResult read(const SecretKey &key);
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<ConnectionCache> m_cache;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InstanceRegistry> m_registry;
    MessageBox m_box;
};

SecretResult TestMainWindowKeychain::read(const SecretKey &key)
{
    return RealKeychain::read(m_secrets.get(), key);
}

void TestMainWindowKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A service of our own: the test never touches real entries.
    const QString service =
        u"pim-connections-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_secrets = std::make_unique<SecretStore>(std::make_unique<QtKeychainBackend>(service));
    m_secrets->setTimeout(10s);
    PIM_REQUIRE_REAL_KEYCHAIN(m_secrets.get());

    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_cache = std::make_unique<ConnectionCache>(m_dir.filePath(u"cache.sqlite"_s));
    m_registry = std::make_unique<InstanceRegistry>(
        std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    m_registry->setStores(m_cache.get(), m_secrets.get());
}

std::unique_ptr<MainWindow> TestMainWindowKeychain::makeWindow()
{
    return WindowDriver::show({.registry = m_registry.get(),
                               .cache = m_cache.get(),
                               .secrets = m_secrets.get(),
                               .messageBox = &m_box,
                               .workspaceOptions = {}});
}

void TestMainWindowKeychain::secretsKeptAndRemovedWithThePim()
{
    const QUrl pim = m_sandbox.url();
    auto window = makeWindow();
    StartOptions options;
    options.server = pim;
    options.username = u"admin"_s;
    window->start(options);
    QVERIFY(signInThroughDialog(*window, u"admin"_s, true));
    QVERIFY(waitOnline(*window));
    QCOMPARE(read(SecretKey::adminPassword(pim, u"admin"_s)).value, u"admin"_s);

    // Created from the window: the secret is kept for offline use; the one-time password only
    // when the user asks ("Save in keychain").
    QVERIFY(createFromWindow(*window, u"ERP"_s));
    const QString code = page(*window)->code();
    CredentialsPanel *panel = credentials(*window);
    const QString password = child<QLineEdit>(panel, u"password"_s)->text();
    QVERIFY(!password.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(read(SecretKey::connectionSecret(pim, code)).value,
                              child<QLineEdit>(panel, u"secret"_s)->text(), Wait);
    QCOMPARE(read(SecretKey::connectionPassword(pim, code)).status, SecretResult::Status::NotFound);
    QTest::mouseClick(child<QPushButton>(panel, u"savePassword"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(read(SecretKey::connectionPassword(pim, code)).value, password, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isBusy(), Wait);
    window.reset();

    // The next start signs in with the remembered password, without asking.
    window = makeWindow();
    window->start(StartOptions());
    QVERIFY(waitOnline(*window));
    QVERIFY(!shownDialog<SignInDialog>(window.get()));

    // Removing the PIM ("Remove…" in the PIM menu, confirmed) removes its keychain entries.
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QSignalSpy cleaned(m_registry.get(), &InstanceRegistry::instanceCleanedUp);
    child<QAction>(window.get(), u"removePim"_s)->trigger();
    QVERIFY(cleaned.count() == 1 || cleaned.wait(Wait));
    QVERIFY2(cleaned.at(0).at(1).toBool(), qPrintable(cleaned.at(0).at(2).toString()));
    for (const SecretKey &key :
         {SecretKey::adminPassword(pim, u"admin"_s), SecretKey::connectionSecret(pim, code),
          SecretKey::connectionPassword(pim, code)})
        QCOMPARE(read(key).status, SecretResult::Status::NotFound);
    window.reset();
}

QTEST_MAIN(TestMainWindowKeychain)
#include "tst_mainwindow_keychain.moc"
