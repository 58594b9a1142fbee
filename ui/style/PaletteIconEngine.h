#pragma once

#include "style/Theme.h"

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

// An icon engine for the app's monochrome SVG icons (drawn with "currentColor"). Each pixmap is
// rendered on demand from the SVG at the exact device-pixel size asked for (sharp at any scale)
// in the colour the application's palette gives the icon's mode at that moment: the text colour
// for Normal and Active, the disabled text colour for Disabled, the highlighted text colour for
// Selected; or a tone's colour (Theme) for warnings and errors. Pixmaps are cached by size and
// colour, so a palette change (dark mode) simply renders new ones on the next paint.
class PaletteIconEngine : public QIconEngine
{
public:
    PaletteIconEngine(const QString &svgPath, Theme::Tone tone);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    // The colour an icon of this tone gets in that mode, from the application's palette.
    static QColor colorFor(Theme::Tone tone, QIcon::Mode mode);
    // The SVG with every "currentColor" replaced by the colour.
    static QByteArray recolored(const QByteArray &svg, const QColor &color);

private:
    QPixmap render(const QSize &devicePixels, QIcon::Mode mode);

    QString m_path;
    Theme::Tone m_tone;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};
