// The window against a real pim-sandbox, signing in: with the password given at start-up, in
// the sign-in dialog (a refusal shown, "Remember password" kept in the keychain), and with
// several PIMs (added, switched between, renamed and removed from the PIM menu).
#include "Children.h"
#include "FakeSecretBackend.h"
#include "SandboxProcess.h"
#include "WindowTest.h"
#include "dialogs/SignInDialog.h"
#include "overview/OverviewPage.h"
#include "services/MessageBox.h"
#include "store/InstanceRegistry.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowSignIn : public WindowTest
{
    Q_OBJECT

private slots:
    void signsInAtOnceWithThePassword();
    void signInDialogRemembersThePassword();
    void severalPims();

private:
    // The entry of the PIM menu that switches to this PIM (shown with its name).
    QAction *pimAction(const QString &id);
};

QAction *TestMainWindowSignIn::pimAction(const QString &id)
{
    const QString name = m_registry->instance(id)->name;
    for (QAction *action : child<QMenu>(m_window.get(), u"pimMenu"_s)->actions()) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

void TestMainWindowSignIn::signsInAtOnceWithThePassword()
{
    QVERIFY(openSignedIn());
    QVERIFY(!shownDialog<SignInDialog>(m_window.get()));
    QCOMPARE(m_window->windowTitle(), u"PIM Connections"_s);
    QVERIFY(m_registry->current().has_value());
    QCOMPARE(m_registry->current()->baseUrl, m_sandbox->url());
    QVERIFY(child<QPushButton>(m_window.get(), u"create"_s)->isEnabled());
    // Never remembered unless asked: nothing of the administrator in the keychain.
    for (auto it = m_keychain->entries.cbegin(); it != m_keychain->entries.cend(); ++it)
        QVERIFY(it.value() != u"admin"_s);
}

void TestMainWindowSignIn::signInDialogRemembersThePassword()
{
    // No PIM_PASSWORD: the sign-in dialog asks, pre-filled with the address and username.
    m_window = makeWindow();
    StartOptions options;
    options.server = m_sandbox->url();
    options.username = u"admin"_s;
    m_window->start(options);
    SignInDialog *dialog = waitSignInDialog(*m_window);
    QVERIFY(dialog);
    QCOMPARE(dialog->url(), m_sandbox->url());
    QCOMPARE(dialog->username(), u"admin"_s);
    // A wrong password: the server's reason, the dialog stays.
    QVERIFY(signInThroughDialog(*m_window, u"wrong"_s, false));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->shownMessage(QString()).isEmpty(), Wait);
    QCOMPARE(shownDialog<SignInDialog>(m_window.get()), dialog);
    QVERIFY(signInThroughDialog(*m_window, u"admin"_s, true));
    QVERIFY(waitOnline(*m_window));
    QTRY_VERIFY(!shownDialog<SignInDialog>(m_window.get()));
    QTRY_VERIFY(!m_window->workspace()->isBusy());
    QVERIFY(m_keychain->entries.values().contains(u"admin"_s)); // in the keychain only
    m_window.reset();

    // The next start opens the PIM used last and signs in with the remembered password.
    m_window = makeWindow();
    m_window->start(StartOptions());
    QVERIFY(waitOnline(*m_window));
    QVERIFY(!shownDialog<SignInDialog>(m_window.get()));
    QCOMPARE(m_window->workspace()->instance().baseUrl, m_sandbox->url());
}

void TestMainWindowSignIn::severalPims()
{
    createOverHttp(u"erp"_s);
    SandboxProcess other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(openSignedIn());
    const QString first = m_registry->currentId();
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);

    // "Add a PIM…": the sign-in dialog, empty; once signed in, the new PIM is current.
    child<QAction>(m_window.get(), u"addPim"_s)->trigger();
    SignInDialog *dialog = shownDialog<SignInDialog>(m_window.get());
    QVERIFY(dialog);
    auto *url = child<QLineEdit>(dialog, u"url"_s);
    QVERIFY(url->text().isEmpty());
    QTest::keyClicks(url, other.url().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, u"username"_s), u"admin"_s);
    QVERIFY(signInThroughDialog(*m_window, u"admin"_s, false));
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->currentId() != first, Wait);
    QVERIFY(waitOnline(*m_window));
    QTRY_VERIFY(!shownDialog<SignInDialog>(m_window.get()));
    const QString second = m_registry->currentId();
    QCOMPARE(m_registry->instances().size(), 2);
    // The menu checks the current PIM.
    QVERIFY(pimAction(second) && pimAction(second)->isChecked());
    QVERIFY(!pimAction(first)->isChecked());
    QCOMPARE(m_window->workspace()->instance().baseUrl, other.url());
    QTRY_VERIFY(m_window->overview()->isEmptyStateShown());

    // Switching back shows the first PIM's connections.
    QAction *switchBack = pimAction(first);
    QVERIFY(switchBack);
    switchBack->trigger();
    QTRY_COMPARE(m_window->workspace()->instance().id, first);
    QVERIFY(pimAction(first)->isChecked());
    QVERIFY(!pimAction(second)->isChecked());
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);

    // "Rename…": a dialog with the current name; the menu shows the new one.
    child<QAction>(m_window.get(), u"renamePim"_s)->trigger();
    auto *rename = shownDialog<QInputDialog>(m_window.get());
    QVERIFY(rename);
    rename->setTextValue(u"Production"_s);
    rename->accept();
    QCOMPARE(m_registry->instance(first)->name, u"Production"_s);
    QVERIFY(pimAction(first)); // an entry called "Production", still checked
    QVERIFY(pimAction(first)->isChecked());
    QCOMPARE(child<QToolButton>(m_window.get(), u"pimSwitcher"_s)->text(), u"Production"_s);

    // "Remove…" (confirmed): its cache goes; the other one is current and opens.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QSignalSpy cleaned(m_registry.get(), &InstanceRegistry::instanceCleanedUp);
    child<QAction>(m_window.get(), u"removePim"_s)->trigger();
    QVERIFY(cleaned.count() == 1 || cleaned.wait(Wait));
    QVERIFY(cleaned.at(0).at(1).toBool());
    QCOMPARE(m_registry->instances().size(), 1);
    QTRY_COMPARE(m_window->workspace()->instance().id, second);
    m_window.reset();

    // The next start opens the one used last.
    m_window = makeWindow();
    m_window->start(StartOptions());
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->instance().id, second);
}

QTEST_MAIN(TestMainWindowSignIn)
#include "tst_mainwindow_signin.moc"
