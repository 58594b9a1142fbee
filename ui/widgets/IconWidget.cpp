#include "widgets/IconWidget.h"

#include <QPainter>

IconWidget::IconWidget(QWidget *parent)
    : IconWidget(QIcon(), 16, parent)
{}

IconWidget::IconWidget(const QIcon &icon, int extent, QWidget *parent)
    : QWidget(parent)
    , m_icon(icon)
    , m_extent(extent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void IconWidget::setIcon(const QIcon &icon)
{
    m_icon = icon;
    update();
}

void IconWidget::setExtent(int extent)
{
    m_extent = extent;
    updateGeometry();
    update();
}

QSize IconWidget::sizeHint() const
{
    return {m_extent, m_extent};
}

void IconWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_icon.isNull())
        return;
    QPainter painter(this);
    const QRect square(0, 0, m_extent, m_extent);
    m_icon.paint(&painter, square.translated((width() - m_extent) / 2, (height() - m_extent) / 2),
                 Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}
