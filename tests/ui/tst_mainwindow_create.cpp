// The window against a real pim-sandbox, creating a connection: the code following the label
// until edited, a mistake and the server's refusal shown on their field, the PIM's limit that
// disables Create, and the one-time password shown on the new connection's page until it is
// left.
#include "Children.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/CreateConnectionDialog.h"
#include "domain/ConnectionRules.h"
#include "domain/ValidationError.h"
#include "overview/ConnectionGridView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowCreate : public WindowTest
{
    Q_OBJECT

private slots:
    void codeFollowsTheLabelUntilEdited();
    void invalidInputShownOnItsField();
    void limitDisablesCreate();
    void passwordShownOnceThenHiddenAfterLeaving();
};

void TestMainWindowCreate::codeFollowsTheLabelUntilEdited()
{
    QVERIFY(openSignedIn());
    QTest::keySequence(m_window.get(), QKeySequence::New); // Ctrl+N
    auto *dialog = shownDialog<CreateConnectionDialog>(m_window.get());
    QVERIFY(dialog);
    auto *label = child<QLineEdit>(dialog, u"label"_s);
    auto *code = child<QLineEdit>(dialog, u"code"_s);
    QTest::keyClicks(label, u"Web shop EU"_s);
    QCOMPARE(code->text(), ConnectionRules::codeFromLabel(u"Web shop EU"_s));
    code->selectAll();
    QTest::keyClicks(code, u"shop_eu"_s);
    QTest::keyClicks(label, u" 2"_s);
    QCOMPARE(code->text(), u"shop_eu"_s); // stays once edited
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(waitPageLoaded(*m_window));
    QCOMPARE(page(*m_window)->code(), u"shop_eu"_s);
    QCOMPARE(page(*m_window)->label(), u"Web shop EU 2"_s);
    const HttpReply reply = m_admin->get(u"/rest/connections/shop_eu"_s);
    QCOMPARE(reply.status, 200);
}

void TestMainWindowCreate::invalidInputShownOnItsField()
{
    createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    CreateConnectionDialog *dialog = openCreateDialog(*m_window);
    QVERIFY(dialog);
    auto *code = child<QLineEdit>(dialog, u"code"_s);
    // The rules checked as the user types: a code with a character the PIM refuses.
    QTest::keyClicks(child<QLineEdit>(dialog, u"label"_s), u"ERP"_s);
    code->selectAll();
    QTest::keyClicks(code, u"bad code!"_s);
    QVERIFY(!dialog->shownError(u"code"_s).isEmpty());
    QVERIFY(dialog->shownError(u"label"_s).isEmpty());
    QVERIFY(!dialog->isValid());
    // The server's reason on its field: the code is taken.
    code->selectAll();
    QTest::keyClicks(code, u"erp"_s);
    QVERIFY(dialog->shownError(u"code"_s).isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->shownError(u"code"_s).isEmpty() && !dialog->isBusy(), Wait);
    QCOMPARE(shownDialog<CreateConnectionDialog>(m_window.get()), dialog);
    QVERIFY(!m_window->isShowingConnection());
    dialog->reject();
}

void TestMainWindowCreate::limitDisablesCreate()
{
    for (int i = 0; i < 50; ++i)
        createOverHttp(u"c%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    QVERIFY(openSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->limitReached(), Wait);
    auto *create = child<QPushButton>(m_window.get(), u"create"_s);
    QVERIFY(!create->isEnabled());
    QCOMPARE(create->toolTip(), ValidationKeys::message(ValidationKeys::limitReached()));
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(!shownDialog<CreateConnectionDialog>(m_window.get()));

    // One deleted elsewhere: F5 brings Create back.
    QCOMPARE(m_admin->send("DELETE", u"/rest/connections/c00"_s).status, 204);
    refreshAndWait(*m_window, 49);
    QTRY_VERIFY(create->isEnabled());
}

void TestMainWindowCreate::passwordShownOnceThenHiddenAfterLeaving()
{
    QVERIFY(openSignedIn());
    CreateConnectionDialog *dialog = openCreateDialog(*m_window);
    QVERIFY(dialog);
    auto *label = child<QLineEdit>(dialog, u"label"_s);
    QTest::keyClicks(label, u"ERP"_s);
    QTest::keyClick(label, Qt::Key_Return);
    QVERIFY(waitPageLoaded(*m_window));
    const QString code = page(*m_window)->code();
    QCOMPARE(code, ConnectionRules::codeFromLabel(u"ERP"_s));
    CredentialsPanel *panel = credentials(*m_window);
    auto *passwordEdit = child<QLineEdit>(panel, u"password"_s);
    QVERIFY(panel->isPasswordShown());
    const QString password = passwordEdit->text();
    QVERIFY(!password.isEmpty());
    QVERIFY(panel->passwordNote().contains(u"won't show it to you twice"_s));
    QVERIFY(child<QPushButton>(panel, u"savePassword"_s)->isVisible());
    // The password works with the API.
    const QJsonObject created = m_admin->get(u"/rest/connections/"_s + code).json().toObject();
    HttpClient api(m_sandbox->url());
    QVERIFY(!api.accessToken(created[u"client_id"_s].toString(), created[u"secret"_s].toString(),
                             created[u"username"_s].toString(), password)
                 .isEmpty());

    // Esc goes back; Enter on the tile opens it again: the password is gone.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    ConnectionGridView *view = nullptr;
    QModelIndex tile;
    QTRY_VERIFY((tile = tileIndex(*m_window, code, &view)).isValid());
    QTRY_VERIFY(view->hasFocus()); // the tile it came from has the focus again
    QCOMPARE(view->currentIndex(), tile);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(waitPageLoaded(*m_window));
    QVERIFY(!panel->isPasswordShown());
    QVERIFY(passwordEdit->text() != password);
    QVERIFY(panel->passwordNote().contains(u"generate a new one"_s));
}

QTEST_MAIN(TestMainWindowCreate)
#include "tst_mainwindow_create.moc"
