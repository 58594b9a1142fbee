#include "items/LogoDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace LogoDecoder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LogoDecoder", text);
}

Result failure(const QString &why)
{
    return Result{QImage(), why};
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
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > MaxSourcePixels)
            return failure(
                tr("the image is too large (%1×%2 pixels)").arg(size.width()).arg(size.height()));
        if (bound.isValid() && (size.width() > bound.width() || size.height() > bound.height()))
            reader.setScaledSize(size.scaled(bound, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return failure(reader.errorString().isEmpty() ? tr("the image cannot be read")
                                                      : reader.errorString());
    }
    if (bound.isValid() && (image.width() > bound.width() || image.height() > bound.height()))
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return Result{image, QString()};
}

} // namespace LogoDecoder
