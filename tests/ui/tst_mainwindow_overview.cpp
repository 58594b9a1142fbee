// The window against a real pim-sandbox, on the overview: the empty state and its button, the
// sections and their counts as connections come and go, deleting a tile with the keyboard, the
// note about wrong credentials, and the search (Ctrl+F, Esc clears it).
#include "Children.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "WindowTest.h"
#include "dialogs/CreateConnectionDialog.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/EmptyState.h"
#include "overview/OverviewPage.h"
#include "services/MessageBox.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/MessageBar.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowOverview : public WindowTest
{
    Q_OBJECT

private slots:
    void emptyStateOpensTheCreateDialog();
    void sectionsAndCountsAfterCreateAndDelete();
    void deleteFromTheOverviewWithTheKeyboard();
    void wrongCredentialsMarked();
    void searchWithCtrlF();
};

void TestMainWindowOverview::emptyStateOpensTheCreateDialog()
{
    QVERIFY(openSignedIn());
    OverviewPage *overview = m_window->overview();
    QTRY_VERIFY(overview->isEmptyStateShown());
    QCOMPARE(overview->emptyState()->title(), u"No connection declared yet."_s);
    QVERIFY(!overview->emptyState()->text().isEmpty());
    auto *action = child<QPushButton>(overview, u"emptyAction"_s);
    QVERIFY(action->isEnabled());
    QTest::mouseClick(action, Qt::LeftButton);
    auto *dialog = shownDialog<CreateConnectionDialog>(m_window.get());
    QVERIFY(dialog);
    dialog->reject();
}

void TestMainWindowOverview::sectionsAndCountsAfterCreateAndDelete()
{
    createOverHttp(u"erp"_s, u"data_source"_s);
    createOverHttp(u"dam"_s, u"data_source"_s);
    QVERIFY(openSignedIn());
    OverviewPage *overview = m_window->overview();
    QTRY_COMPARE(overview->section(FlowType::Source)->count(), 2);
    QVERIFY(overview->section(FlowType::Source)->isVisible());
    QVERIFY(!overview->section(FlowType::Destination)->isVisible());
    QVERIFY(!overview->section(FlowType::Other)->isVisible());
    QCOMPARE(overview->section(FlowType::Source)->title(), u"Data sources"_s);
    QCOMPARE(overview->section(FlowType::Source)->countText(), u"2 connections"_s);

    // Created from the window: a destination, its section appears with its count.
    CreateConnectionDialog *dialog = openCreateDialog(*m_window);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, u"label"_s), u"Shop"_s);
    child<FlowTypeChooser>(dialog, u"flowType"_s)->button(FlowType::Destination)->click();
    QCOMPARE(dialog->flowType(), FlowType::Destination);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(waitPageLoaded(*m_window));
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    QTRY_COMPARE(overview->section(FlowType::Destination)->count(), 1);
    QVERIFY(overview->section(FlowType::Destination)->isVisible());
    QCOMPARE(overview->section(FlowType::Destination)->countText(), u"1 connection"_s);

    // Deleted from the overview: the section's count goes down.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    ConnectionGridView *view = nullptr;
    const QModelIndex erp = tileIndex(*m_window, u"erp"_s, &view);
    QVERIFY(erp.isValid());
    view->setFocus();
    view->setCurrentIndex(erp);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(overview->section(FlowType::Source)->count(), 1, Wait);
    QCOMPARE(overview->section(FlowType::Source)->countText(), u"1 connection"_s);
}

void TestMainWindowOverview::deleteFromTheOverviewWithTheKeyboard()
{
    createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
    ConnectionGridView *view = nullptr;
    const QModelIndex tile = tileIndex(*m_window, u"erp"_s, &view);
    QVERIFY(tile.isValid());
    view->setFocus();
    view->setCurrentIndex(tile);
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(m_box->lastQuestion()->text.contains(u"delete the connection"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overview()->isEmptyStateShown(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 404);
}

void TestMainWindowOverview::wrongCredentialsMarked()
{
    const Created erp = createOverHttp(u"erp"_s);
    const Created shop = createOverHttp(u"shop"_s, u"data_destination"_s);
    HttpClient api(m_sandbox->url());
    // The shop's client id used with the ERP's user.
    QVERIFY(!api.accessToken(shop.clientId, shop.secret, erp.username, erp.password).isEmpty());
    QVERIFY(openSignedIn());
    ConnectionGridView *view = nullptr;
    QModelIndex tile;
    QTRY_VERIFY((tile = tileIndex(*m_window, u"shop"_s, &view)).isValid());
    QTRY_VERIFY(tile.data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QVERIFY(
        tile.data(ConnectionListModel::WrongCredentialsTextRole).toString().contains(erp.username));
    QVERIFY(!tileIndex(*m_window, u"erp"_s, &view)
                 .data(ConnectionListModel::HasWrongCredentialsRole)
                 .toBool());
    auto *note = child<MessageBar>(m_window.get(), u"wrongCredentialsNote"_s);
    QTRY_VERIFY(note->isVisible());
}

void TestMainWindowOverview::searchWithCtrlF()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    QVERIFY(openSignedIn());
    OverviewPage *overview = m_window->overview();
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 2);
    activate(*m_window);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *search = child<QLineEdit>(overview, u"search"_s);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"sho"_s);
    QTRY_VERIFY(!overview->section(FlowType::Source)->isVisible());
    QCOMPARE(overview->section(FlowType::Destination)->count(), 1);
    QTest::keyClicks(search, u"zzz"_s);
    QTRY_VERIFY(overview->isNoMatchShown());
    // Esc in the search field clears it.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(search->text().isEmpty());
    QTRY_COMPARE(overview->section(FlowType::Source)->count(), 1);
    QVERIFY(overview->section(FlowType::Source)->isVisible());
}

QTEST_MAIN(TestMainWindowOverview)
#include "tst_mainwindow_overview.moc"
