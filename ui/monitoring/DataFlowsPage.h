#pragma once

#include "domain/AuditCounts.h"
#include "domain/FlowType.h"
#include "style/Theme.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class ChartPanel;
class BusinessErrorsPanel;
class DataFlowsHeader;
class DataFlowsSection;
class MessageBar;
class QVBoxLayout;
class Workspace;
struct ApiError;
struct ChartFacts;

// The Data flows dashboard (docs/pim-api.md §10) of the PIM in use: "Inbound" (products created
// and updated per source connection, or all), "Outbound" (products sent per destination), and
// "Errors on data sources" (errors per day, and the business errors per source over the last 7
// days, each opening its error monitoring). The days are the PIM user's, the 8 dates of each
// chart starting with the "previous" day; the numbers are the PIM's, exactly.
//
// It reads everything through Workspace::monitoring() (from the PIM, or from this computer's copy
// when the PIM cannot be reached: then "Offline: as of …"), and explains each empty chart from
// what the workspace knows (ChartReason). Thin: it emits what the user asks for elsewhere.
class DataFlowsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataFlowsPage(QWidget *parent = nullptr);
    ~DataFlowsPage() override;

    // Not owned; null when no PIM is open. Forgets what was shown.
    void setWorkspace(Workspace *workspace);
    // The shared message bars (offline, errors): placed under the header. Not owned.
    void setStatusArea(QWidget *area);

    bool isLoading() const { return m_loading; }
    // Some numbers are on screen (from the PIM or from the cache).
    bool hasData() const { return m_flows.has_value(); }
    bool isFromCache() const { return m_fromCache; }
    QDateTime asOf() const { return m_asOf; }
    MessageBar *messageBar() const { return m_message; }

public slots:
    // Loads the numbers again (F5); what is on screen stays until they come.
    void reload();

signals:
    void backRequested();
    // "Business errors per data source": the user chose a source.
    void errorMonitoringRequested(const QString &code);
    // A reason's "its settings" link: the connection's page, where tracking is turned on.
    void openConnectionRequested(const QString &code);
    // A reason's "here." link: create a connection.
    void createRequested();
    // An answer (numbers or a failure) is on screen.
    void loadFinished();

private:
    struct Chart
    {
        ChartPanel *panel;
        std::function<const WeeklyAudit &(const DataFlows &)> audit;
    };
    struct Section
    {
        DataFlowsSection *widget;
        FlowType flowType;
        QList<Chart> charts;
    };

    Section makeSection(const QString &name, const QString &title, const QString &pickerLabel,
                        FlowType flowType);
    Chart addChart(Section &section, const QString &name, const QString &title,
                   std::function<const WeeklyAudit &(const DataFlows &)> audit, Theme::Tone tone);
    void onAnswer(quint64 generation, const ApiError &error, const DataFlows &flows,
                  const QDateTime &asOf, bool fromCache);
    // Pickers, charts and reasons again from the numbers and what the workspace knows.
    void updateAll();
    void updateSection(Section &section);
    void updateBusinessErrors();
    // Every panel says this instead of its numbers (loading, nothing cached).
    void showEverywhere(const QString &text);
    ChartFacts factsFor(FlowType flowType, const QStringList &counted) const;
    QString labelOf(const QString &code) const;
    void askAppNames();
    void onLink(const QString &link);
    void setLoading(bool loading);
    void applyRefreshState();

    QPointer<Workspace> m_workspace;
    DataFlowsHeader *m_header;
    QVBoxLayout *m_statusSlot;
    MessageBar *m_message;
    QList<Section> m_sections;
    BusinessErrorsPanel *m_businessErrors;

    std::optional<DataFlows> m_flows;
    QDateTime m_asOf;
    bool m_fromCache = false;
    bool m_loading = false;
    bool m_appsAsked = false;
    QTimer m_updateTimer;     // what the workspace knows changed: updateAll() once, soon
    quint64 m_generation = 0; // bumped by reload() and setWorkspace(): late answers are dropped
};
