#include "window/MainWindow.h"

#include "connection/ConnectionPage.h"
#include "overview/OverviewPage.h"
#include "widgets/MessageBar.h"
#include "window/CreateFlow.h"
#include "window/DataFlowsRoute.h"
#include "window/InstanceSwitcher.h"
#include "window/MonitoringPages.h"
#include "window/PageStack.h"
#include "window/WindowActions.h"

#include <QMenuBar>

// The window's part of the monitoring screens (docs/pim-api.md §9 to §11): the Data flows
// dashboard, the error monitoring pages and the connected Apps' pages, to and from them.

void MainWindow::connectMonitoring()
{
    m_monitoringPages->setLeave([this](const std::function<void()> &go) {
        m_messages->hide();
        m_stack->leaveThen(go);
    });
    connect(m_overview, &OverviewPage::appOpenRequested, this, &MainWindow::openApp);
    connect(m_monitoringPages, &MonitoringPages::connectionRequested, this,
            [this](const QString &code) { openConnection(code); });
    connect(m_monitoringPages, &MonitoringPages::appDeleted, this, [this]() {
        m_messages->showMessage(MessageBar::Type::Positive, tr("App successfully deleted."));
    });
    m_dataFlows = new DataFlowsRoute({this, m_stack, m_overview, m_status, m_actions->back(),
                                      m_actions->refresh(), [this](std::function<void()> proceed) {
                                          m_stack->leaveThen(std::move(proceed));
                                      }});
    menuBar()->insertMenu(m_switcher->menu()->menuAction(), m_dataFlows->menu());
    connect(m_dataFlows, &DataFlowsRoute::errorMonitoringRequested, this,
            &MainWindow::openErrorMonitoring);
    connect(m_dataFlows, &DataFlowsRoute::openConnectionRequested, this,
            [this](const QString &code) { openConnection(code); });
    connect(m_dataFlows, &DataFlowsRoute::createRequested, m_create, &CreateFlow::open);
}

void MainWindow::openErrorMonitoring(const QString &code)
{
    const bool fromConnection = isShowingConnection() && m_stack->connectionPage()->code() == code;
    if (m_workspace)
        m_monitoringPages->openErrorMonitoring(code, fromConnection);
}

void MainWindow::openApp(const QString &connectionCode)
{
    if (m_workspace)
        m_monitoringPages->openApp(connectionCode);
}
