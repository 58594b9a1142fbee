#pragma once

#include <QColor>
#include <QPalette>
#include <QPixmap>
#include <QString>

class QPainter;

// The neutral logo of a connection without an image: its initials on a tint of its own hue.
// The hue comes from the code (stable across runs and machines); the shades come from the
// palette, so the logo is readable in light and dark themes (text at least 4.5:1 against its
// background). Drawn as vectors at the target's device pixel ratio: sharp on HiDPI screens.
// Used by the tile delegate and the settings form.
namespace PlaceholderLogo {

// At most two characters, uppercase: the first letters of the first two words of the label
// ("Magento 2 - Prod" -> "M2", "Café Süd" -> "CS"; "PimCore" -> "PC"), or the first two of a
// single word ("Bynder" -> "BY"); the code's words when the label has none; "?" at worst.
QString initials(const QString &label, const QString &code = QString());

// 0 to 359, from an FNV-1a hash of the code (qHash is seeded per process: not usable here).
int hue(const QString &code);

struct Colors
{
    QColor background;
    QColor foreground;
};
Colors colors(const QString &code, const QPalette &palette);

void paint(QPainter *painter, const QRectF &rect, const QString &label, const QString &code,
           const QPalette &palette);

// A pixmap of logicalSize device-independent pixels at that device pixel ratio.
QPixmap pixmap(const QString &label, const QString &code, const QSize &logicalSize,
               qreal devicePixelRatio, const QPalette &palette);

} // namespace PlaceholderLogo
