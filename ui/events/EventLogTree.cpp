#include "events/EventLogTree.h"

#include "events/EventLogModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

EventLogTree::EventLogTree(EventLogModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(model);
    setAccessibleName(tr("Event logs"));
    setRootIsDecorated(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(false); // an unfolded context is several lines high
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header()->resizeSection(EventLogModel::DateTimeColumn, em * 13);
    header()->resizeSection(EventLogModel::LevelColumn, em * 7);

    // The context row spans the three columns.
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &entry) {
        if (m_model->hasContext(entry.row()))
            setFirstColumnSpanned(0, entry, true);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &EventLogTree::checkNearEnd);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &EventLogTree::checkNearEnd);
    // After a page arrived and the view laid it out (the range may not change when it fits).
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            QTimer::singleShot(0, this, &EventLogTree::checkNearEnd);
    });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this]() { QTimer::singleShot(0, this, &EventLogTree::checkNearEnd); });
}

bool EventLogTree::isNearEnd() const
{
    const QScrollBar *bar = verticalScrollBar();
    // ScrollPerItem: the scroll bar counts rows.
    return bar->maximum() - bar->value() <= NearEndRows;
}

void EventLogTree::checkNearEnd()
{
    if (m_model->entryCount() == 0)
        return;
    // The rows a page added are laid out on a zero timer, which can come after this check: the
    // scroll bar would still have the range of the rows before, and the page just shown would
    // look like the end (the next one asked at once, and so on to the last).
    executeDelayedItemsLayout();
    if (isNearEnd())
        emit nearEnd();
}
