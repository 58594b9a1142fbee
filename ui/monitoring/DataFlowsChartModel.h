#pragma once

#include "charts/DayChartRoles.h"
#include "domain/AuditCounts.h"

#include <QAbstractTableModel>

// The numbers of one Data flows chart (docs/pim-api.md §10): one row per day, oldest first, as
// the PIM gave them. Row 0 is the "previous" day: the chart starts its first segment there, and
// it is not part of total() (§10, rule 3). Column 0 is the day, column 1 its count.
//
// The chart (charts/DayChart) draws from this model, and the tests read it: every number is the PIM's
// integer, never rounded.
class DataFlowsChartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DayColumn = 0, CountColumn = 1, ColumnCount };
    static_assert(int(CountColumn) == DayChartRoles::NameColumn);
    // What the chart reads (charts/DayChartRoles.h); the name is the header of CountColumn.
    enum Role {
        DateRole = DayChartRoles::Date,               // QDate of the row
        CountRole = DayChartRoles::Count,             // qint64 count of the row
        PreviousDayRole = DayChartRoles::PreviousDay, // bool: the day before the week
    };
    Q_ENUM(Role)

    // `name` is what is counted ("Products created"), the header of the count column.
    explicit DataFlowsChartModel(const QString &name, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The days of a series (its previous day then its week) and its total. An empty series (no
    // days) empties the model. The same numbers again change nothing (no reset).
    void setSeries(const AuditSeries &series);
    void clear();

    QString name() const { return m_name; }
    bool isEmpty() const { return m_days.isEmpty(); }
    QDate dateAt(int row) const;
    qint64 countAt(int row) const;
    bool isPreviousDay(int row) const;
    // What the legend shows: the PIM's 7-day total and the last day's count.
    qint64 total() const { return m_total; }
    qint64 today() const { return m_days.isEmpty() ? 0 : m_days.constLast().count; }
    // The largest count of any row (the previous day included): the chart's scale.
    qint64 maximum() const;
    // Every count is 0 (or there is no day).
    bool isAllZero() const { return maximum() == 0; }

private:
    QString m_name;
    QList<AuditDay> m_days;
    int m_previousDays = 0;
    qint64 m_total = 0;
};
