#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Writes bytes to a file the user chose (an export), off the GUI thread: QSaveFile in the
// thread pool (QtConcurrent), so the file is either whole or untouched, and a slow disk never
// freezes the window. The answer comes back on the GUI thread, once, unless `context` is gone:
// an empty string, or a translated sentence saying what failed and where.
namespace FileWriter {

void write(const QString &path, const QByteArray &bytes, QObject *context,
           std::function<void(const QString &error)> done);

// The same, on the calling thread (what write() runs in the pool).
QString writeNow(const QString &path, const QByteArray &bytes);

} // namespace FileWriter
