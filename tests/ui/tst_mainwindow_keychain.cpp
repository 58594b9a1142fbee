// The window with the real keychain (QtKeychain over the Secret Service; run inside
// scripts/headless's private D-Bus session with an unlocked throwaway gnome-keyring). Skipped
// when no keychain answers, unless PIM_REQUIRE_KEYCHAIN=1 (then it fails): the secrets as
// the window keeps them — "Remember" the administrator's password, "Save in keychain" a one-time
// password, the connection's secret kept for offline use, all removed with the PIM.
#include "window/StartOptions.h"
#include "store/ConnectionCache.h"
#include "connection/ConnectionPage.h"
#include "dialogs/CreateConnectionDialog.h"
#include "window/CreateFlow.h"
#include "connection/CredentialsPanel.h"
#include "HttpClient.h"
#include "store/InstanceRegistry.h"
#include "window/InstanceSwitcher.h"
#include "window/MainWindow.h"
#include "services/MessageBox.h"
#include "store/QtKeychainBackend.h"
#include "RealKeychain.h"
#include "SandboxProcess.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"
#include "dialogs/SignInDialog.h"
#include "window/SignInFlow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr int Wait = 20000;
}

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
    MainWindow::Dependencies deps;
    deps.registry = m_registry.get();
    deps.cache = m_cache.get();
    deps.secrets = m_secrets.get();
    deps.messageBox = &m_box;
    auto window = std::make_unique<MainWindow>(deps);
    window->show();
    return window;
}

void TestMainWindowKeychain::secretsKeptAndRemovedWithThePim()
{
    const QUrl pim = m_sandbox.url();
    auto window = makeWindow();
    StartOptions options;
    options.server = pim;
    options.username = u"admin"_s;
    window->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(window->signInFlow()->isOpen(), Wait);
    SignInDialog *dialog = window->signInFlow()->dialog();
    QTest::keyClicks(dialog->passwordEdit(), u"admin"_s);
    dialog->rememberBox()->setChecked(true);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    auto online = [&]() {
        return window->workspace() &&
               window->workspace()->connectivity() == Workspace::Connectivity::Online &&
               !window->workspace()->isBusy();
    };
    QTRY_VERIFY_WITH_TIMEOUT(online(), Wait);
    QCOMPARE(read(SecretKey::adminPassword(pim, u"admin"_s)).value, u"admin"_s);

    // Created from the window: the secret is kept for offline use; the one-time password only
    // when the user asks ("Save in keychain").
    window->createFlow()->open();
    QTest::keyClicks(window->createFlow()->dialog()->labelEdit(), u"ERP"_s);
    window->createFlow()->dialog()->save();
    QTRY_VERIFY_WITH_TIMEOUT(window->isShowingConnection() && window->connectionPage()->isLoaded(),
                             Wait);
    const QString code = window->connectionPage()->code();
    CredentialsPanel *panel = window->connectionPage()->credentials();
    const QString password = panel->passwordEdit()->text();
    QVERIFY(!password.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(read(SecretKey::connectionSecret(pim, code)).value,
                              panel->secretEdit()->text(), Wait);
    QCOMPARE(read(SecretKey::connectionPassword(pim, code)).status, SecretResult::Status::NotFound);
    QTest::mouseClick(panel->savePasswordButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(read(SecretKey::connectionPassword(pim, code)).value, password, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isBusy(), Wait);
    window.reset();

    // The next start signs in with the remembered password, without asking.
    window = makeWindow();
    window->start(StartOptions());
    QTRY_VERIFY_WITH_TIMEOUT(online(), Wait);
    QVERIFY(!window->signInFlow()->isOpen());

    // Removing the PIM removes its keychain entries.
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QSignalSpy cleaned(m_registry.get(), &InstanceRegistry::instanceCleanedUp);
    window->instanceSwitcher()->removeCurrent();
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
