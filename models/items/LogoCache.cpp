#include "items/LogoCache.h"

#include "items/LogoDecoder.h"
#include "items/PoolCall.h"
#include "net/DownloadImageJob.h"
#include "net/NetLogging.h"
#include "net/PimSession.h"

#include <QPointer>

// What a decode on the thread pool gives back: the image, and its tile-sized copy (null when
// the image is no larger).
struct LogoCache::Decoded
{
    LogoDecoder::Result result;
    QImage tile; // at most the tile bound; null when the image is no larger
};

LogoCache::LogoCache(PimSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_images(DefaultMaxCostKiB)
    , m_thumbnails(DefaultMaxCostKiB)
    , m_tileBound(LogoDecoder::ThumbnailBound)
{}

QVariant LogoCache::decodeThumbnailAhead(const QByteArray &png, const QSize &bound)
{
    const QImage image = LogoDecoder::decode(png, bound).image;
    return image.isNull() ? QVariant() : QVariant(image);
}

void LogoCache::setTileBound(const QSize &pixels)
{
    const QSize bound = LogoDecoder::thumbnailBoundFor(pixels);
    if (bound == m_tileBound)
        return;
    m_tileBound = bound;
    // Made for the old bound: the tiles ask again (from the kept thumbnails), or draw the full
    // logo meanwhile.
    m_thumbnails.clear();
}

// The download jobs are children: destroyed with the cache, they abort and emit nothing.
LogoCache::~LogoCache() = default;

void LogoCache::setSession(PimSession *session)
{
    m_session = session;
}

QImage LogoCache::logo(const QString &path) const
{
    if (const QImage *image = m_images.object(path))
        return *image;
    const QImage *thumbnail = m_thumbnails.object(path);
    return thumbnail ? *thumbnail : QImage();
}

QImage LogoCache::tileLogo(const QString &path) const
{
    if (const QImage *thumbnail = m_thumbnails.object(path))
        return *thumbnail;
    const QImage *image = m_images.object(path);
    return image ? *image : QImage();
}

bool LogoCache::isPending(const QString &path) const
{
    return m_downloads.contains(path) || m_decoding.contains(path) || m_sourceReads.contains(path);
}

void LogoCache::request(const QString &path)
{
    if (path.isEmpty() || contains(path) || isPending(path) || hasFailed(path) || !m_session)
        return;
    download(path);
}

void LogoCache::requestFull(const QString &path)
{
    if (path.isEmpty() || m_images.contains(path) || m_downloads.contains(path) ||
        m_sourceReads.contains(path) || hasFailed(path) ||
        (m_decoding.contains(path) && m_decoding.value(path).full))
        return;
    if (!m_source) {
        if (m_session)
            download(path);
        return;
    }
    m_sourceReads.insert(path);
    QPointer<LogoCache> self(this);
    m_source(path, [self, path](const QByteArray &bytes) {
        if (!self || !self->m_sourceReads.remove(path))
            return; // cleared meanwhile
        if (!bytes.isEmpty())
            self->decode(path, bytes, std::nullopt);
        else if (self->m_session)
            self->download(path);
    });
}

void LogoCache::download(const QString &path)
{
    qCDebug(lcPimLogo) << "downloading" << path;
    auto *job = new DownloadImageJob(m_session, path, DownloadImageJob::Filter::Thumbnail, this);
    m_downloads.insert(path, job);
    connect(job, &DownloadImageJob::succeeded, this,
            [this, path](const QByteArray &bytes, const QString &contentType) {
                m_downloads.remove(path);
                decode(path, bytes, contentType);
                encodeHeldThumbnails();
            });
    connect(job, &NetworkJob::failed, this, [this, path](const ApiError &error) {
        m_downloads.remove(path);
        markFailed(path, error.message());
        encodeHeldThumbnails();
    });
    connect(job, &NetworkJob::finished, this, [this, path, job](const ApiError &error) {
        // Cancelled by clear(): forget it without calling it a failure.
        if (error.kind == ApiError::Kind::Cancelled && m_downloads.value(path) == job) {
            m_downloads.remove(path);
            encodeHeldThumbnails();
        }
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

void LogoCache::insertThumbnail(const QString &path, const QByteArray &png, const QImage &decoded,
                                const QSize &decodedFor)
{
    if (path.isEmpty() || png.isEmpty() || m_images.contains(path) || isPending(path))
        return;
    m_encodedThumbnails.insert(path, png);
    m_thumbnails.remove(path); // an older one
    if (!decoded.isNull() && decodedFor == m_tileBound && decoded.width() <= m_tileBound.width() &&
        decoded.height() <= m_tileBound.height()) {
        m_thumbnails.insert(path, new QImage(decoded),
                            qMax<qint64>(1, decoded.sizeInBytes() / 1024));
        remakeIfShort(path, decoded, decodedFor);
    }
}

void LogoCache::requestTile(const QString &path)
{
    if (m_images.contains(path) || m_thumbnails.contains(path) || isPending(path))
        return;
    const QByteArray png = m_encodedThumbnails.value(path);
    if (!png.isEmpty())
        decodeThumbnail(path, png);
}

void LogoCache::decode(const QString &path, const QByteArray &bytes,
                       const std::optional<QString> &downloadedType)
{
    const quint64 serial = ++m_serial;
    m_decoding.insert(path, Decoding{serial, true});
    // A thumbnail for the offline cache when it has none (a download, or a cache made before
    // thumbnails existed).
    // Or when the kept one is smaller than this screen's tiles (remakeIfShort()).
    const bool remake = m_shortThumbnails.remove(path);
    const bool makeThumbnail =
        remake || (!m_thumbnails.contains(path) && !m_encodedThumbnails.contains(path));
    const QSize bound = m_maxSize;
    const QSize tileBound = m_tileBound;
    PoolCall::run(
        this,
        [bytes, bound, tileBound] {
            Decoded decoded{LogoDecoder::decode(bytes, bound), QImage()};
            const QImage &image = decoded.result.image;
            if (image.isNull())
                return decoded;
            const QImage tile = LogoDecoder::fitted(image, tileBound);
            if (tile.size() != image.size())
                decoded.tile = tile;
            return decoded;
        },
        [this, path, serial, bytes, downloadedType, makeThumbnail](const Decoded &decoded) {
            if (m_decoding.value(path).serial != serial)
                return; // a newer decode of the same path, or clear(), won
            m_decoding.remove(path);
            if (accept(path, decoded, downloadedType, bytes) && makeThumbnail)
                encodeThumbnail(path, decoded.result.image);
        });
}

void LogoCache::encodeThumbnail(const QString &path, const QImage &logo)
{
    // While logos are downloading (a sync), the thumbnails wait: encoding them (longer than the
    // decode itself) would take the cores the PIM and the decodes need. After logoReady()
    // either way: they never hold a logo back from the screen.
    if (!m_downloads.isEmpty()) {
        m_heldThumbnails.append({path, logo});
        return;
    }
    const quint64 generation = m_generation;
    // At the size this screen's tiles draw it: the smallest that serves, the quickest to decode
    // at the next start.
    const QSize bound = m_tileBound;
    // Behind the decodes waiting in the pool: the logos reach the screen first.
    PoolCall::run(
        this, [logo, bound] { return LogoDecoder::thumbnailPng(logo, bound); },
        [this, path, generation](const QByteArray &png) {
            if (generation == m_generation && !png.isEmpty())
                emit thumbnailMade(path, png);
        },
        -1);
}

void LogoCache::encodeHeldThumbnails()
{
    if (!m_downloads.isEmpty())
        return;
    for (const auto &[path, logo] : std::exchange(m_heldThumbnails, {}))
        encodeThumbnail(path, logo);
}

bool LogoCache::accept(const QString &path, const Decoded &decoded,
                       const std::optional<QString> &downloadedType, const QByteArray &bytes)
{
    const QImage &image = decoded.result.image;
    if (image.isNull()) {
        markFailed(path, decoded.result.error);
        return false;
    }
    const qint64 cost = qMax<qint64>(1, image.sizeInBytes() / 1024);
    if (!m_images.insert(path, new QImage(image), cost)) {
        markFailed(path, tr("the logo does not fit in the memory cache"));
        return false;
    }
    // The full logo serves from now on, and its tile-sized copy when smaller.
    m_encodedThumbnails.remove(path);
    if (decoded.tile.isNull())
        m_thumbnails.remove(path);
    else
        m_thumbnails.insert(path, new QImage(decoded.tile),
                            qMax<qint64>(1, decoded.tile.sizeInBytes() / 1024));
    // Only bytes that decode are offered to the offline cache, the logo before its thumbnail
    // (encodeThumbnail()).
    if (downloadedType)
        emit logoDownloaded(path, bytes, *downloadedType);
    emit logoReady(path);
    return true;
}

void LogoCache::decodeThumbnail(const QString &path, const QByteArray &png)
{
    const quint64 serial = ++m_serial;
    m_decoding.insert(path, Decoding{serial, false});
    const QSize tileBound = m_tileBound;
    PoolCall::run(
        this, [png, tileBound] { return LogoDecoder::decode(png, tileBound); },
        [this, path, serial, tileBound](const LogoDecoder::Result &result) {
            if (m_decoding.value(path).serial != serial)
                return;
            m_decoding.remove(path);
            const QImage &image = result.image;
            if (image.isNull()) {
                // A thumbnail that does not decode: the full logo instead.
                m_encodedThumbnails.remove(path);
                requestFull(path);
                return;
            }
            // One too large for the memory cache is not decoded again at each paint.
            if (!m_thumbnails.insert(path, new QImage(image),
                                     qMax<qint64>(1, image.sizeInBytes() / 1024))) {
                m_encodedThumbnails.remove(path);
                return;
            }
            emit logoReady(path);
            remakeIfShort(path, image, tileBound);
        });
}

void LogoCache::remakeIfShort(const QString &path, const QImage &thumbnail, const QSize &madeFor)
{
    // Decoded for another bound than this screen's (the window moved meanwhile): judged when
    // decoded again for this one.
    if (madeFor != m_tileBound || !LogoDecoder::thumbnailFallsShort(thumbnail, m_tileBound) ||
        m_shortThumbnails.contains(path))
        return;
    // Drawn meanwhile, and once: the full logo (from the offline cache, else downloaded) makes
    // a tile image and a thumbnail at this bound.
    qCDebug(lcPimLogo) << "thumbnail of" << path << "smaller than the tiles here:" << thumbnail.size();
    m_shortThumbnails.insert(path);
    requestFull(path);
}

void LogoCache::markFailed(const QString &path, const QString &reason)
{
    qCInfo(lcPimLogo) << "logo" << path << "failed:" << reason;
    m_failures.insert(path, reason);
    emit logoFailed(path, reason);
}

void LogoCache::clear()
{
    ++m_generation; // the thumbnails being encoded are dropped
    m_heldThumbnails.clear();
    const auto downloads = m_downloads;
    m_downloads.clear();
    for (const auto &job : downloads) {
        if (job)
            job->cancel();
    }
    m_decoding.clear();
    m_sourceReads.clear();
    m_failures.clear();
    m_images.clear();
    m_thumbnails.clear();
    m_encodedThumbnails.clear();
    m_shortThumbnails.clear();
}
