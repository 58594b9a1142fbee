#include "style/PaletteIconEngine.h"

#include "style/UiLog.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace {

constexpr int MaxCachedPixmaps = 24;

} // namespace

PaletteIconEngine::PaletteIconEngine(const QString &svgPath, Theme::Tone tone)
    : m_path(svgPath)
    , m_tone(tone)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll(); // a few hundred bytes from the resources, not the disk
    else
        qCWarning(lcUi) << "icon not found:" << svgPath;
}

QColor PaletteIconEngine::colorFor(Theme::Tone tone, QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    if (tone == Theme::Tone::Neutral)
        return palette.color(QPalette::WindowText);
    return Theme::foreground(tone, palette);
}

QByteArray PaletteIconEngine::recolored(const QByteArray &svg, const QColor &color)
{
    QByteArray out = svg;
    out.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return out;
}

QPixmap PaletteIconEngine::render(const QSize &devicePixels, QIcon::Mode mode)
{
    if (devicePixels.isEmpty() || m_svg.isEmpty())
        return {};
    const QColor color = colorFor(m_tone, mode);
    const QString cacheKey = QString::number(devicePixels.width()) + QLatin1Char('x') +
                             QString::number(devicePixels.height()) + color.name(QColor::HexArgb);
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return *it;

    QPixmap pixmap(devicePixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(recolored(m_svg, color));
    QPainter painter(&pixmap);
    // Keep the square icons square inside whatever rectangle is asked for.
    const int side = qMin(devicePixels.width(), devicePixels.height());
    const QRectF target((devicePixels.width() - side) / 2.0, (devicePixels.height() - side) / 2.0,
                        side, side);
    renderer.render(&painter, target);
    painter.end();

    if (m_cache.size() >= MaxCachedPixmaps)
        m_cache.clear();
    m_cache.insert(cacheKey, pixmap);
    return pixmap;
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    Q_UNUSED(state)
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap = render((QSizeF(rect.size()) * ratio).toSize(), mode);
    pixmap.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect.topLeft(), pixmap);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    return render(size, mode);
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                        qreal scale)
{
    Q_UNUSED(state)
    Q_UNUSED(scale) // QIcon already asks for the size in device pixels
    return render(size, mode);
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    return size; // scalable
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("PaletteIconEngine");
}

QString PaletteIconEngine::iconName()
{
    return m_path;
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}
