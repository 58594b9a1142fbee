#include "monitoring/BusinessErrorTableView.h"

#include "items/BusinessErrorTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

// The cells' text with some air around it: the rows hold several lines each, and read better
// apart. The background (alternate rows, selection) is the style's; the text is plain, wrapped.
class PaddedTextDelegate : public QStyledItemDelegate
{
public:
    static constexpr int Padding = 5;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active)
                                               ? QPalette::Active
                                               : QPalette::Inactive;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        painter->drawText(textRect(opt.rect), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        // Sizing a column (no width given): the lines as they are; sizing a row: wrapped to the
        // column's width.
        const bool wrap = opt.rect.width() > 2 * Padding;
        const QRect bounds =
            wrap ? opt.fontMetrics.boundingRect(QRect(0, 0, opt.rect.width() - 2 * Padding, 100000),
                                                Qt::AlignLeft | Qt::TextWordWrap, opt.text)
                 : opt.fontMetrics.boundingRect(QRect(0, 0, 100000, 100000), Qt::AlignLeft,
                                                opt.text);
        return QSize(bounds.width() + 2 * Padding, bounds.height() + 2 * Padding);
    }

private:
    static QRect textRect(const QRect &cell)
    {
        return cell.adjusted(Padding, Padding, -Padding, -Padding);
    }
};

} // namespace

BusinessErrorTableView::BusinessErrorTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("errorTable"));
    setItemDelegate(new PaddedTextDelegate(this));
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
