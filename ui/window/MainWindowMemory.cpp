#include "window/MainWindow.h"

#include "apps/AppPage.h"
#include "connection/ConnectionPage.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "window/DataFlowsRoute.h"
#include "window/MonitoringPages.h"
#include "window/PageStack.h"

#include <QSettings>

#include <memory>

// What the window remembers from one run to the next (QSettings): its geometry and state, and
// the page it showed, of which PIM.

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

void MainWindow::restoreWindowMemory()
{
    if (!m_deps.settings)
        return;
    restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
    restoreState(m_deps.settings->value(StateKey).toByteArray());
    m_pageToRestore = LastPage::load(*m_deps.settings);
}

void MainWindow::saveWindowMemory()
{
    if (!m_deps.settings)
        return;
    m_deps.settings->setValue(GeometryKey, saveGeometry());
    m_deps.settings->setValue(StateKey, saveState());
    if (m_workspace)
        currentPage().save(*m_deps.settings);
}

LastPage MainWindow::currentPage() const
{
    LastPage page;
    page.instanceId = m_workspace ? m_workspace->instance().id : QString();
    if (isShowingConnection()) {
        page.kind = LastPage::Kind::Connection;
        page.code = m_stack->connectionPage()->code();
    } else if (m_monitoringPages->isShowingApp()) {
        page.kind = LastPage::Kind::App;
        page.code = m_monitoringPages->appPage()->code();
    } else if (m_monitoringPages->isShowing()) {
        page.kind = LastPage::Kind::ErrorMonitoring;
        page.code = m_monitoringPages->errorPage()->code();
    } else if (m_dataFlows->isShown()) {
        page.kind = LastPage::Kind::DataFlows;
    }
    return page;
}

void MainWindow::showPage(const LastPage &page)
{
    switch (page.kind) {
    case LastPage::Kind::Overview:
        showOverview();
        break;
    case LastPage::Kind::Connection:
        openConnection(page.code);
        break;
    case LastPage::Kind::DataFlows:
        m_dataFlows->show();
        break;
    case LastPage::Kind::ErrorMonitoring:
        openErrorMonitoring(page.code);
        break;
    case LastPage::Kind::App:
        openApp(page.code);
        break;
    }
}

void MainWindow::restoreLastPage(const QString &instanceId)
{
    // Only for the first PIM opened, and only when it is the one the page was of.
    const auto page = std::exchange(m_pageToRestore, std::nullopt);
    if (!page || page->instanceId != instanceId || page->kind == LastPage::Kind::Overview)
        return;
    // Once the PIM answered (or is known to be out of reach): a page asks it for its details.
    Workspace *ws = m_workspace.get();
    auto settled = [ws]() {
        return ws->connectivity() == Workspace::Connectivity::Online ||
               ws->connectivity() == Workspace::Connectivity::Offline;
    };
    if (settled()) {
        showPage(*page);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(ws, &Workspace::connectivityChanged, this, [this, ws, page, settled, once]() {
        if (!settled())
            return;
        disconnect(*once);
        if (m_workspace.get() == ws && !isShowingConnection() && !m_monitoringPages->isShowing())
            showPage(*page);
    });
}

void MainWindow::openFromCommandLine(const StartOptions &options)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (options.server.isEmpty())
        return;
    // Another PIM: the page shown is left first (unsaved changes are asked about).
    m_stack->leaveThen([this, options]() { start(options); });
}
