// The window against a real pim-sandbox, without it: the cached overview painted before the PIM
// answers, a start while the PIM is down (the cache shown, writes disabled with the reason, back
// online by itself when it returns), and --offline.
#include "Children.h"
#include "SandboxProcess.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "dialogs/CreateConnectionDialog.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "window/ConnectivityBar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

class TestMainWindowOffline : public WindowTest
{
    Q_OBJECT

private slots:
    void cachedOverviewBeforeAnyReply();
    void firstFrameShowsTheCachedTiles();
    void offlineStartShowsTheCacheThenComesBackOnline();
    void forcedOfflineDisablesWrites();

private:
    // A first session that caches the sandbox's `rows` connections, then the window closed.
    bool cacheAndClose(int rows);
    QString connectivityText() const;
};

namespace {

// Calls `shown` at the window's first Show event.
class ShowWatcher : public QObject
{
public:
    explicit ShowWatcher(std::function<void()> shown)
        : m_shown(std::move(shown))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_shown)
            std::exchange(m_shown, nullptr)();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_shown;
};

} // namespace

bool TestMainWindowOffline::cacheAndClose(int rows)
{
    const bool cached =
        openSignedIn() &&
        QTest::qWaitFor([&]() { return m_window->workspace()->model()->rowCount() == rows; }, Wait);
    m_window.reset();
    return cached;
}

QString TestMainWindowOffline::connectivityText() const
{
    return child<ConnectivityBar>(m_window.get(), u"connectivityBar"_s)->text();
}

void TestMainWindowOffline::cachedOverviewBeforeAnyReply()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    QVERIFY(cacheAndClose(2));

    // Next start: when the cached snapshot is in, the tiles are there and the PIM has not
    // answered yet.
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    Workspace *workspace = m_window->workspace();
    QVERIFY(workspace);
    std::optional<Workspace::Connectivity> stateThen;
    int tilesThen = -1;
    connect(workspace, &Workspace::snapshotLoaded, this, [&]() {
        stateThen = workspace->connectivity();
        tilesThen = m_window->overview()->section(FlowType::Source)->count() +
                    m_window->overview()->section(FlowType::Destination)->count();
    });
    QTRY_VERIFY_WITH_TIMEOUT(stateThen.has_value(), Wait);
    QCOMPARE(tilesThen, 2);
    QVERIFY(*stateThen != Workspace::Connectivity::Online);
    QVERIFY(waitOnline(*m_window));
}

void TestMainWindowOffline::firstFrameShowsTheCachedTiles()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    QVERIFY(cacheAndClose(2));

    // As app/main.cpp starts: the PIM opened, then the window shown once its offline copy is in
    // the overview, never with "Loading…" in its first frame.
    auto window = std::make_unique<MainWindow>(dependencies());
    startSignedIn(*window, m_sandbox->url());
    QVERIFY(window->workspace());
    bool loaded = false;
    connect(window->workspace(), &Workspace::snapshotLoaded, this, [&]() { loaded = true; });
    std::optional<int> tilesWhenShown;
    bool loadedWhenShown = false;
    ShowWatcher watcher([&]() {
        loadedWhenShown = loaded;
        tilesWhenShown = window->overview()->section(FlowType::Source)->count() +
                         window->overview()->section(FlowType::Destination)->count();
    });
    window->installEventFilter(&watcher);
    window->showOnceFilled(std::chrono::milliseconds(60000));
    QVERIFY(!window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), Wait);
    QVERIFY(loadedWhenShown);
    QCOMPARE(tilesWhenShown, std::optional<int>(2));
    window->removeEventFilter(&watcher);
    window.reset();

    // No PIM opened (nothing to wait for): shown at once.
    MainWindow::Dependencies none = dependencies();
    auto empty = std::make_unique<MainWindow>(none);
    empty->showOnceFilled(std::chrono::milliseconds(60000));
    QVERIFY(empty->isVisible());
}

void TestMainWindowOffline::offlineStartShowsTheCacheThenComesBackOnline()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    QVERIFY(cacheAndClose(2));

    // The PIM is down: the next start paints the cached tiles and says since when.
    m_sandbox->stop();
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(m_window->workspace());
    QSignalSpy loaded(m_window->workspace(), &Workspace::snapshotLoaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(Wait));
    QCOMPARE(m_window->workspace()->model()->rowCount(), 2);
    QCOMPARE(m_window->overview()->section(FlowType::Source)->count(), 1);
    QCOMPARE(m_window->overview()->section(FlowType::Destination)->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Offline, Wait);
    QTRY_VERIFY(connectivityText().startsWith(u"Offline — showing connections as of "_s));
    auto *create = child<QPushButton>(m_window.get(), u"create"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(!create->toolTip().isEmpty());
    QCOMPARE(create->toolTip(), m_window->workspace()->writeDisabledReason());

    // Reading still works: the page opens from the cache, writes disabled with the reason.
    QVERIFY(openLoaded(u"erp"_s));
    ConnectionPage *shown = page(*m_window);
    QVERIFY(shown->isFromCache());
    QVERIFY(!child<QAction>(shown, u"deleteConnection"_s)->isEnabled());
    auto *regenerate = child<QPushButton>(shown, u"regenerateSecret"_s);
    QVERIFY(!regenerate->isEnabled());
    QVERIFY(!regenerate->toolTip().isEmpty());
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());

    // The PIM is back: the window goes back online by itself.
    QVERIFY2(m_sandbox->restart(true), qPrintable(m_sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Online, Wait);
    QTRY_VERIFY(create->isEnabled());
    QVERIFY(connectivityText().isEmpty());
    // One network manager, made at the first request, serves every later one.
    QCOMPARE(m_window->workspace()->findChildren<QNetworkAccessManager *>().size(), 1);
}

void TestMainWindowOffline::forcedOfflineDisablesWrites()
{
    createOverHttp(u"erp"_s);
    QVERIFY(cacheAndClose(1));

    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url(), true); // --offline
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->model()->rowCount(), 1, Wait);
    QVERIFY(m_window->workspace()->isForcedOffline());
    QTRY_VERIFY(connectivityText().startsWith(u"Offline — "_s));
    // The keyboard starts in the search, not in the offline message above it.
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(m_window->overview()->header()->searchField()));
    QVERIFY(!child<QPushButton>(m_window.get(), u"create"_s)->isEnabled());
    auto *refresh = child<QToolButton>(m_window.get(), u"refresh"_s);
    QVERIFY(!refresh->isEnabled());
    QVERIFY(refresh->toolTip().contains(u"--offline"_s));
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(!shownDialog<CreateConnectionDialog>(m_window.get()));
    QTest::qWait(300);
    QCOMPARE(m_window->workspace()->connectivity(), Workspace::Connectivity::Offline);
    // Offline from the start: Qt's network stack was never set up (PimSession makes its
    // network manager at the first request).
    QVERIFY(m_window->workspace()->findChildren<QNetworkAccessManager *>().isEmpty());
}

QTEST_MAIN(TestMainWindowOffline)
#include "tst_mainwindow_offline.moc"
