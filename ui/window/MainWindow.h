#pragma once

#include <chrono>

#include "window/LastPage.h"
#include "window/StartOptions.h"
#include "workspace/Workspace.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class Clipboard;
class ConnectionCache;
class ConnectionPage;
class ConnectivityBar;
class CreateFlow;
class DataFlowsRoute;
class DeleteFlow;
class InstanceRegistry;
class InstanceSwitcher;
class MessageBar;
class MessageBox;
class MonitoringPages;
class OverviewPage;
class PageStack;
class QSettings;
class SecretStore;
class SignInFlow;
class WindowActions;

// The window: its pages (PageStack: the overview, a connection's page; MonitoringPages: the error
// monitoring and an App's page; DataFlowsRoute: the Data flows), its actions and menus
// (WindowActions), the bars shared by the pages (offline, messages), and the wiring between
// them and the Workspace of the PIM in use. One Workspace at a time; switching PIMs builds a
// new one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Dependencies
    {
        InstanceRegistry *registry = nullptr; // required
        ConnectionCache *cache = nullptr;     // required
        SecretStore *secrets = nullptr;       // required
        QSettings *settings = nullptr; // the window's geometry and last page; null: not remembered
        Clipboard *clipboard = nullptr;       // null: the window makes its own
        MessageBox *messageBox = nullptr;     // null: the window makes its own
        Workspace::Options workspaceOptions;  // forceOffline comes from start()
    };

    explicit MainWindow(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the PIM the command line names (adding it when new), or the last one used, or asks
    // to sign in to one.
    void start(const StartOptions &options);
    // Shows the window once the PIM opened by start() has its offline copy in the overview, so
    // that the first frame shows the connections rather than "Loading…" (the copy is read on
    // the cache thread while the window is built), or after `most` at the latest. At once when
    // no PIM was opened.
    void showOnceFilled(std::chrono::milliseconds most);
    // The size, in device pixels, the tiles' logos are kept at for a screen of this ratio (see
    // LogoCache::setTileBound()); main() has the thumbnails decoded at it for the primary
    // screen while the window is built.
    static QSize tileBound(qreal devicePixelRatio);

    Workspace *workspace() const { return m_workspace.get(); }
    OverviewPage *overview() const { return m_overview; }
    bool isShowingConnection() const;

    MonitoringPages *monitoringPages() const { return m_monitoringPages; }

    // The page shown, and of which PIM (what is remembered when the window closes).
    LastPage currentPage() const;

    // A later start of the app (SingleInstance): the window comes to the front and opens the PIM
    // the command line names, leaving the page shown first.
    void openFromCommandLine(const StartOptions &options);

public slots:
    void openConnection(const QString &code, const std::optional<QString> &oneTimePassword = {});
    // A source connection's business errors (docs/pim-api.md §9.3); from its page, back returns
    // there, else to the overview. For a connected App, its page's "Error monitoring" tab.
    void openErrorMonitoring(const QString &code);
    // A connected App's page, by its connection code (docs/pim-api.md §11.2).
    void openApp(const QString &connectionCode);
    // Back to the overview (asking about unsaved changes first).
    void showOverview();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // LogoCache::setTileBound() for this window's screen.
    void updateTileBound();
    void connectActions();
    // The connection's page, when first opened (PageStack), wired to the window.
    ConnectionPage *makeConnectionPage();
    void connectMonitoring(); // MainWindowMonitoring.cpp
    void openInstance(const PimInstance &instance);
    void switchTo(const QString &id);
    void bindWorkspace();
    void setKeepSecrets(bool keep);
    void onSignInSubmitted(const QUrl &url, const QString &username, const QString &password,
                           bool remember);
    QString findOrAddInstance(const QUrl &url, const QString &username);
    void onCreated(const ConnectionDetails &details);
    void refreshWriteState();
    void onPageChanged(bool connectionShown);
    void deleteCurrent();
    // MainWindowMemory.cpp: the geometry, state and last page, from and to the settings.
    void restoreWindowMemory();
    void saveWindowMemory();
    void restoreLastPage(const QString &instanceId);
    void showPage(const LastPage &page);

    Dependencies m_deps;
    std::unique_ptr<Clipboard> m_ownClipboard;
    std::unique_ptr<MessageBox> m_ownMessageBox;
    MessageBox *m_messageBox;
    std::unique_ptr<Workspace> m_workspace;
    bool m_forceOffline = false;
    struct PendingPassword
    {
        QString password;
        bool remember = false;
    };
    std::optional<PendingPassword> m_pendingPassword; // for the next workspace built
    bool m_closing = false;
    bool m_watchingScreen = false;
    std::optional<LastPage> m_pageToRestore; // until the first PIM opens

    PageStack *m_stack;
    OverviewPage *m_overview;
    MonitoringPages *m_monitoringPages;
    QWidget *m_status;
    ConnectivityBar *m_connectivity;
    MessageBar *m_messages;
    SignInFlow *m_signIn;
    CreateFlow *m_create;
    DeleteFlow *m_delete;
    InstanceSwitcher *m_switcher;
    DataFlowsRoute *m_dataFlows = nullptr;

    WindowActions *m_actions = nullptr;
};
