#include "connection/ConnectionLogo.h"

#include "widgets/PlaceholderLogo.h"

#include <QPainter>

ConnectionLogo::ConnectionLogo(int extent, QWidget *parent)
    : QWidget(parent)
    , m_extent(extent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Logo"));
}

void ConnectionLogo::setConnection(const QString &label, const QString &code)
{
    m_label = label;
    m_code = code;
    update();
}

void ConnectionLogo::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QImage();
    update();
}

QSize ConnectionLogo::sizeHint() const
{
    return QSize(m_extent, m_extent);
}

void ConnectionLogo::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_image.isNull()) {
        PlaceholderLogo::paint(&painter, rect(), m_label, m_code, palette());
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize logical = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QSize device = (QSizeF(logical) * ratio).toSize();
    if (m_scaled.size() != device)
        m_scaled = m_image.scaled(device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QRect target(QPoint((width() - logical.width()) / 2, (height() - logical.height()) / 2),
                       logical);
    painter.drawImage(target, m_scaled);
}
