#include "window/MonitoringPages.h"

#include "apps/AppPage.h"
#include "apps/AppsLoader.h"
#include "items/AppListModel.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "overview/OverviewPage.h"
#include "workspace/Workspace.h"

#include <QStackedWidget>

MonitoringPages::MonitoringPages(QStackedWidget *stack, OverviewPage *overview,
                                 Clipboard *clipboard, MessageBox *messageBox, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_overview(overview)
    , m_clipboard(clipboard)
    , m_messageBox(messageBox)
    , m_apps(new AppsLoader(this))
{
    overview->setAppModel(m_apps->model());
}

MonitoringPages::~MonitoringPages() = default;

ErrorMonitoringPage *MonitoringPages::errorPage()
{
    if (m_errorPage || !m_stack)
        return m_errorPage;
    m_errorPage = new ErrorMonitoringPage(m_stack);
    m_stack->addWidget(m_errorPage);
    m_errorPage->setWorkspace(m_workspace);
    connect(m_errorPage, &ErrorMonitoringPage::backRequested, this, &MonitoringPages::goBack);
    connect(m_errorPage, &ErrorMonitoringPage::overviewRequested, this, [this]() {
        const QString code = m_errorPage->code();
        m_errorPage->clear();
        showOverview(code);
    });
    connect(m_errorPage, &ErrorMonitoringPage::connectionRequested, this,
            &MonitoringPages::connectionRequested);
    return m_errorPage;
}

AppPage *MonitoringPages::appPage()
{
    if (m_appPage || !m_stack)
        return m_appPage;
    m_appPage = new AppPage(m_clipboard, m_messageBox, m_stack);
    m_stack->addWidget(m_appPage);
    m_appPage->setWorkspace(m_workspace);
    connect(m_appPage, &AppPage::backRequested, this, &MonitoringPages::goBack);
    connect(m_appPage, &AppPage::deleted, this, [this](const QString &, const QString &name) {
        showOverview(QString());
        emit appDeleted(name);
    });
    return m_appPage;
}

void MonitoringPages::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (m_errorPage)
        m_errorPage->setWorkspace(workspace);
    if (m_appPage)
        m_appPage->setWorkspace(workspace);
    m_apps->setWorkspace(workspace);
}

void MonitoringPages::clear()
{
    if (m_errorPage)
        m_errorPage->clear();
    if (m_appPage)
        m_appPage->clear();
}

void MonitoringPages::show(QWidget *page, const std::function<void()> &open)
{
    auto go = [this, page, open]() {
        open();
        if (m_stack)
            m_stack->setCurrentWidget(page);
    };
    if (m_leave)
        m_leave(go);
    else
        go();
}

void MonitoringPages::openErrorMonitoring(const QString &code, bool fromConnection)
{
    if (code.isEmpty() || !m_stack)
        return;
    if (m_apps->model()->rowOf(code) >= 0) {
        // An App's connection: the connection routes are not for it (docs/pim-api.md §11.1);
        // its page has the monitoring.
        show(appPage(), [this, code]() {
            m_appPage->open(code);
            m_appPage->showErrorMonitoring();
        });
        return;
    }
    show(errorPage(), [this, code, fromConnection]() {
        m_errorsFromConnection = fromConnection;
        m_errorPage->open(code);
    });
}

void MonitoringPages::openApp(const QString &connectionCode)
{
    if (connectionCode.isEmpty() || !m_stack)
        return;
    show(appPage(), [this, connectionCode]() { m_appPage->open(connectionCode); });
}

bool MonitoringPages::isShowing() const
{
    QWidget *current = m_stack ? m_stack->currentWidget() : nullptr;
    return current && (current == m_errorPage || current == m_appPage); // null until built
}

bool MonitoringPages::isShowingApp() const
{
    return m_stack && m_stack->currentWidget() == m_appPage;
}

void MonitoringPages::setStatusArea(QWidget *area)
{
    if (isShowingApp())
        m_appPage->setStatusArea(area);
    else if (isShowing())
        m_errorPage->setStatusArea(area);
}

void MonitoringPages::goBack()
{
    if (isShowingApp()) {
        const QString code = m_appPage->code();
        m_appPage->clear();
        showOverview(code);
    } else if (isShowing()) {
        const QString code = m_errorPage->code();
        m_errorPage->clear();
        if (m_errorsFromConnection)
            emit connectionRequested(code);
        else
            showOverview(code);
    }
}

void MonitoringPages::deleteCurrent()
{
    if (isShowingApp())
        m_appPage->askDelete();
}

void MonitoringPages::showOverview(const QString &focusCode)
{
    if (!m_stack || !m_overview)
        return;
    m_stack->setCurrentWidget(m_overview);
    if (!focusCode.isEmpty())
        m_overview->focusTile(focusCode);
}
