#include "overview/ConnectionGridView.h"

#include "items/ConnectionListModel.h"
#include "overview/ConnectionTileDelegate.h"

#include <QKeyEvent>
#include <QScrollBar>

ConnectionGridView::ConnectionGridView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ConnectionTileDelegate(this))
{
    setItemDelegate(m_delegate);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionRectVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    // The tiles are cards on the page's own background.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(this, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(codeAt(index));
    });
    relayout();
}

void ConnectionGridView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ConnectionGridView::updateHeight);
        connect(model, &QAbstractItemModel::modelReset, this, &ConnectionGridView::updateHeight);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ConnectionGridView::updateHeight);
    }
    updateHeight();
}

QString ConnectionGridView::codeAt(const QModelIndex &index) const
{
    return index.data(ConnectionListModel::CodeRole).toString();
}

QString ConnectionGridView::currentCode() const
{
    return currentIndex().isValid() ? codeAt(currentIndex()) : QString();
}

int ConnectionGridView::neededHeight() const
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    const int rows = (count + m_columns - 1) / m_columns;
    return rows * ConnectionTileDelegate::cellHeight(fontMetrics());
}

QSize ConnectionGridView::sizeHint() const
{
    return QSize(3 * (ConnectionTileDelegate::MinTileWidth + ConnectionTileDelegate::Gap),
                 neededHeight());
}

QSize ConnectionGridView::minimumSizeHint() const
{
    return QSize(ConnectionTileDelegate::MinTileWidth + ConnectionTileDelegate::Gap, 0);
}

void ConnectionGridView::relayout()
{
    // Section 7: as many columns of at least 140 px, 20 px apart, as the width holds; they
    // share what is left. Each cell holds a tile and half the gap on each side.
    const int width = qMax(1, viewport()->width());
    const int cell = ConnectionTileDelegate::MinTileWidth + ConnectionTileDelegate::Gap;
    m_columns = qMax(1, width / cell);
    const int cellWidth = qMax(cell, width / m_columns);
    m_delegate->setCellWidth(cellWidth);
    setGridSize(QSize(cellWidth, ConnectionTileDelegate::cellHeight(fontMetrics())));
    updateHeight();
}

void ConnectionGridView::updateHeight()
{
    const int height = neededHeight();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
    updateGeometry();
}

void ConnectionGridView::enterAt(int column, bool fromAbove)
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return;
    int row = 0;
    if (fromAbove) {
        row = qMin(column, count - 1);
    } else {
        const int lastRowStart = ((count - 1) / m_columns) * m_columns;
        row = qMin(lastRowStart + column, count - 1);
    }
    setFocus(fromAbove ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    setCurrentIndex(model()->index(row, 0, rootIndex()));
}

void ConnectionGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    relayout();
}

void ConnectionGridView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void ConnectionGridView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (!current.isValid() || count == 0 || event->modifiers() & ~Qt::KeypadModifier) {
        QListView::keyPressEvent(event);
        return;
    }
    const int row = current.row();
    const int column = row % m_columns;
    const int lastRow = (count - 1) / m_columns;
    bool leave = false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit openRequested(codeAt(current));
        event->accept();
        return;
    case Qt::Key_Delete:
        emit deleteRequested(codeAt(current));
        event->accept();
        return;
    case Qt::Key_Up:
        leave = row / m_columns == 0;
        break;
    case Qt::Key_Down:
        leave = row / m_columns == lastRow;
        break;
    case Qt::Key_Left:
        leave = layoutDirection() == Qt::LeftToRight ? row == 0 : row == count - 1;
        break;
    case Qt::Key_Right:
        leave = layoutDirection() == Qt::LeftToRight ? row == count - 1 : row == 0;
        break;
    default:
        break;
    }
    if (leave) {
        event->accept();
        emit leaveRequested(event->key(), column);
        return;
    }
    QListView::keyPressEvent(event);
}

void ConnectionGridView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (current.isValid()) {
        // The selection follows the keyboard, so the focused tile shows as chosen.
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
        emit currentTileMoved(visualRect(current));
    }
}

void ConnectionGridView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
        emit currentTileMoved(visualRect(current));
    }
}
