#include "items/BusinessErrorFilterModel.h"

#include "domain/BusinessError.h"
#include "items/BusinessErrorTableModel.h"

BusinessErrorFilterModel::BusinessErrorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BusinessErrorTableModel::SortRole);
    setDynamicSortFilter(true);
    sort(BusinessErrorTableModel::DateTimeColumn, Qt::DescendingOrder);
}

void BusinessErrorFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

QString BusinessErrorFilterModel::resultsText(int count)
{
    if (count == 0)
        return tr("No results");
    return tr("%n result(s)", nullptr, count);
}

bool BusinessErrorFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(BusinessErrorTableModel::ErrorRole).value<BusinessError>().matches(m_text);
}

bool BusinessErrorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a != b)
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    // Same time: the PIM's order (newest first) reads the same in both directions.
    return sortOrder() == Qt::DescendingOrder ? left.row() > right.row() : left.row() < right.row();
}
