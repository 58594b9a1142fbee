#include "services/FileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};

} // namespace

namespace FileWriter {

QString writeNow(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Tr::tr("The file %1 could not be written: %2. Choose another folder or file name.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

void write(const QString &path, const QByteArray &bytes, QObject *context,
           std::function<void(const QString &error)> done)
{
    // Only values go to the pool; the answer comes back through the watcher (GUI thread).
    auto *watcher = new QFutureWatcher<QString>;
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, watcher,
                     [watcher, guard, hasContext, done]() {
                         watcher->deleteLater();
                         if ((hasContext && !guard) || !done)
                             return;
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run([path, bytes]() { return writeNow(path, bytes); }));
}

} // namespace FileWriter
