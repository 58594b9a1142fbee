#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// The few colours the widgets need beyond the system palette: the tones of messages (an error
// is red-ish, a warning amber...). They are the only hues in the ui besides the placeholder
// logos', and each is derived from the current palette so that it stays readable in light and
// dark themes (at least 4.5:1 against the palette's base, WCAG AA for text).
namespace Theme {

enum class Tone { Neutral, Info, Positive, Warning, Negative };

bool isDark(const QPalette &palette);

// Text or icon colour of a tone, readable on the palette's Base and Window colours.
QColor foreground(Tone tone, const QPalette &palette);
// A faint tint of the tone over the palette's Base, for message bars.
QColor background(Tone tone, const QPalette &palette);
// The frame of a message bar of that tone.
QColor border(Tone tone, const QPalette &palette);

// Secondary text (hints, descriptions): the window text softened towards the window colour,
// still at least 4.5:1 against the window.
QColor secondaryText(const QPalette &palette);
// Gives `widget` (a label) the secondary text colour of the palette `from` (its parent's).
void useSecondaryText(QWidget *widget, const QPalette &from);

// a blended towards b by t (0 gives a, 1 gives b), opaque.
QColor mix(const QColor &a, const QColor &b, qreal t);

// WCAG 2 relative luminance and contrast ratio (1 to 21).
qreal relativeLuminance(const QColor &color);
qreal contrastRatio(const QColor &a, const QColor &b);
// The colour moved in lightness, keeping its hue, until it reaches the ratio against background
// (or black or white, whichever is reached first).
QColor withContrast(const QColor &color, const QColor &background, qreal ratio);

} // namespace Theme
