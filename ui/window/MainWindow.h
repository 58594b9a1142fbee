#pragma once

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
class InstanceRegistry;
class InstanceSwitcher;
class MessageBar;
class MessageBox;
class MonitoringPages;
class OverviewPage;
class QSettings;
class QStackedWidget;
class SecretStore;
class SignInFlow;

// The window: a stack of two pages (the overview, a connection's page), the menus and their
// shortcuts, the bars shared by both pages (offline, messages), and the wiring between them
// and the Workspace of the PIM in use. One Workspace at a time; switching PIMs builds a new one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Dependencies
    {
        InstanceRegistry *registry = nullptr; // required
        ConnectionCache *cache = nullptr;     // required
        SecretStore *secrets = nullptr;       // required
        QSettings *settings = nullptr;        // the window's geometry; null: not remembered
        Clipboard *clipboard = nullptr;       // null: the window makes its own
        MessageBox *messageBox = nullptr;     // null: the window makes its own
        Workspace::Options workspaceOptions;  // forceOffline comes from start()
    };

    explicit MainWindow(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the PIM the command line names (adding it when new), or the last one used, or asks
    // to sign in to one.
    void start(const StartOptions &options);

    Workspace *workspace() const { return m_workspace.get(); }
    OverviewPage *overview() const { return m_overview; }
    bool isShowingConnection() const;

    MonitoringPages *monitoringPages() const { return m_monitoringPages; }

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

private:
    void createActions();
    void openInstance(const PimInstance &instance);
    void switchTo(const QString &id);
    void bindWorkspace();
    void setKeepSecrets(bool keep);
    void onSignInSubmitted(const QUrl &url, const QString &username, const QString &password,
                           bool remember);
    QString findOrAddInstance(const QUrl &url, const QString &username);
    void onCreated(const ConnectionDetails &details);
    void deleteFromOverview(const QString &code);
    void refreshWriteState();
    void onPageChanged();
    void goBack();
    void deleteCurrent();

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

    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    ConnectionPage *m_page;
    MonitoringPages *m_monitoringPages;
    QWidget *m_status;
    ConnectivityBar *m_connectivity;
    MessageBar *m_messages;
    SignInFlow *m_signIn;
    CreateFlow *m_create;
    InstanceSwitcher *m_switcher;

    QAction *m_createAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_keepSecretsAction = nullptr;
};
