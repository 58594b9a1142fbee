#include "style/Theme.h"

#include <QWidget>
#include <QtMath>

#include <algorithm>

namespace Theme {

namespace {

int hueOf(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return 212;
    case Tone::Positive:
        return 140;
    case Tone::Warning:
        return 36;
    case Tone::Negative:
        return 356;
    case Tone::Neutral:
        break;
    }
    return 0;
}

qreal channel(qreal c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

qreal relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(const QColor &color, const QColor &background, qreal ratio)
{
    const bool darken = relativeLuminance(background) > 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    color.toHsl().getHslF(&h, &s, &l, &a);
    QColor result = color;
    for (int step = 0; step < 100 && contrastRatio(result, background) < ratio; ++step) {
        l = std::clamp(l + (darken ? -0.01f : 0.01f), 0.0f, 1.0f);
        result = QColor::fromHslF(h < 0 ? 0 : h, s, l, a);
        if (l <= 0.0f || l >= 1.0f)
            break;
    }
    return result.toRgb();
}

QColor foreground(Tone tone, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (tone == Tone::Neutral)
        return text;
    const bool dark = isDark(palette);
    const QColor hue = QColor::fromHsl(hueOf(tone), dark ? 200 : 190, dark ? 170 : 95);
    // Readable on both the window (labels) and the base (fields, bars).
    const QColor onBase = withContrast(hue, palette.color(QPalette::Base), 4.5);
    return withContrast(onBase, palette.color(QPalette::Window), 4.5);
}

QColor secondaryText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor soft = mix(palette.color(QPalette::WindowText), window, 0.35);
    return withContrast(soft, window, 4.5);
}

void useSecondaryText(QWidget *widget, const QPalette &from)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, secondaryText(from));
    widget->setPalette(palette);
}

QColor background(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return palette.color(QPalette::AlternateBase);
    const bool dark = isDark(palette);
    const QColor hue = QColor::fromHsl(hueOf(tone), dark ? 150 : 200, dark ? 110 : 150);
    return mix(base, hue, dark ? 0.30 : 0.16);
}

QColor border(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Mid);
    return mix(background(tone, palette), foreground(tone, palette), 0.45);
}

} // namespace Theme
