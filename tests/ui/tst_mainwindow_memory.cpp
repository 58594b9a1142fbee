// The window against a real pim-sandbox, from one run to the next: its size, position and the
// page it showed come back (QSettings), and a later start of the app (SingleInstance hands over
// its command line) opens the PIM its --server names.
#include "HttpClient.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "store/InstanceRegistry.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowMemory : public WindowTest
{
    Q_OBJECT

private:
    // A window remembering into `settings`, signed in to the fixture's sandbox, online.
    std::unique_ptr<MainWindow> openRemembering(QSettings *settings)
    {
        MainWindow::Dependencies deps = dependencies();
        deps.settings = settings;
        auto window = WindowDriver::show(deps);
        startSignedIn(*window, m_sandbox->url());
        if (!WindowDriver::waitOnline(*window))
            return nullptr;
        return window;
    }

private slots:
    void theConnectionPageAndTheGeometryComeBack();
    void theDataFlowsComeBack();
    void aLaterStartOpensItsServer();
};

void TestMainWindowMemory::theConnectionPageAndTheGeometryComeBack()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"dam"_s);
    QSettings settings(m_dir->filePath(u"window.ini"_s), QSettings::IniFormat);
    m_window = openRemembering(&settings);
    QVERIFY(m_window);
    const QSize size(720, 530);
    m_window->resize(size);
    QVERIFY(openLoaded(u"dam"_s));
    const LastPage shown = m_window->currentPage();
    QCOMPARE(shown.kind, LastPage::Kind::Connection);
    QCOMPARE(shown.code, u"dam"_s);
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = openRemembering(&settings);
    QVERIFY(m_window);
    QCOMPARE(m_window->size(), size);
    QVERIFY(WindowDriver::waitPageLoaded(*m_window));
    QCOMPARE(page(*m_window)->code(), u"dam"_s);
    QCOMPARE(m_window->currentPage(), shown);

    // Back on the overview when it closes: the overview next time.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    QVERIFY(m_window->close());
    m_window = openRemembering(&settings);
    QVERIFY(m_window);
    QTest::qWait(300); // nothing is opened after the start
    QCOMPARE(m_window->currentPage().kind, LastPage::Kind::Overview);
}

void TestMainWindowMemory::theDataFlowsComeBack()
{
    QSettings settings(m_dir->filePath(u"window.ini"_s), QSettings::IniFormat);
    m_window = openRemembering(&settings);
    QVERIFY(m_window);
    m_window->findChild<QAction *>(u"dataFlowsAction"_s)->trigger();
    QTRY_COMPARE(m_window->currentPage().kind, LastPage::Kind::DataFlows);
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = openRemembering(&settings);
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->currentPage().kind, LastPage::Kind::DataFlows);
}

void TestMainWindowMemory::aLaterStartOpensItsServer()
{
    QVERIFY(openSignedIn());
    const QString first = m_registry->currentId();
    m_window->showMinimized();

    StartOptions later;
    later.server = QUrl(u"http://127.0.0.1:9/"_s); // a PIM not known yet, no one listening
    later.username = u"julia"_s;
    m_window->openFromCommandLine(later);
    QVERIFY(!m_window->isMinimized());
    QTRY_VERIFY(m_registry->currentId() != first);
    QTRY_COMPARE(m_window->workspace()->instance().username, u"julia"_s);
    QCOMPARE(m_window->workspace()->instance().baseUrl.port(), 9);
}

QTEST_MAIN(TestMainWindowMemory)
#include "tst_mainwindow_memory.moc"
