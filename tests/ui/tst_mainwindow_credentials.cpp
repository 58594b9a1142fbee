// The window against a real pim-sandbox, with a connection's credentials: copied to the
// clipboard, the secret and the password regenerated (after their popin), "Test credentials"
// with the password on screen or asked for, "Save in keychain", and the setting that keeps the
// secrets in the keychain for offline use.
#include "Children.h"
#include "FakeSecretBackend.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "WindowTest.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/PasswordPromptDialog.h"
#include "services/MessageBox.h"
#include "widgets/CopyButton.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {
const QString TokenGiven = u"These credentials work: the PIM gave an access token."_s;
} // namespace

class TestMainWindowCredentials : public WindowTest
{
    Q_OBJECT

private slots:
    void copyPutsTheValueOnTheClipboard();
    void regenerateSecretCancelThenConfirm();
    void regeneratePasswordShowsTheNewOneOnce();
    void testCredentialsAndSaveInKeychain();
    void testCredentialsAsksForThePassword();
    void keepSecretsSettingTurnedOff();

private:
    // "Test credentials" clicked, the password typed in the prompt it opens, then its answer.
    QString testWithPrompt(CredentialsPanel *panel, const QString &password);
};

void TestMainWindowCredentials::copyPutsTheValueOnTheClipboard()
{
    const Created erp = createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    CredentialsPanel *panel = credentials(*m_window);
    QTest::mouseClick(child<CopyButton>(panel, u"copyClientId"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), erp.clientId);
    // The secret is masked, and copies all the same.
    QVERIFY(!panel->isSecretRevealed());
    QTest::mouseClick(child<CopyButton>(panel, u"copySecret"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), erp.secret);
    QVERIFY(!panel->statusText().isEmpty()); // the short "copied" feedback
}

void TestMainWindowCredentials::regenerateSecretCancelThenConfirm()
{
    const Created erp = createOverHttp(u"erp"_s);
    HttpClient api(m_sandbox->url());
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    CredentialsPanel *panel = credentials(*m_window);
    auto *secret = child<QLineEdit>(panel, u"secret"_s);
    auto *regenerate = child<QPushButton>(panel, u"regenerateSecret"_s);
    QCOMPARE(secret->text(), erp.secret);

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QCOMPARE(m_box->lastQuestion()->title, u"Confirm regeneration"_s);
    QTest::qWait(200);
    QCOMPARE(secret->text(), erp.secret);
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(secret->text() != erp.secret && !secret->text().isEmpty(), Wait);
    const QString newSecret = secret->text();
    QVERIFY(api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    QVERIFY(!api.accessToken(erp.clientId, newSecret, erp.username, erp.password).isEmpty());
}

void TestMainWindowCredentials::regeneratePasswordShowsTheNewOneOnce()
{
    const Created erp = createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    CredentialsPanel *panel = credentials(*m_window);
    QVERIFY(!panel->isPasswordShown());

    // With the keyboard: the button has the focus, Space presses it; the popin is confirmed.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    auto *regenerate = child<QPushButton>(panel, u"regeneratePassword"_s);
    regenerate->setFocus();
    QTest::keyClick(regenerate, Qt::Key_Space);
    QCOMPARE(m_box->lastQuestion()->text, MessageBox::regeneratePassword().text);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isPasswordShown(), Wait);
    const QString password = child<QLineEdit>(panel, u"password"_s)->text();
    QVERIFY(password != erp.password);
    QVERIFY(panel->passwordNote().contains(u"won't show it to you twice"_s));
    HttpClient api(m_sandbox->url());
    QVERIFY(api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, password).isEmpty());

    // Gone once the page is left.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    QVERIFY(openLoaded(u"erp"_s));
    QVERIFY(!panel->isPasswordShown());
}

void TestMainWindowCredentials::testCredentialsAndSaveInKeychain()
{
    QVERIFY(openSignedIn());
    QVERIFY(createFromWindow(*m_window, u"ERP"_s));
    CredentialsPanel *panel = credentials(*m_window);
    const QString password = child<QLineEdit>(panel, u"password"_s)->text();
    QVERIFY(!password.isEmpty());
    QVERIFY(!m_keychain->entries.values().contains(password)); // not without asking

    // "Test credentials" with the password on screen: the PIM gives a token.
    auto *test = child<QPushButton>(panel, u"testCredentials"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->testResultText().isEmpty() && test->isEnabled(), Wait);
    QCOMPARE(panel->testResultText(), TokenGiven);

    // "Save in keychain", offered where the password is shown once.
    QTest::mouseClick(child<QPushButton>(panel, u"savePassword"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->entries.values().contains(password), Wait);
}

QString TestMainWindowCredentials::testWithPrompt(CredentialsPanel *panel, const QString &password)
{
    auto *test = child<QPushButton>(panel, u"testCredentials"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    PasswordPromptDialog *prompt = nullptr;
    if (!QTest::qWaitFor([&]() {
            return (prompt = shownDialog<PasswordPromptDialog>(m_window.get())) != nullptr;
        }))
        return u"(no password prompt)"_s;
    QTest::keyClicks(child<QLineEdit>(prompt, u"password"_s), password);
    QTest::mouseClick(child<QPushButton>(prompt, u"test"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&]() { return !panel->testResultText().isEmpty() && test->isEnabled(); },
                         Wait))
        return u"(no answer)"_s;
    return panel->testResultText();
}

void TestMainWindowCredentials::testCredentialsAsksForThePassword()
{
    const Created erp = createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    CredentialsPanel *panel = credentials(*m_window);
    QVERIFY(!panel->isPasswordShown());

    // A wrong password: the PIM's exact reason.
    const QString refused = testWithPrompt(panel, u"not-the-password"_s);
    QVERIFY(!refused.isEmpty());
    QVERIFY(refused != TokenGiven);
    QTRY_VERIFY(!m_window->findChild<PasswordPromptDialog *>()); // gone, with what was typed

    // The right one: success, and the password asked for is never stored.
    QCOMPARE(testWithPrompt(panel, erp.password), TokenGiven);
    QVERIFY(!m_keychain->entries.values().contains(erp.password));
}

void TestMainWindowCredentials::keepSecretsSettingTurnedOff()
{
    const Created erp = createOverHttp(u"erp"_s);
    QSettings settings(m_dir->filePath(u"window.ini"_s), QSettings::IniFormat);
    auto start = [&]() {
        Workspace::Options options;
        options.keepSecretsInKeychain = WorkspaceSettings::keepSecretsInKeychain(settings);
        MainWindow::Dependencies deps = dependencies(options);
        deps.settings = &settings;
        m_window = WindowDriver::show(deps);
        startSignedIn(*m_window, m_sandbox->url());
        return waitOnline(*m_window);
    };
    QVERIFY(start());
    auto *keep = child<QAction>(m_window.get(), u"keepSecretsAction"_s);
    QVERIFY(keep->isCheckable());
    QVERIFY(keep->isChecked()); // on by default

    // Opening the connection keeps its secret for offline use.
    m_window->openConnection(u"erp"_s, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->entries.values().contains(erp.secret), Wait);

    keep->trigger(); // off
    QVERIFY(!keep->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->entries.values().contains(erp.secret), Wait);
    QVERIFY(!WorkspaceSettings::keepSecretsInKeychain(settings));
    QVERIFY(!m_window->workspace()->keepsSecretsInKeychain());

    // The next start reads the setting: still off, nothing kept when the page opens again.
    m_window.reset();
    QVERIFY(start());
    QVERIFY(!child<QAction>(m_window.get(), u"keepSecretsAction"_s)->isChecked());
    m_window->openConnection(u"erp"_s, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->isBusy(), Wait);
    QTest::qWait(100);
    QVERIFY(!m_keychain->entries.values().contains(erp.secret));
}

QTEST_MAIN(TestMainWindowCredentials)
#include "tst_mainwindow_credentials.moc"
