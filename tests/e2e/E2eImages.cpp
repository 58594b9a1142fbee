#include "E2eImages.h"

#include <QPainter>
#include <QRandomGenerator>

#include <cstdlib>

namespace E2eImages {

bool writePng(const QString &path, const QColor &color, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(color.darker(200));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.end();
    return image.save(path, "PNG");
}

bool writeNoisePng(const QString &path, const QSize &size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        random.fillRange(line, image.width());
    }
    return image.save(path, "PNG", 0);
}

bool centreIs(const QImage &image, const QColor &color, int tolerance)
{
    if (image.isNull())
        return false;
    const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
    return std::abs(centre.red() - color.red()) <= tolerance &&
           std::abs(centre.green() - color.green()) <= tolerance &&
           std::abs(centre.blue() - color.blue()) <= tolerance;
}

QString centreName(const QImage &image)
{
    if (image.isNull())
        return QStringLiteral("(no image)");
    return image.pixelColor(image.width() / 2, image.height() / 2).name();
}

} // namespace E2eImages
