#include "monitoring/BusinessErrorsModel.h"

#include "widgets/PlainText.h"

#include <QLocale>

#include <algorithm>
#include <limits>

BusinessErrorsModel::BusinessErrorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BusinessErrorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BusinessErrorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BusinessErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SourceColumn)
            return row.label;
        //: The count of a source in "Business errors per data source", as the PIM says it.
        return row.count <= std::numeric_limits<int>::max()
                   ? tr("%Ln business error(s)", nullptr, int(row.count))
                   : tr("%1 business errors").arg(QLocale().toString(row.count));
    case Qt::ToolTipRole:
        // The label is the PIM's text: a tooltip shows it as it is, never as markup.
        return PlainText::toolTip(tr("Open the error monitoring of “%1”").arg(row.label));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case CodeRole:
        return row.code;
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

QVariant BusinessErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Data source");
    case CountColumn:
        return tr("Business errors");
    default:
        return {};
    }
}

void BusinessErrorsModel::setCounts(const ErrorCounts &counts,
                                    const std::function<QString(const QString &)> &labelOf)
{
    QList<Row> rows;
    rows.reserve(counts.counts.size());
    for (const auto &[code, count] : counts.counts)
        rows.append({code, labelOf(code), count});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString BusinessErrorsModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

qint64 BusinessErrorsModel::countAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).count : 0;
}

int BusinessErrorsModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).code == code)
            return row;
    }
    return -1;
}

qint64 BusinessErrorsModel::total() const
{
    qint64 sum = 0;
    for (const Row &row : m_rows)
        sum += row.count;
    return sum;
}
