#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class AppPage;
class AppsLoader;
class Clipboard;
class ErrorMonitoringPage;
class MessageBox;
class OverviewPage;
class QAbstractItemModel;
class Workspace;
class QStackedWidget;
class QWidget;
class Workspace;

// The main window's pages of the monitoring part of a PIM (docs/pim-api.md §9.3 and §11.2): a
// connection's error monitoring and a connected App's page, in the window's page stack, and the
// overview's "Connected Apps" tiles kept up to date (AppsLoader). The window gives them its
// Workspace and says how to leave the page shown; they go back to the overview by themselves
// and ask the window for a connection's page.
class MonitoringPages : public QObject
{
    Q_OBJECT

public:
    // How to leave the window's page shown before showing another (the connection page asks
    // about unsaved changes first): calls go() once it may, or never.
    using Leave = std::function<void(const std::function<void()> &go)>;

    MonitoringPages(QStackedWidget *stack, OverviewPage *overview, Clipboard *clipboard,
                    MessageBox *messageBox, QObject *parent = nullptr);
    ~MonitoringPages() override;

    void setLeave(Leave leave) { m_leave = std::move(leave); }
    void setWorkspace(Workspace *workspace);
    // Forgets what the pages show (another PIM is opened).
    void clear();

    // A connection's errors; `fromConnection`: back goes to the connection's page, else to the
    // overview. An App's code opens the App's page on its "Error monitoring" tab.
    void openErrorMonitoring(const QString &code, bool fromConnection);
    void openApp(const QString &connectionCode);

    // One of these pages is the stack's current one.
    bool isShowing() const;
    bool isShowingApp() const;
    // The shared bars go to the page shown.
    void setStatusArea(QWidget *area);
    // Esc and the back button: where the page came from.
    void goBack();
    // "Delete…" on the App's page.
    void deleteCurrent();

    AppsLoader *apps() const { return m_apps; }
    // Built when first opened (not at start: the window's first frame does not wait for them).
    ErrorMonitoringPage *errorPage();
    AppPage *appPage();

signals:
    void connectionRequested(const QString &code);
    // The App was deleted from its page; the window tells the user.
    void appDeleted(const QString &name);

private:
    void show(QWidget *page, const std::function<void()> &open);
    void showOverview(const QString &focusCode);

    QPointer<QStackedWidget> m_stack;
    QPointer<OverviewPage> m_overview;
    Clipboard *m_clipboard;
    MessageBox *m_messageBox;
    QPointer<Workspace> m_workspace;
    ErrorMonitoringPage *m_errorPage = nullptr;
    AppPage *m_appPage = nullptr;
    AppsLoader *m_apps;
    Leave m_leave;
    bool m_errorsFromConnection = false;
};
