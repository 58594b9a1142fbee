#include "monitoring/BusinessErrorTableView.h"

#include "items/BusinessErrorTableModel.h"

#include <QHeaderView>
#include <QTimer>

BusinessErrorTableView::BusinessErrorTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("errorTable"));
    setAccessibleName(tr("Business errors"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &BusinessErrorTableView::onSortIndicatorChanged);
}

void BusinessErrorTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    QHeaderView *header = horizontalHeader();
    if (!model || header->count() < BusinessErrorTableModel::ColumnCount)
        return;
    header->setSectionResizeMode(BusinessErrorTableModel::DateTimeColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BusinessErrorTableModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BusinessErrorTableModel::DetailsColumn, QHeaderView::Interactive);
    header->resizeSection(BusinessErrorTableModel::DetailsColumn,
                          fontMetrics().averageCharWidth() * 38);
    setDateOrder(m_order);
}

void BusinessErrorTableView::setDateOrder(Qt::SortOrder order)
{
    m_order = order;
    horizontalHeader()->setSortIndicator(BusinessErrorTableModel::DateTimeColumn, order);
    if (model())
        model()->sort(BusinessErrorTableModel::DateTimeColumn, order);
}

void BusinessErrorTableView::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    // A click on a header moves the indicator: on another column, it goes back where the sort
    // is; on "Day and time", the order turns.
    if (section != BusinessErrorTableModel::DateTimeColumn)
        horizontalHeader()->setSortIndicator(BusinessErrorTableModel::DateTimeColumn, m_order);
    else if (order != m_order)
        setDateOrder(order);
}

void BusinessErrorTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // The message column's width changed: its rows wrap again, once the layout has settled.
    QTimer::singleShot(0, this, &BusinessErrorTableView::fitRows);
}

void BusinessErrorTableView::fitRows()
{
    resizeRowsToContents();
}
