#include "widgets/BusyStrip.h"

#include "style/Theme.h"

#include <QPainter>

namespace {
constexpr int Height = 3;
constexpr int Steps = 1000;
} // namespace

BusyStrip::BusyStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Activity"));
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        m_phase = (m_phase + 12) % Steps;
        update();
    });
}

void BusyStrip::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_phase = 0;
    setAccessibleDescription(busy ? tr("Busy") : QString());
    if (busy)
        m_timer.start();
    else
        m_timer.stop();
    update();
}

QSize BusyStrip::sizeHint() const
{
    return QSize(100, Height);
}

QSize BusyStrip::minimumSizeHint() const
{
    return QSize(0, Height);
}

void BusyStrip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QPalette &p = palette();
    // The hairline at the bottom, in the colour of the tiles' frames.
    const QColor line = Theme::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.16);
    painter.fillRect(QRect(0, height() - 1, width(), 1), line);
    if (!m_busy)
        return;
    // A segment a third of the width, entering on one side and leaving on the other.
    const qreal span = width() / 3.0;
    const qreal x = -span + (width() + span) * (m_phase / qreal(Steps));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(x, 0, span, height()), p.color(QPalette::Highlight));
}
