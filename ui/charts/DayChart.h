#pragma once

#include "charts/ChartsExport.h"
#include "style/Theme.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QDate>
#include <QPointer>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

// One Data flows chart (docs/pim-api.md §10): the counts of a model day by day (the roles of
// DayChartRoles, those of monitoring/DataFlowsChartModel) as a
// line over a faint area, each point labelled with its exact count. The model's first row, the
// "previous" day, lies left of the plot: the line comes in from the left edge towards the first
// day of the week, as in the PIM. The y axis counts in whole numbers. The colours come from the
// palette (and the tone, for the line), so the chart reads in light and dark themes; hovering
// shows the exact day and count.
//
// It lives in the charts module, a shared library loaded when the first chart is made
// (monitoring/ChartModule), so that Qt Charts and OpenGL are not loaded at start.
class PIM_CHARTS_EXPORT DayChart : public QChartView
{
    Q_OBJECT

public:
    DayChart(QAbstractItemModel *model, Theme::Tone tone, QWidget *parent = nullptr);

    QAbstractItemModel *model() const { return m_model; }
    // The points drawn: x is the model's row, y its count.
    QLineSeries *line() const { return m_line; }
    // The tooltip of a day (a model row): its long date, what is counted and the count.
    QString toolTipFor(int row) const;

protected:
    bool viewportEvent(QEvent *event) override;
    // Each day's exact count above its point (Qt Charts' own point labels round big numbers).
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    // The model row nearest to a point of the viewport, -1 outside the plot.
    int rowAt(const QPoint &viewportPos) const;
    // The model's values (0 or an invalid date without a model or outside its rows).
    int rows() const;
    QString name() const;
    QDate dateAt(int row) const;
    qint64 countAt(int row) const;
    bool isPreviousDay(int row) const;

    QPointer<QAbstractItemModel> m_model;
    Theme::Tone m_tone;
    QLineSeries *m_line;
    QAreaSeries *m_area;
    QCategoryAxis *m_days;
    QValueAxis *m_counts;
};
