#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

// The one image decoder of the app. Decodes a logo's bytes (PNG, JPEG, GIF, WebP, BMP, SVG...
// whatever the image plugins read) into a QImage no larger than a bound. Pure and thread-safe:
// LogoCache runs it on the thread pool, never on the GUI thread.
namespace LogoDecoder {

struct Result
{
    QImage image;   // null on failure
    QString error;  // why, on failure
    QSize original; // the picture's size before scaling, when known

    bool ok() const { return error.isEmpty(); }
};

inline constexpr qint64 MaxEncodedBytes = 10 * 1024 * 1024;
inline constexpr qint64 MaxSourcePixels = 40 * 1000 * 1000; // refuses decompression bombs

// Scales down (keeping the aspect ratio) to fit `bound`; never scales up. The image is
// premultiplied ARGB32, or RGB32 when it has no alpha channel: what QPainter draws as is.
Result decode(const QByteArray &bytes, const QSize &bound);

// The bound of a thumbnail: what an overview tile shows (its logo box is 72 pixels high; wide
// logos take the card's width) on a screen of device pixel ratio 2.
inline constexpr QSize ThumbnailBound{288, 144};
// The size of a picture of `size` scaled down (keeping its aspect ratio, at least 1×1) to fit
// `bound`, never up.
QSize fittedSize(const QSize &size, const QSize &bound);
// A decoded logo scaled down (smoothly) to fittedSize(). Thread-safe.
QImage fitted(const QImage &logo, const QSize &bound);
// The bound a thumbnail is made at for tiles of `bound` (device pixels): at most
// ThumbnailBound, which an invalid bound stands for.
QSize thumbnailBoundFor(const QSize &bound);
// A decoded logo as a thumbnail's PNG bytes, what the offline cache keeps for the tiles: scaled
// down (never up) to `bound`, the tile bound of the screen it is made for (at most
// ThumbnailBound), in the premultiplied format the tiles paint. The PNG names the size of the
// logo it was made from (a text chunk, SourceSizeKey), so that a screen that draws tiles larger
// can tell that the full logo would give more (thumbnailFallsShort()). Pure and thread-safe,
// like decode().
QByteArray thumbnailPng(const QImage &logo, const QSize &bound = ThumbnailBound);
// A keyword of our own: PNG's registered "Source" names the device that made the picture.
inline constexpr char SourceSizeKey[] = "PimConnectionsLogoSize";
// A thumbnail decoded from thumbnailPng()'s bytes is smaller than what its logo would give at
// `bound` (it was made for a screen that draws tiles smaller). False when it does not name its
// logo's size (made before thumbnails did, at ThumbnailBound, the largest bound there is).
bool thumbnailFallsShort(const QImage &thumbnail, const QSize &bound);

// A logo chosen by the user: a file of a type the PIM refuses (docs/pim-api.md §3), a file that
// cannot be read, or bytes that are not an image give a translated, whole-sentence error naming
// the file; the bytes go through decode() and its guards. Meant for a worker thread.
Result decodeFile(const QString &filePath, const QSize &bound);

} // namespace LogoDecoder
