#pragma once

#include <QWidget>

class ErrorMonitoringPanel;
class PageHeader;
class QVBoxLayout;
class Workspace;

// The "Error monitoring" page of a connection (docs/pim-api.md §9.3), a page of the main window:
// a header (back, the breadcrumb "System › Connections › <label> › Error monitoring" whose
// "Connections" goes to the overview and whose label goes to the connection's page, the title,
// the connection under it), the shared status bars, then the ErrorMonitoringPanel.
class ErrorMonitoringPage : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorMonitoringPage(QWidget *parent = nullptr);

    // Not owned; null when no PIM is open.
    void setWorkspace(Workspace *workspace);
    // Shows a connection's errors; its label and flow type from the list (the code until known).
    void open(const QString &code);
    void clear();
    // The shared message bars (offline, errors): placed under the header. Not owned.
    void setStatusArea(QWidget *area);

    QString code() const;
    PageHeader *header() const { return m_header; }
    ErrorMonitoringPanel *panel() const { return m_panel; }

signals:
    void backRequested();
    void overviewRequested();
    void connectionRequested(const QString &code);

private:
    Workspace *m_workspace = nullptr;
    PageHeader *m_header;
    QVBoxLayout *m_statusSlot;
    ErrorMonitoringPanel *m_panel;
};
