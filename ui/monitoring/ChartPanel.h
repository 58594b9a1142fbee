#pragma once

#include "monitoring/Card.h"
#include "style/Theme.h"

class DataFlowsChartModel;
class QLabel;
class QStackedWidget;

// A card holding one Data flows chart (docs/pim-api.md §10): its title ("Products created"), the
// legend "Total over the last 7 days: N" and "Today: N" from its model, and the chart, or in
// its place the reason it has nothing to show (ChartReason) or "Loading…". The reason's links
// are emitted as linkActivated().
class ChartPanel : public Card
{
    Q_OBJECT

public:
    // `name` is the object name of the panel; its model is `name + "Model"`, its chart
    // `name + "Chart"`.
    ChartPanel(const QString &name, const QString &title, Theme::Tone tone,
               QWidget *parent = nullptr);

    DataFlowsChartModel *model() const { return m_model; }
    // The chart (a charts/DayChart), or a label saying why it cannot be drawn.
    QWidget *chart() const { return m_chart; }

    // The chart, with the legend from the model.
    void showChart();
    // A sentence (rich text, with links) instead of the chart and its legend.
    void showReason(const QString &text);
    bool isChartShown() const;
    QString reason() const;

private:
    void updateLegend();

    DataFlowsChartModel *m_model;
    QLabel *m_total;
    QLabel *m_today;
    QStackedWidget *m_stack;
    QWidget *m_chart;
    QLabel *m_reason;
};
