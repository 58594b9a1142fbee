#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class DataFlowsPage;
class OverviewPage;
class QAction;
class QMainWindow;
class QMenu;
class QStackedWidget;
class Workspace;

// The way to the Data flows page and back, kept out of MainWindow: the page in the window's
// stack (built when first shown), its action "&Data Flows" (Ctrl+D) in a "&View" menu and as a
// button in the overview's header, and, while the page is shown, the window's shared bars on it,
// and Back (Esc) and Refresh (F5) acting on it.
class DataFlowsRoute : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QMainWindow *window = nullptr;
        QStackedWidget *stack = nullptr;
        OverviewPage *overview = nullptr;
        QWidget *status = nullptr; // the shared bars (offline, messages)
        QAction *back = nullptr;
        QAction *refresh = nullptr;
        // Runs `proceed` once the page shown may be left (unsaved changes are asked about).
        std::function<void(std::function<void()>)> leaveThen;
    };

    explicit DataFlowsRoute(const Window &window);

    // The page, built the first time it is asked for (show() does).
    DataFlowsPage *page();
    QAction *action() const { return m_action; }
    // "&View", holding the action: for the window's menu bar.
    QMenu *menu() const { return m_menu; }
    bool isShown() const;

    // Not owned; may be null (the action is then disabled).
    void setWorkspace(Workspace *workspace);
    // Leaves the page shown (asking first if needed), then shows the Data flows and loads them.
    void show();

signals:
    void errorMonitoringRequested(const QString &code);
    void openConnectionRequested(const QString &code);
    void createRequested();

private:
    void onPageChanged();
    void backToOverview();

    Window m_window;
    QPointer<Workspace> m_workspace;
    DataFlowsPage *m_page = nullptr;
    QAction *m_action;
    QMenu *m_menu;
};
