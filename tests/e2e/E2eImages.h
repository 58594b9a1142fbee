#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

// Real images for the logo checks: written with QImage, recognised after the PIM's thumbnail
// filter (which may resize and re-encode them) by the colour of their centre.
namespace E2eImages {

// A PNG of one colour with a thin darker frame, written to `path`. False when it cannot be.
bool writePng(const QString &path, const QColor &color, const QSize &size = QSize(120, 80));

// A PNG of random pixels, stored without compression (about 4 bytes a pixel): an upload that
// takes a while. The same `seed` gives the same file.
bool writeNoisePng(const QString &path, const QSize &size, quint32 seed);

// True when the centre pixel of `image` is within `tolerance` of `color` on each channel.
bool centreIs(const QImage &image, const QColor &color, int tolerance = 12);

// "#1e90ff" for the centre of `image`, for failure messages.
QString centreName(const QImage &image);

} // namespace E2eImages
