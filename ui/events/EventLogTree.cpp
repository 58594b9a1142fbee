#include "events/EventLogTree.h"

#include "events/EventLogModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>

// An entry's row is one line of the view's font (no wrapping, no icon): its height is the same
// whatever the text (Qt takes a line's height from the font asked for, even where other fonts
// draw some of its characters). The view asks the rows' heights at each layout, for the rows
// near its end, every time a page arrives; the standard delegate lays each cell's text out to
// answer (in pim-bench-eventlogs, about a fifth of the GUI thread's time). This one works that
// height out once per font, style and decoration size, and lays out only texts with line
// breaks and the contexts' rows (several lines). Widths are exact only while the view asks
// them for "resize to contents" (sizeHintForColumn()); otherwise the view uses the heights
// alone.
class EventLogTree::Delegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool exactWidths = false;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (exactWidths || index.parent().isValid()) // a context's row
            return QStyledItemDelegate::sizeHint(option, index);
        // Line breaks in a text (the delegate shows them) make its cell several lines high.
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.contains(QLatin1Char('\n')) || text.contains(QChar::LineSeparator) ||
            text.contains(QChar::ParagraphSeparator))
            return QStyledItemDelegate::sizeHint(option, index);
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        if (m_lineHeight < 0 || style != m_style || option.font != m_font ||
            option.decorationSize != m_decorationSize) {
            QStyleOptionViewItem line = option;
            initStyleOption(&line, index);
            line.text = QStringLiteral("Xg");
            line.features |= QStyleOptionViewItem::HasDisplay;
            m_lineHeight =
                style->sizeFromContents(QStyle::CT_ItemViewItem, &line, QSize(), option.widget)
                    .height();
            m_style = style;
            m_font = option.font;
            m_decorationSize = option.decorationSize;
        }
        return QSize(0, m_lineHeight);
    }

private:
    mutable int m_lineHeight = -1;
    mutable const QStyle *m_style = nullptr;
    mutable QFont m_font;
    mutable QSize m_decorationSize;
};

EventLogTree::EventLogTree(EventLogModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_delegate(new Delegate(this))
{
    setModel(model);
    setItemDelegate(m_delegate);
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

int EventLogTree::sizeHintForColumn(int column) const
{
    m_delegate->exactWidths = true;
    const int width = QTreeView::sizeHintForColumn(column);
    m_delegate->exactWidths = false;
    return width;
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
