#pragma once

#include <QStackedWidget>

#include <functional>
#include <optional>

class ConnectionPage;
class MonitoringPages;
class OverviewPage;

// The window's pages, one shown at a time: the overview, a connection's page and the monitoring
// pages (MonitoringPages and DataFlowsRoute add them), with the bars
// both share (`status`: offline, messages) under the header of the page shown. Leaving a
// connection's page with unsaved changes asks first (ConnectionPage::requestLeave). The
// connection's page is built when first opened (`makePage`), not with the window.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    PageStack(OverviewPage *overview, std::function<ConnectionPage *()> makePage, QWidget *status,
              QWidget *parent = nullptr);

    // The connection's page, built now if it was not yet.
    ConnectionPage *connectionPage();
    // The connection's page, or null while no connection was opened.
    ConnectionPage *builtConnectionPage() const { return m_page; }

    // The pages of the monitoring part, in this stack too: they get the bars and Escape when shown.
    void setMonitoringPages(MonitoringPages *pages) { m_monitoring = pages; }

    bool isShowingConnection() const;
    // Shows this connection's page, leaving the page shown first when it shows another.
    void openConnection(const QString &code, const std::optional<QString> &oneTimePassword);
    // Back to the overview (from a connection's page, on the tile of the connection left).
    void showOverview();
    // Escape: back to the overview (or where a monitoring page came from), or else clears the
    // overview's search.
    void goBack();
    // Runs `proceed` once the page shown may be left: at once on the overview.
    void leaveThen(std::function<void()> proceed);

signals:
    // Just before a connection's page opens.
    void aboutToOpenConnection();
    void pageChanged(bool connectionShown);

private:
    void onCurrentChanged();

    OverviewPage *m_overview;
    std::function<ConnectionPage *()> m_makePage;
    ConnectionPage *m_page = nullptr;
    QWidget *m_status;
    MonitoringPages *m_monitoring = nullptr;
};
