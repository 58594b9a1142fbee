// The window against a real pim-sandbox, on a connection's page: deleting it from the "…" menu
// (cancelled, then confirmed), leaving with unsaved changes (asked, then saved), and an image
// and a role chosen, saved, then the image removed.
#include "Children.h"
#include "HttpClient.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "connection/ConnectionSettingsForm.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"
#include "services/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowConnection : public WindowTest
{
    Q_OBJECT

private slots:
    void deleteFromThePage();
    void leavingWithUnsavedChangesAsks();
    void imageAndPermissionsSaved();
};

void TestMainWindowConnection::deleteFromThePage()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"dam"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    auto *deleteAction = child<QAction>(page(*m_window), u"deleteConnection"_s);

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    deleteAction->trigger();
    QCOMPARE(m_box->lastQuestion()->title, u"Confirm deletion"_s);
    QTest::qWait(200);
    QVERIFY(m_window->isShowingConnection());
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 200);

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    deleteAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 404);
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
    QCOMPARE(m_window->overview()->section(FlowType::Source)->count(), 1);
}

void TestMainWindowConnection::leavingWithUnsavedChangesAsks()
{
    createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    ConnectionPage *shown = page(*m_window);
    QTest::keyClicks(child<QLineEdit>(shown, u"label"_s), u" renamed"_s);
    QVERIFY(shown->isModified());
    QVERIFY(child<QPushButton>(shown, u"save"_s)->isEnabled());

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_box->lastQuestion()->text, MessageBox::unsavedChanges().text);
    QVERIFY(m_window->isShowingConnection());

    m_box->setNextAnswer(MessageBox::Answer::Confirm); // Save
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).json()[u"label"_s].toString(),
             u"erp renamed"_s);
}

void TestMainWindowConnection::imageAndPermissionsSaved()
{
    createOverHttp(u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    ConnectionPage *shown = page(*m_window);
    auto *form = child<ConnectionSettingsForm>(shown, u"settingsForm"_s);
    auto *role = child<QComboBox>(form, u"role"_s);
    auto *save = child<QPushButton>(shown, u"save"_s);
    // The default role is kept: its warning shows.
    QTRY_VERIFY(role->count() > 1);
    QVERIFY(!form->shownMessage(u"userRole"_s).isEmpty());

    // An image of an accepted type: previewed, sent, then saved with another role.
    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(Qt::darkCyan);
    const QString file = m_dir->filePath(u"logo.png"_s);
    QVERIFY(logo.save(file));
    form->chooseImageFile(file); // what "Choose…" does once the file dialog answers
    QTRY_VERIFY_WITH_TIMEOUT(
        !form->isDecodingImage() && !form->isImagePending() && save->isEnabled(), Wait);
    auto *removeImage = child<QPushButton>(form, u"removeImage"_s);
    QVERIFY(removeImage->isEnabled());
    role->setCurrentIndex(role->count() - 1);
    QVERIFY(shown->isModified());
    QVERIFY(form->unsavedNoticeShown()); // "There are unsaved changes."
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown->isModified() && !save->isEnabled(), Wait);
    QJsonObject saved = m_admin->get(u"/rest/connections/erp"_s).json().toObject();
    QVERIFY(!saved[u"image"_s].toString().isEmpty());
    QVERIFY(saved[u"user_role_id"_s].toString() != u"1"_s);

    // Removed and saved: no image on the PIM.
    QTest::mouseClick(removeImage, Qt::LeftButton);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown->isModified(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->get(u"/rest/connections/erp"_s).json()[u"image"_s].isNull(),
                             Wait);
}

QTEST_MAIN(TestMainWindowConnection)
#include "tst_mainwindow_connection.moc"
