#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

// Decodes a logo's bytes (PNG, JPEG, GIF, WebP, BMP, SVG... whatever the image plugins read)
// into a QImage no larger than a bound. Pure and thread-safe: LogoCache runs it on the
// thread pool, never on the GUI thread.
namespace LogoDecoder {

struct Result
{
    QImage image;  // null on failure
    QString error; // why, on failure
};

inline constexpr qint64 MaxEncodedBytes = 10 * 1024 * 1024;
inline constexpr qint64 MaxSourcePixels = 40 * 1000 * 1000; // refuses decompression bombs

// Scales down (keeping the aspect ratio) to fit `bound`; never scales up.
Result decode(const QByteArray &bytes, const QSize &bound);

} // namespace LogoDecoder
