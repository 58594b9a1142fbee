#include "monitoring/BusinessErrorsPanel.h"

#include "monitoring/BusinessErrorsModel.h"
#include "style/Theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The sources' names look like links: activating one opens its error monitoring.
class LinkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != BusinessErrorsModel::SourceColumn)
            return;
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(
            QPalette::Text, Theme::withContrast(option->palette.color(QPalette::Link), base, 4.5));
        option->font.setUnderline(true);
    }
};

} // namespace

BusinessErrorsPanel::BusinessErrorsPanel(QWidget *parent)
    : Card(tr("Business errors per data source"), parent)
    , m_model(new BusinessErrorsModel(this))
    , m_subtitle(new QLabel(tr("Over the last 7 days"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_reason(createReasonLabel(m_stack))
{
    setObjectName(QStringLiteral("businessErrors"));
    m_model->setObjectName(QStringLiteral("businessErrorsModel"));
    m_view->setObjectName(QStringLiteral("businessErrorsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LinkDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setMouseTracking(true);
    m_view->setCursor(Qt::PointingHandCursor);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(titleLabel()->text());
    m_view->setAccessibleDescription(tr("Activate a data source to open its error monitoring."));

    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    quiet(m_subtitle);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(titleLabel());
    layout->addWidget(m_subtitle);
    layout->addWidget(m_stack, 1);

    // A click opens it, as a link would; Enter (activated) too.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        emit errorMonitoringRequested(m_model->codeAt(index.row()));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick))
            emit errorMonitoringRequested(m_model->codeAt(index.row()));
    });
    showReason(tr("Loading…"));
}

void BusinessErrorsPanel::showList()
{
    m_stack->setCurrentWidget(m_view);
    m_reason->clear();
}

void BusinessErrorsPanel::showReason(const QString &text)
{
    m_reason->setText(text);
    m_stack->setCurrentWidget(m_reason);
}

QString BusinessErrorsPanel::reason() const
{
    return m_stack->currentWidget() == m_view ? QString() : m_reason->text();
}
