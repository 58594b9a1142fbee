#include "monitoring/DataFlowsChartModel.h"

#include <QLocale>

#include <algorithm>

DataFlowsChartModel::DataFlowsChartModel(const QString &name, QObject *parent)
    : QAbstractTableModel(parent)
    , m_name(name)
{}

int DataFlowsChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int DataFlowsChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataFlowsChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DayColumn)
            return QLocale().toString(dateAt(row), QLocale::ShortFormat);
        return countAt(row);
    case Qt::ToolTipRole:
        // The exact day and count, as the chart's tooltip says them.
        return QStringLiteral("%1: %2").arg(QLocale().toString(dateAt(row), QLocale::LongFormat),
                                            QLocale().toString(countAt(row)));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case DateRole:
        return dateAt(row);
    case CountRole:
        return countAt(row);
    case PreviousDayRole:
        return isPreviousDay(row);
    default:
        return {};
    }
}

QVariant DataFlowsChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_days.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case DayColumn:
        return tr("Day");
    case CountColumn:
        return m_name;
    default:
        return {};
    }
}

void DataFlowsChartModel::setSeries(const AuditSeries &series)
{
    if (series.days() == m_days && int(series.previous.size()) == m_previousDays &&
        series.total == m_total)
        return; // the same numbers: the chart stays as drawn
    beginResetModel();
    m_days = series.days();
    m_previousDays = int(series.previous.size());
    m_total = series.total;
    endResetModel();
}

void DataFlowsChartModel::clear()
{
    setSeries(AuditSeries());
}

QDate DataFlowsChartModel::dateAt(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days.at(row).date : QDate();
}

qint64 DataFlowsChartModel::countAt(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days.at(row).count : 0;
}

bool DataFlowsChartModel::isPreviousDay(int row) const
{
    return row >= 0 && row < m_previousDays;
}

qint64 DataFlowsChartModel::maximum() const
{
    qint64 most = 0;
    for (const AuditDay &day : m_days)
        most = std::max(most, day.count);
    return most;
}
