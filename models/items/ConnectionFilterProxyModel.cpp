#include "items/ConnectionFilterProxyModel.h"

#include "items/ConnectionListModel.h"

ConnectionFilterProxyModel::ConnectionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &ConnectionFilterProxyModel::checkCounts);
    connect(this, &QAbstractItemModel::modelReset, this, &ConnectionFilterProxyModel::checkCounts);
    connect(this, &QAbstractItemModel::layoutChanged, this,
            &ConnectionFilterProxyModel::checkCounts);
    connect(this, &QAbstractItemModel::dataChanged, this, &ConnectionFilterProxyModel::checkCounts);
}

QString ConnectionFilterProxyModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

QString ConnectionFilterProxyModel::countText(int count)
{
    return tr("%n connection(s)", nullptr, count);
}

void ConnectionFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_foldedText = folded(trimmed);
    refilter();
}

void ConnectionFilterProxyModel::setFlowTypeFilter(std::optional<FlowType> type)
{
    if (type == m_flowType)
        return;
    m_flowType = type;
    refilter();
}

bool ConnectionFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_flowType && index.data(ConnectionListModel::FlowTypeRole).toInt() != int(*m_flowType))
        return false;
    if (m_foldedText.isEmpty())
        return true;
    return folded(index.data(ConnectionListModel::LabelRole).toString()).contains(m_foldedText) ||
           folded(index.data(ConnectionListModel::CodeRole).toString()).contains(m_foldedText);
}

bool ConnectionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // FlowType's enum order is the sections' order (FlowType.h, docs/pim-api.md §7).
    const int leftType = left.data(ConnectionListModel::FlowTypeRole).toInt();
    const int rightType = right.data(ConnectionListModel::FlowTypeRole).toInt();
    if (leftType != rightType)
        return leftType < rightType;
    return left.row() < right.row(); // the server's order
}

int ConnectionFilterProxyModel::countOf(FlowType type) const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(ConnectionListModel::FlowTypeRole).toInt() == int(type))
            ++count;
    }
    return count;
}

int ConnectionFilterProxyModel::firstRowOf(FlowType type) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(ConnectionListModel::FlowTypeRole).toInt() == int(type))
            return row;
    }
    return -1;
}

void ConnectionFilterProxyModel::refilter()
{
    // Filtering removes and inserts rows range by range: report the counts once, at the end.
    m_refiltering = true;
    invalidateFilter();
    m_refiltering = false;
    checkCounts();
}

void ConnectionFilterProxyModel::checkCounts()
{
    if (m_refiltering)
        return;
    const std::array<int, 3> counts{countOf(FlowType::Source), countOf(FlowType::Destination),
                                    countOf(FlowType::Other)};
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}
