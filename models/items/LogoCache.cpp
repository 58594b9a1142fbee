#include "items/LogoCache.h"

#include "net/DownloadImageJob.h"
#include "items/LogoDecoder.h"
#include "net/NetLogging.h"
#include "net/PimSession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

LogoCache::LogoCache(PimSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_images(DefaultMaxCostKiB)
{}

// The download jobs are children: destroyed with the cache, they abort and emit nothing.
LogoCache::~LogoCache() = default;

void LogoCache::setSession(PimSession *session)
{
    m_session = session;
}

QImage LogoCache::logo(const QString &path) const
{
    const QImage *image = m_images.object(path);
    return image ? *image : QImage();
}

bool LogoCache::isPending(const QString &path) const
{
    return m_downloads.contains(path) || m_decoding.contains(path);
}

void LogoCache::request(const QString &path)
{
    if (path.isEmpty() || m_images.contains(path) || isPending(path) || hasFailed(path) ||
        !m_session)
        return;
    qCDebug(lcPimLogo) << "downloading" << path;
    auto *job = new DownloadImageJob(m_session, path, DownloadImageJob::Filter::Thumbnail, this);
    m_downloads.insert(path, job);
    connect(job, &DownloadImageJob::succeeded, this,
            [this, path](const QByteArray &bytes, const QString &contentType) {
                m_downloads.remove(path);
                decode(path, bytes, contentType);
            });
    connect(job, &NetworkJob::failed, this, [this, path](const ApiError &error) {
        m_downloads.remove(path);
        markFailed(path, error.message());
    });
    connect(job, &NetworkJob::finished, this, [this, path, job](const ApiError &error) {
        // Cancelled by clear(): forget it without calling it a failure.
        if (error.kind == ApiError::Kind::Cancelled && m_downloads.value(path) == job)
            m_downloads.remove(path);
    });
    job->start();
}

void LogoCache::insertEncoded(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return;
    m_failures.remove(path);
    decode(path, bytes, std::nullopt);
}

void LogoCache::decode(const QString &path, const QByteArray &bytes,
                       const std::optional<QString> &downloadedType)
{
    const quint64 serial = ++m_serial;
    m_decoding.insert(path, serial);
    auto *watcher = new QFutureWatcher<LogoDecoder::Result>(this);
    connect(watcher, &QFutureWatcher<LogoDecoder::Result>::finished, this,
            [this, watcher, path, serial, bytes, downloadedType] {
                watcher->deleteLater();
                if (m_decoding.value(path) != serial)
                    return; // a newer decode of the same path, or clear(), won
                m_decoding.remove(path);
                const LogoDecoder::Result result = watcher->result();
                if (result.image.isNull()) {
                    markFailed(path, result.error);
                    return;
                }
                const qint64 cost = qMax<qint64>(1, result.image.sizeInBytes() / 1024);
                if (!m_images.insert(path, new QImage(result.image), cost)) {
                    markFailed(path, tr("the logo does not fit in the memory cache"));
                    return;
                }
                // Only bytes that decode are offered to the offline cache.
                if (downloadedType)
                    emit logoDownloaded(path, bytes, *downloadedType);
                emit logoReady(path);
            });
    const QSize bound = m_maxSize;
    watcher->setFuture(
        QtConcurrent::run([bytes, bound] { return LogoDecoder::decode(bytes, bound); }));
}

void LogoCache::markFailed(const QString &path, const QString &reason)
{
    qCInfo(lcPimLogo) << "logo" << path << "failed:" << reason;
    m_failures.insert(path, reason);
    emit logoFailed(path, reason);
}

void LogoCache::clear()
{
    const auto downloads = m_downloads;
    m_downloads.clear();
    for (const auto &job : downloads) {
        if (job)
            job->cancel();
    }
    m_decoding.clear();
    m_failures.clear();
    m_images.clear();
}
