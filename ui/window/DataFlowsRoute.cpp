#include "window/DataFlowsRoute.h"

#include "monitoring/DataFlowsPage.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "style/Icons.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStackedWidget>

DataFlowsRoute::DataFlowsRoute(const Window &window)
    : QObject(window.window)
    , m_window(window)
    , m_action(new QAction(Icons::icon(Icons::Name::Chart), tr("&Data Flows"), this))
    , m_menu(new QMenu(tr("&View"), window.window))
{
    m_action->setObjectName(QStringLiteral("dataFlowsAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_action->setIconText(tr("Data flows"));
    m_action->setToolTip(
        tr("The products and errors of your tracked connections over the last 7 days (%1)")
            .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setStatusTip(m_action->toolTip());
    m_action->setEnabled(false);
    window.window->addAction(m_action);
    m_menu->addAction(m_action);
    window.overview->header()->addTitleAction(m_action);

    connect(m_action, &QAction::triggered, this, &DataFlowsRoute::show);
    // After the window's own handlers (connected before this object existed): Esc and F5 act on
    // this page while it is shown, and the shared bars move onto it.
    connect(window.back, &QAction::triggered, this, [this]() {
        if (isShown())
            backToOverview();
    });
    connect(window.refresh, &QAction::triggered, this, [this]() {
        if (isShown())
            m_page->reload();
    });
    connect(window.stack, &QStackedWidget::currentChanged, this, &DataFlowsRoute::onPageChanged);
}

DataFlowsPage *DataFlowsRoute::page()
{
    if (m_page)
        return m_page;
    // Built when first shown: its charts cost nothing to a window that never shows them.
    m_page = new DataFlowsPage(m_window.stack);
    m_window.stack->addWidget(m_page);
    m_page->setWorkspace(m_workspace);
    connect(m_page, &DataFlowsPage::backRequested, this, &DataFlowsRoute::backToOverview);
    connect(m_page, &DataFlowsPage::errorMonitoringRequested, this,
            &DataFlowsRoute::errorMonitoringRequested);
    connect(m_page, &DataFlowsPage::openConnectionRequested, this,
            &DataFlowsRoute::openConnectionRequested);
    connect(m_page, &DataFlowsPage::createRequested, this, &DataFlowsRoute::createRequested);
    return m_page;
}

bool DataFlowsRoute::isShown() const
{
    return m_page && m_window.stack->currentWidget() == m_page;
}

void DataFlowsRoute::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (m_page)
        m_page->setWorkspace(workspace);
    m_action->setEnabled(workspace != nullptr);
}

void DataFlowsRoute::show()
{
    if (!m_action->isEnabled() || isShown())
        return;
    m_window.leaveThen([this]() {
        m_window.stack->setCurrentWidget(page());
        m_page->reload();
    });
}

void DataFlowsRoute::backToOverview()
{
    m_window.stack->setCurrentWidget(m_window.overview);
}

void DataFlowsRoute::onPageChanged()
{
    if (isShown())
        m_page->setStatusArea(m_window.status);
}
