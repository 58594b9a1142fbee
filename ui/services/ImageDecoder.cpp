#include "services/ImageDecoder.h"

#include "domain/ConnectionRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

namespace ImageDecoder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageDecoder", text);
}

QString acceptedList()
{
    return ConnectionRules::acceptedImageExtensions().join(QStringLiteral(", "));
}

} // namespace

Result decode(const QString &filePath, const QSize &maxSize)
{
    Result result;
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        result.error = tr("The file “%1” cannot be opened.").arg(info.fileName());
        return result;
    }
    // Contract section 3: the PIM accepts only these extensions.
    if (!ConnectionRules::isAcceptedImageFile(filePath)) {
        result.error = tr("“%1” is not an accepted image. Choose a file of one of these types: %2.")
                           .arg(info.fileName(), acceptedList());
        return result;
    }
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    // The name may lie: decide from the bytes, the way the server will.
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!reader.canRead() || (size.isValid() && size.isEmpty())) {
        result.error = tr("“%1” is not a picture that can be read (%2). Choose another file.")
                           .arg(info.fileName(), reader.errorString());
        return result;
    }
    result.original = size;
    if (size.isValid() && maxSize.isValid() &&
        (size.width() > maxSize.width() || size.height() > maxSize.height()))
        reader.setScaledSize(size.scaled(maxSize, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("“%1” is not a picture that can be read (%2). Choose another file.")
                           .arg(info.fileName(), reader.errorString());
        return result;
    }
    if (!result.original.isValid())
        result.original = image.size();
    result.image = std::move(image);
    return result;
}

} // namespace ImageDecoder
