#pragma once

#include <QImage>
#include <QSize>
#include <QString>

// Reading a logo chosen by the user, meant to run off the GUI thread (QtConcurrent::run): a
// file of a type the PIM refuses, or bytes that are not an image, give a translated error
// instead of an image. Safe to call from any thread: no widgets, no shared state.
namespace ImageDecoder {

struct Result
{
    QImage image;   // scaled down to fit maxSize, keeping its proportions; null on error
    QSize original; // the size of the picture in the file
    QString error;  // translated; empty on success

    bool ok() const { return error.isEmpty(); }
};

Result decode(const QString &filePath, const QSize &maxSize);

} // namespace ImageDecoder
