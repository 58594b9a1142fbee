#include "overview/ConnectionSection.h"

#include "items/ConnectionFilterProxyModel.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionTileDelegate.h"
#include "style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ConnectionSection::ConnectionSection(FlowType flowType, QWidget *parent)
    : ConnectionSection(flowType, FlowTypes::sectionTitle(flowType), FlowTypes::toApi(flowType),
                        parent)
{}

ConnectionSection *ConnectionSection::appsSection(QWidget *parent)
{
    return new ConnectionSection(std::nullopt, tr("Connected Apps"), QStringLiteral("apps"),
                                 parent);
}

ConnectionSection::ConnectionSection(std::optional<FlowType> flowType, const QString &title,
                                     const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_flowType(flowType)
    , m_proxy(new ConnectionFilterProxyModel(this))
    , m_title(new QLabel(title, this))
    , m_count(new QLabel(this))
    , m_view(new ConnectionGridView(this))
{
    m_proxy->setFlowTypeFilter(flowType);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("grid_") + name);
    m_view->setAccessibleName(title);
    setObjectName(QStringLiteral("section_") + name);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_count->setObjectName(QStringLiteral("sectionCount"));

    // The heading lines up with the tiles' left edge; the grid's cells carry half the gap.
    const int half = ConnectionTileDelegate::Gap / 2;
    auto *heading = new QHBoxLayout;
    heading->setContentsMargins(half, 0, half, 0);
    heading->setSpacing(12);
    heading->addWidget(m_title, 0, Qt::AlignBaseline);
    heading->addWidget(m_count, 0, Qt::AlignBaseline);
    heading->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(heading);
    layout->addWidget(m_view);

    connect(m_proxy, &ConnectionFilterProxyModel::countsChanged, this, &ConnectionSection::refresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ConnectionSection::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionSection::refresh);
    refresh();
}

void ConnectionSection::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    refresh();
}

void ConnectionSection::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    refresh();
}

int ConnectionSection::count() const
{
    return m_proxy->sourceModel() ? m_proxy->rowCount() : 0;
}

int ConnectionSection::totalCount() const
{
    return m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
}

QString ConnectionSection::title() const
{
    return m_title->text();
}

QString ConnectionSection::countText() const
{
    return m_count->text();
}

void ConnectionSection::refresh()
{
    const int n = count();
    m_count->setText(m_flowType ? ConnectionFilterProxyModel::countText(n)
                                : tr("%n App(s)", nullptr, n));
    Theme::useSecondaryText(m_count, palette());
    m_view->setAccessibleDescription(m_count->text());
    if (parentWidget() || n == 0) // never a window of its own
        setVisible(n > 0);
    if (n != m_lastCount) {
        m_lastCount = n;
        emit countChanged(n);
    }
}

void ConnectionSection::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}
