#include "MediaLibrary.h"

#include "Clock.h"
#include "ImageSniffer.h"
#include "SandboxLog.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

MediaLibrary::MediaLibrary(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString MediaLibrary::sanitizedFileName(const QString &originalFilename)
{
    QByteArray name = originalFilename.toUtf8(); // PHP works on bytes
    for (char &byte : name) {
        const bool kept = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                          (byte >= '0' && byte <= '9') || byte == '.';
        if (!kept)
            byte = '_';
    }
    if (name.size() > 100) {
        const qsizetype dot = name.lastIndexOf('.');
        const QByteArray extension =
            dot >= 0 && name.size() - dot <= 10 ? name.mid(dot) : QByteArray();
        name = name.left(100 - extension.size()) + extension;
    }
    return QString::fromLatin1(name);
}

std::optional<QString> MediaLibrary::add(const QString &originalFilename, const QByteArray &bytes,
                                         QString *error)
{
    const QByteArray sha1 = QCryptographicHash::hash(QByteArray(originalFilename.toUtf8() +
                                                                QUuid::createUuid().toRfc4122()),
                                                     QCryptographicHash::Sha1)
                                .toHex();
    const QString hex = QString::fromLatin1(sha1);
    const QString filePath =
        QStringList{hex.mid(0, 1), hex.mid(1, 1), hex.mid(2, 1), hex.mid(3, 1),
                    hex + QLatin1Char('_') + sanitizedFileName(originalFilename)}
            .join(QLatin1Char('/'));
    const QString absolute = QDir(m_store.mediaDirectory()).absoluteFilePath(filePath);
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        *error = QCoreApplication::translate("MediaLibrary", "cannot create the media directory");
        return std::nullopt;
    }
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("MediaLibrary", "cannot write the file: %1")
                     .arg(file.errorString());
        return std::nullopt;
    }
    MediaStore::Media media{filePath, originalFilename,
                            QString::fromLatin1(ImageSniffer::mimeType(bytes)), bytes.size()};
    Transaction transaction(m_store.db());
    if (!m_store.media().add(media, m_clock.nowSeconds()) || !transaction.commit()) {
        QFile::remove(absolute); // nothing half-written stays behind
        *error = QCoreApplication::translate("MediaLibrary", "cannot record the file");
        return std::nullopt;
    }
    qCInfo(lcSandboxMedia, "stored %s (%lld bytes)", qPrintable(filePath),
           static_cast<long long>(bytes.size()));
    return filePath;
}

bool MediaLibrary::hasImage(const QString &filePath) const
{
    const auto media = m_store.media().find(filePath);
    return media && !media->mimeType.isEmpty();
}

std::optional<QByteArray> MediaLibrary::image(const QString &filePath, QByteArray *mimeType) const
{
    const auto media = m_store.media().find(filePath);
    if (!media || media->mimeType.isEmpty())
        return std::nullopt;
    QFile file(QDir(m_store.mediaDirectory()).absoluteFilePath(media->filePath));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandboxMedia, "the file %s is missing from the storage",
                  qPrintable(media->filePath));
        return std::nullopt;
    }
    *mimeType = media->mimeType.toLatin1();
    return file.readAll();
}

QByteArray MediaLibrary::defaultPicture()
{
    QFile file(QStringLiteral(":/sandbox/resources/default-picture.png"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
