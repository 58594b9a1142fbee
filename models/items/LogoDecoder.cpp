#include "items/LogoDecoder.h"

#include "domain/ConnectionRules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace LogoDecoder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LogoDecoder", text);
}

Result failure(const QString &why)
{
    return Result{QImage(), why, QSize()};
}

// The format named by the bytes' signature, for the formats logos mostly come in; empty when
// they say nothing certain. With a format, QImageReader loads that format's handler alone;
// without, it asks every image plugin in turn, loading them all (about ten libraries).
QByteArray formatFromSignature(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QByteArrayLiteral("gif");
    return QByteArray();
}

} // namespace

Result decode(const QByteArray &bytes, const QSize &bound)
{
    if (bytes.isEmpty())
        return failure(tr("the image is empty"));
    if (bytes.size() > MaxEncodedBytes)
        return failure(tr("the image is too large (%1 bytes)").arg(bytes.size()));
    QByteArray data = bytes; // QBuffer needs a non-const array; shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = formatFromSignature(bytes);
    QImageReader reader(&buffer, format);
    // No format from the signature: every plugin is asked; else the signature's handler alone
    // reads them (a signature is exact: bytes that start as a PNG are a PNG or are broken).
    // Without turning auto-detection off, QImageReader would still instantiate every plugin to
    // ask whether it reads the named format too.
    reader.setDecideFormatFromContent(format.isEmpty());
    reader.setAutoDetectImageFormat(format.isEmpty());
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.isEmpty())
        return failure(tr("the image cannot be read"));
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > MaxSourcePixels)
            return failure(
                tr("the image is too large (%1×%2 pixels)").arg(size.width()).arg(size.height()));
        // Read at the bound where the handler scales while reading (a JPEG by its DCT, an SVG
        // drawn at that size); a PNG is decoded whole either way, and Qt's PNG handler scales
        // it twice as slowly as QImage::scaled() below (0.23 against 0.11 ms for a 144-pixel
        // thumbnail to 72).
        if (format != "png" && bound.isValid() &&
            (size.width() > bound.width() || size.height() > bound.height()))
            reader.setScaledSize(size.scaled(bound, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return failure(reader.errorString().isEmpty() ? tr("the image cannot be read")
                                                      : reader.errorString());
    }
    if (bound.isValid() && (image.width() > bound.width() || image.height() > bound.height()))
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // In the format the raster engine draws without converting (a PNG with alpha reads as
    // ARGB32): converted once here, on the decoding thread, rather than at each paint or into a
    // second copy of the pixels on the GUI thread.
    const QImage::Format paintable =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != paintable)
        image.convertTo(paintable);
    return Result{image, QString(), size.isValid() ? size : image.size()};
}

QSize fittedSize(const QSize &size, const QSize &bound)
{
    if (size.width() <= bound.width() && size.height() <= bound.height())
        return size;
    return size.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QImage fitted(const QImage &logo, const QSize &bound)
{
    const QSize size = fittedSize(logo.size(), bound);
    return size == logo.size() ? logo
                               : logo.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QSize thumbnailBoundFor(const QSize &bound)
{
    return bound.isValid() ? bound.boundedTo(ThumbnailBound) : ThumbnailBound;
}

QByteArray thumbnailPng(const QImage &logo, const QSize &bound)
{
    QImage thumbnail = fitted(logo, thumbnailBoundFor(bound));
    thumbnail.setText(QString::fromLatin1(SourceSizeKey),
                      QStringLiteral("%1x%2").arg(logo.width()).arg(logo.height()));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Light compression: a thumbnail is small, and made during a sync on a core the sync needs.
    // Qt maps quality q to zlib level (100 - q) * 9 / 91: 80 is level 1, about 35 % faster than
    // the default for a 144-pixel logo, 10 % larger. (90 would be level 0: no compression.)
    if (!thumbnail.save(&buffer, "PNG", 80))
        return QByteArray();
    return bytes;
}

bool thumbnailFallsShort(const QImage &thumbnail, const QSize &bound)
{
    const QStringList source =
        thumbnail.text(QString::fromLatin1(SourceSizeKey)).split(QLatin1Char('x'));
    if (source.size() != 2 || thumbnail.isNull())
        return false;
    bool widthOk = false;
    bool heightOk = false;
    const QSize size(source.at(0).toInt(&widthOk), source.at(1).toInt(&heightOk));
    if (!widthOk || !heightOk || size.isEmpty())
        return false;
    const QSize wanted = fittedSize(size, thumbnailBoundFor(bound));
    return wanted.width() > thumbnail.width() || wanted.height() > thumbnail.height();
}

Result decodeFile(const QString &filePath, const QSize &bound)
{
    const QFileInfo info(filePath);
    QFile file(filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("LogoDecoder", "The file “%1” cannot be opened.")
                           .arg(info.fileName()));
    if (!ConnectionRules::isAcceptedImageFile(filePath)) {
        return failure(
            QCoreApplication::translate(
                "LogoDecoder",
                "“%1” is not an accepted image. Choose a file of one of these types: %2.")
                .arg(info.fileName(),
                     ConnectionRules::acceptedImageExtensions().join(QStringLiteral(", "))));
    }
    // Never more than the guard allows in memory, whatever the file's size.
    const QByteArray bytes = file.read(MaxEncodedBytes + 1);
    Result result = decode(bytes, bound);
    if (!result.ok()) {
        result.error =
            QCoreApplication::translate(
                "LogoDecoder", "“%1” is not a picture that can be read (%2). Choose another file.")
                .arg(info.fileName(), result.error);
    }
    return result;
}

} // namespace LogoDecoder
