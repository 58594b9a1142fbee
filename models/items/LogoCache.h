#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QVariant>

#include <functional>

#include <optional>

class DownloadImageJob;
class PimSession;

// The connections' logos, by image path (Connection::image, a path in the PIM's storage).
// request() downloads a path's thumbnail once (concurrent requests share one download),
// decodes it off the GUI thread (the thread pool, bounded to maxLogoSize()), keeps it in memory
// (a QCache bounded by cost in KiB) and emits logoReady(path). Garbage bytes and failed
// downloads emit logoFailed() and are not asked again until retryFailed().
//
// The offline cache feeds it bytes it already has with insertEncoded(), and keeps what is
// downloaded by listening to logoDownloaded() (the raw bytes, before decoding).
// Without a session (offline), request() only serves what is in memory.
//
// Thumbnails: the offline cache keeps a tile-sized PNG of each logo (LogoDecoder::thumbnailPng,
// made here off the GUI thread after a full decode, once no download is under way, at the tile
// bound, and announced with thumbnailMade()); one made for a screen that draws tiles smaller
// than this one is made again from the full logo (remakeIfShort()). They are given back with
// insertThumbnail() when a PIM is opened, so that the overview is drawn without decoding any
// full-size logo. The offline cache decodes
// them there too, off the GUI thread (ConnectionCache::ThumbnailDecoding, with
// decodeThumbnailAhead()), so that the first frame has them; those it did not are kept encoded
// and decoded when a tile asks (requestTile(), from the model's LogoRole), and a thumbnail the
// memory cache let go is decoded again when needed. logo() gives the full logo when in memory,
// else the decoded thumbnail; a connection's page asks requestFull(), which reads the full
// bytes from the offline cache (setEncodedSource) or downloads them.
class LogoCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxCostKiB = 32 * 1024;

    explicit LogoCache(PimSession *session = nullptr, QObject *parent = nullptr);
    ~LogoCache() override;

    void setSession(PimSession *session);
    void setMaxCost(int kibibytes)
    {
        m_images.setMaxCost(kibibytes);
        m_thumbnails.setMaxCost(kibibytes);
    }
    void setMaxLogoSize(const QSize &size) { m_maxSize = size; }
    QSize maxLogoSize() const { return m_maxSize; }
    // The largest logo a tile draws, in device pixels (the view's logo box at its screen's
    // ratio): the tile-sized images kept in memory are made no larger (at most
    // LogoDecoder::ThumbnailBound), so that a tile neither scales nor holds more pixels than it
    // shows. A new bound forgets the tile images made for the old one (they are made again when
    // asked). Default: LogoDecoder::ThumbnailBound.
    void setTileBound(const QSize &pixels);
    QSize tileBound() const { return m_tileBound; }
    // A kept thumbnail's PNG decoded to at most `bound`, as the offline cache decodes them
    // ahead for insertThumbnail() (ConnectionCache::ThumbnailDecoder): a QImage in a QVariant,
    // null when the PNG does not decode. Thread-safe.
    static QVariant decodeThumbnailAhead(const QByteArray &png, const QSize &bound);

    using EncodedSource =
        std::function<void(const QString &path, std::function<void(const QByteArray &bytes)> done)>;

    // The decoded logo, else its thumbnail, or a null image when neither is (yet) in memory.
    QImage logo(const QString &path) const;
    // What a tile paints: the thumbnail when there is one (made off the GUI thread, so that
    // painting a tile never scales a full-size logo), else the full logo, else a null image.
    QImage tileLogo(const QString &path) const;
    // In memory, full or as a thumbnail (decoded, or kept encoded until a tile asks).
    bool contains(const QString &path) const
    {
        return m_images.contains(path) || m_thumbnails.contains(path) ||
               m_encodedThumbnails.contains(path);
    }
    bool hasFullLogo(const QString &path) const { return m_images.contains(path); }
    // Downloading or decoding.
    bool isPending(const QString &path) const;
    bool hasFailed(const QString &path) const { return m_failures.contains(path); }

    // Nothing when in memory, even as a thumbnail.
    void request(const QString &path);
    // The full logo, when only its thumbnail (or nothing) is in memory: from the encoded source
    // when it has the bytes, else downloaded (with a session).
    void requestFull(const QString &path);
    void insertEncoded(const QString &path, const QByteArray &bytes);
    // A thumbnail's PNG from the offline cache, kept encoded; ignored when the full logo is
    // there or coming. `decoded`: that PNG already decoded for the tile bound `decodedFor`
    // (ConnectionCache::prefetchSnapshot()), kept as the tile image when that is the bound now.
    void insertThumbnail(const QString &path, const QByteArray &png, const QImage &decoded = {},
                         const QSize &decodedFor = {});
    // A tile is shown without its logo: decodes the kept thumbnail (logoReady() follows).
    // Nothing when neither the logo nor its thumbnail is kept, or when it is on its way.
    void requestTile(const QString &path);
    // Where requestFull() finds the bytes of a logo kept offline (empty bytes: none kept).
    void setEncodedSource(EncodedSource source) { m_source = std::move(source); }
    void retryFailed() { m_failures.clear(); }
    // Forgets every logo and cancels the downloads under way (another PIM, a sign-out).
    void clear();

signals:
    void logoReady(const QString &path);
    void logoFailed(const QString &path, const QString &reason);
    // The raw bytes as downloaded, for the offline cache; emitted just before logoReady(),
    // only for bytes that decode.
    void logoDownloaded(const QString &path, const QByteArray &bytes, const QString &contentType);
    // A thumbnail made from a full logo that had none in memory, for the offline cache; emitted
    // after that logo's logoReady().
    void thumbnailMade(const QString &path, const QByteArray &png);

private:
    // downloadedType: the content type when the bytes come from the PIM (then announced with
    // logoDownloaded() once they decode), nullopt when they come from insertEncoded().
    struct Decoding
    {
        quint64 serial = 0;
        bool full = true; // a logo's bytes; false: a thumbnail's
    };
    struct Decoded;

    void download(const QString &path);
    void decode(const QString &path, const QByteArray &bytes,
                const std::optional<QString> &downloadedType);
    void decodeThumbnail(const QString &path, const QByteArray &png);
    // False when the bytes did not decode (or did not fit): then logoFailed() was emitted.
    bool accept(const QString &path, const Decoded &decoded,
                const std::optional<QString> &downloadedType, const QByteArray &bytes);
    // The thumbnail's PNG of a decoded logo (scaled down to ThumbnailBound and compressed on the
    // thread pool), announced with thumbnailMade().
    void encodeThumbnail(const QString &path, const QImage &logo);
    // Those encodeThumbnail() held while logos were downloading, once none is.
    void encodeHeldThumbnails();
    // A kept thumbnail decoded for `madeFor` is smaller than what its logo gives at the tile
    // bound (made on a screen that draws tiles smaller): the full logo is asked, and its decode
    // makes the tile image and a new thumbnail at this bound.
    void remakeIfShort(const QString &path, const QImage &thumbnail, const QSize &madeFor);
    void markFailed(const QString &path, const QString &reason);

    QPointer<PimSession> m_session;
    QCache<QString, QImage> m_images;
    QCache<QString, QImage> m_thumbnails;
    QHash<QString, QByteArray> m_encodedThumbnails; // insertThumbnail()'s PNGs, by path
    QHash<QString, QPointer<DownloadImageJob>> m_downloads;
    QList<std::pair<QString, QImage>> m_heldThumbnails; // see encodeThumbnail()
    QHash<QString, Decoding> m_decoding; // path → its latest decode
    QSet<QString> m_sourceReads;         // requestFull() reading the encoded source
    QSet<QString> m_shortThumbnails;     // see remakeIfShort(): their next full decode remakes it
    EncodedSource m_source;
    QHash<QString, QString> m_failures;
    QSize m_maxSize{512, 512};
    QSize m_tileBound;
    quint64 m_serial = 0;
    quint64 m_generation = 0; // clear() counts up
};
