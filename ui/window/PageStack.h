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
// connection's page with unsaved changes asks first (ConnectionPage::requestLeave).
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    PageStack(OverviewPage *overview, ConnectionPage *page, QWidget *status,
              QWidget *parent = nullptr);

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
    ConnectionPage *m_page;
    QWidget *m_status;
    MonitoringPages *m_monitoring = nullptr;
};
