#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>

#include <optional>

class DownloadImageJob;
class PimSession;

// The connections' logos, by image path (Connection::image, a path in the PIM's storage).
// request() downloads a path's thumbnail once (concurrent requests share one download),
// decodes it off the GUI thread (QtConcurrent, bounded to maxLogoSize()), keeps it in memory
// (a QCache bounded by cost in KiB) and emits logoReady(path). Garbage bytes and failed
// downloads emit logoFailed() and are not asked again until retryFailed().
//
// The offline cache feeds it bytes it already has with insertEncoded(), and keeps what is
// downloaded by listening to logoDownloaded() (the raw bytes, before decoding).
// Without a session (offline), request() only serves what is in memory.
class LogoCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxCostKiB = 32 * 1024;

    explicit LogoCache(PimSession *session = nullptr, QObject *parent = nullptr);
    ~LogoCache() override;

    void setSession(PimSession *session);
    void setMaxCost(int kibibytes) { m_images.setMaxCost(kibibytes); }
    void setMaxLogoSize(const QSize &size) { m_maxSize = size; }
    QSize maxLogoSize() const { return m_maxSize; }

    // The decoded logo, or a null image when it is not (yet) in memory.
    QImage logo(const QString &path) const;
    bool contains(const QString &path) const { return m_images.contains(path); }
    // Downloading or decoding.
    bool isPending(const QString &path) const;
    bool hasFailed(const QString &path) const { return m_failures.contains(path); }

    void request(const QString &path);
    void insertEncoded(const QString &path, const QByteArray &bytes);
    void retryFailed() { m_failures.clear(); }
    // Forgets every logo and cancels the downloads under way (another PIM, a sign-out).
    void clear();

signals:
    void logoReady(const QString &path);
    void logoFailed(const QString &path, const QString &reason);
    // The raw bytes as downloaded, for the offline cache; emitted just before logoReady(),
    // only for bytes that decode.
    void logoDownloaded(const QString &path, const QByteArray &bytes, const QString &contentType);

private:
    // downloadedType: the content type when the bytes come from the PIM (then announced with
    // logoDownloaded() once they decode), nullopt when they come from insertEncoded().
    void decode(const QString &path, const QByteArray &bytes,
                const std::optional<QString> &downloadedType);
    void markFailed(const QString &path, const QString &reason);

    QPointer<PimSession> m_session;
    QCache<QString, QImage> m_images;
    QHash<QString, QPointer<DownloadImageJob>> m_downloads;
    QHash<QString, quint64> m_decoding; // path → the serial of its latest decode
    QHash<QString, QString> m_failures;
    QSize m_maxSize{512, 512};
    quint64 m_serial = 0;
};
