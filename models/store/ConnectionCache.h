#pragma once

#include "store/CacheDatabase.h"
#include "store/StartCopy.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

// The cache for the app: a CacheDatabase that lives on its own worker thread, so that the GUI
// thread never touches the disk. Every request is queued to the worker in call order; its
// result comes back through the callback, on the thread of this object, after the call has
// returned (never from inside it).
//
// `context` (optional) must live in this object's thread: when it is destroyed before the
// answer, the callback is not called. A write without a callback still happens. A failed write
// also emits writeFailed(), so the app can say so once even when no one waits for the answer.
//
// The destructor finishes the requests already queued (a sync is never cut short), closes the
// database in the worker thread and joins it; callbacks still pending then are not called.
class ConnectionCache : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const T &)>;
    using StatusCallback = Callback<CacheStatus>;

    // When the database file is opened (see CacheDatabase::open; opened() follows):
    // - Now: at once, in the worker. Requests made meanwhile wait for it.
    // - WhenNeeded (the app's start): by the first request that needs it, or openNow(). Until
    //   then prefetchSnapshot() and the reads of the start (loadSnapshot() of the prefetched
    //   PIM, loadConnectedApps() and loadAppLogo() of that PIM) are answered from the start
    //   copy when it is current (see StartCopy), so that the first frame is drawn without
    //   loading SQLite; any other request, and any write, opens the database first.
    enum class Opening { Now, WhenNeeded };

    // Starts the worker; the database is `databasePath`, opened there as `opening` says.
    explicit ConnectionCache(const QString &databasePath = CacheDatabase::defaultPath(),
                             QObject *parent = nullptr, int busyTimeoutMs = 2000,
                             Opening opening = Opening::Now);
    ~ConnectionCache() override;

    // Opens the database now, if no request has (WhenNeeded): the app calls it once its first
    // frame is on screen, so that the file's checks and their messages do not wait for a need.
    void openNow();
    // The PIM whose start copy is written when this object is destroyed, after every request,
    // with the database closed: the one the app opens first at its next start. Empty (the
    // default): none is written, and the one on disk is left to its stamp.
    void setStartInstance(const QString &instanceId);

    // The result of the opening, once opened() has been emitted.
    std::optional<CacheOpenResult> openResult() const { return m_openResult; }
    // True once, when the file was set aside at opening (Reset): whoever tells the user first
    // claims it, so that the message is given once per run, not once per PIM opened.
    bool claimSetAsideNotice();

    // Decodes a logo's thumbnail (PNG) to at most `bound`: the image, a QImage in a QVariant (the
    // store does not link Qt Gui), or a null QVariant when the PNG does not decode.
    using ThumbnailDecoder = std::function<QVariant(const QByteArray &png, const QSize &bound)>;
    // How a load decodes its logos' thumbnails ahead of the tiles (into
    // CacheSnapshot::decodedThumbnails), in the overview's order (by flow type, then the
    // server's), on two threads of the pool. Nothing without a decoder and a bound.
    struct ThumbnailDecoding
    {
        QSize bound;
        ThumbnailDecoder decode;
        bool isValid() const { return bound.isValid() && bool(decode); }
    };

    // With a decoding, the answer comes once every thumbnail is decoded, so that the overview
    // is first drawn with its logos (a PIM switched to); from a prefetch, with those decoded by
    // then (the start).
    void loadSnapshot(const QString &instanceId, QObject *context,
                      Callback<CacheValue<CacheSnapshot>> done, ThumbnailDecoding decoding = {});
    // Reads the snapshot of `instanceId` now, in the worker, ahead of the loadSnapshot() that
    // is expected next: the app asks it at start for the PIM it will open, so that the read
    // runs while the window is built. It serves only if that loadSnapshot() is the next
    // request; any other request first drops it (a write may have changed what it holds).
    // With a decoding, the thumbnails are decoded too, until that loadSnapshot() takes the
    // snapshot with those done by then; the others are left to the tiles that ask.
    void prefetchSnapshot(const QString &instanceId, ThumbnailDecoding decoding = {});
    void loadLogo(const QString &instanceId, const QString &imagePath, QObject *context,
                  Callback<CacheValue<QByteArray>> done);
    void knownCodes(const QString &instanceId, QObject *context,
                    Callback<CacheValue<QStringList>> done);
    void instanceIds(QObject *context, Callback<CacheValue<QStringList>> done);

    // The writes of CacheDatabase, with the same meaning; each is one transaction.
    void replaceSnapshot(const QString &instanceId, const CacheSnapshot &snapshot,
                         QObject *context = nullptr, StatusCallback done = {});
    void storeDetails(const QString &instanceId, const CachedConnection &connection,
                      QObject *context = nullptr, StatusCallback done = {});
    void storeLogo(const QString &instanceId, const QString &imagePath, const QByteArray &bytes,
                   QObject *context = nullptr, StatusCallback done = {});
    void storeLogoThumbnail(const QString &instanceId, const QString &imagePath,
                            const QByteArray &thumbnail, QObject *context = nullptr,
                            StatusCallback done = {});
    void storeRoles(const QString &instanceId, const QList<UserRole> &roles,
                    QObject *context = nullptr, StatusCallback done = {});
    void storeGroups(const QString &instanceId, const QList<UserGroup> &groups,
                     QObject *context = nullptr, StatusCallback done = {});
    void storeWrongCredentials(const QString &instanceId, const WrongCredentials &marks,
                               QObject *context = nullptr, StatusCallback done = {});
    void storeMaxLimitReached(const QString &instanceId, bool reached, QObject *context = nullptr,
                              StatusCallback done = {});
    void removeConnection(const QString &instanceId, const QString &code,
                          QObject *context = nullptr, StatusCallback done = {});
    void removeInstance(const QString &instanceId, QObject *context = nullptr,
                        StatusCallback done = {});

    // The monitoring screens (docs/pim-api.md §9 to §11): CacheDatabase's functions of the
    // same names, each part with its "as of" time.
    void loadDataFlows(const QString &instanceId, QObject *context,
                       Callback<CacheValue<Dated<DataFlows>>> done);
    void loadBusinessErrors(const QString &instanceId, const QString &code, QObject *context,
                            Callback<CacheValue<Dated<QList<BusinessError>>>> done);
    void loadConnectedApps(const QString &instanceId, QObject *context,
                           Callback<CacheValue<Dated<QList<CachedApp>>>> done);
    void storeDataFlows(const QString &instanceId, const DataFlows &flows, const QDateTime &asOf,
                        QObject *context = nullptr, StatusCallback done = {});
    void storeBusinessErrors(const QString &instanceId, const QString &code,
                             const QList<BusinessError> &errors, const QDateTime &asOf,
                             QObject *context = nullptr, StatusCallback done = {});
    void storeConnectedApps(const QString &instanceId, const QList<ConnectedApp> &apps,
                            const QDateTime &asOf, QObject *context = nullptr,
                            StatusCallback done = {});
    void storeAppMonitoringSettings(const QString &instanceId, const QString &code,
                                    const AppMonitoringSettings &settings, const QDateTime &asOf,
                                    QObject *context = nullptr, StatusCallback done = {});
    void removeApp(const QString &instanceId, const QString &code, QObject *context = nullptr,
                   StatusCallback done = {});
    void loadAppLogo(const QString &instanceId, const QString &url, QObject *context,
                     Callback<CacheValue<QByteArray>> done);
    void storeAppLogo(const QString &instanceId, const QString &url, const QByteArray &bytes,
                      QObject *context = nullptr, StatusCallback done = {});

    // The event subscription without its secret, and the last page of event logs
    // (docs/pim-api.md §8): CacheDatabase's functions of the same names.
    void loadEventSubscription(const QString &instanceId, const QString &code, QObject *context,
                               Callback<CacheValue<Dated<EventSubscriptionForm>>> done);
    void loadEventLogs(const QString &instanceId, const QString &code, QObject *context,
                       Callback<CacheValue<Dated<EventLogPage>>> done);
    void storeEventSubscription(const QString &instanceId, const EventSubscriptionForm &form,
                                const QDateTime &asOf, QObject *context = nullptr,
                                StatusCallback done = {});
    void storeEventLogs(const QString &instanceId, const QString &code, const EventLogPage &page,
                        const QDateTime &asOf, QObject *context = nullptr,
                        StatusCallback done = {});

    // The worker thread, for tests that check where the work happens.
    const QThread *workerThread() const { return &m_thread; }

signals:
    // Once, when the file is open (or could not be): result.message says what the user should
    // know when the file was set aside (Reset) or no cache is available (Unavailable).
    void opened(const CacheOpenResult &result);
    // A write failed; the previous content is kept. `message` is translated.
    void writeFailed(const QString &message);

private:
    struct Decodes;
    // In m_thread: decodes of `snapshot`'s thumbnails started on the pool; null when none.
    static std::shared_ptr<Decodes> startDecodes(const CacheSnapshot &snapshot,
                                                 const ThumbnailDecoding &decoding);
    // Waits for them (those begun only, with `early`) and gives `snapshot` those decoded.
    static void finishDecodes(Decodes &decodes, CacheSnapshot *snapshot, bool early);
    // In m_thread: m_prefetched taken (its decoded thumbnails attached) or dropped.
    std::optional<CacheValue<CacheSnapshot>> takePrefetched(const QString &instanceId);
    // In m_thread: opens the database once (the start copy is then no longer used).
    void ensureDatabase();
    // In m_thread, when this object goes: the start copy of `instanceId` written from the
    // database, which it closes; or the file removed when that cannot be done.
    void writeStartCopy(const QString &instanceId);
    // `fromStartCopy` (reads of the start only) answers from m_startCopy without the database,
    // or gives nullopt.
    template<typename R>
    void request(std::function<R(CacheDatabase &)> operation, QObject *context, Callback<R> done,
                 bool isWrite,
                 std::function<std::optional<R>(const StartCopy &)> fromStartCopy = {});
    void writeRequest(std::function<CacheStatus(CacheDatabase &)> operation, QObject *context,
                      StatusCallback done);

    QThread m_thread;
    QObject *m_worker = nullptr;               // lives in m_thread: requests are queued to it
    const QString m_databasePath;
    const int m_busyTimeoutMs;
    std::unique_ptr<CacheDatabase> m_database; // created, used and destroyed in m_thread only
    // In m_thread only: the start copy read by prefetchSnapshot(), while the database is not
    // open; and whether it has been opened (or tried).
    std::optional<StartCopy> m_startCopy;
    bool m_openTried = false;
    QString m_startInstance; // this object's thread
    // prefetchSnapshot()'s result, in m_thread only.
    std::optional<std::pair<QString, CacheValue<CacheSnapshot>>> m_prefetched;
    std::shared_ptr<Decodes> m_prefetchDecodes; // its thumbnails being decoded
    std::optional<CacheOpenResult> m_openResult;
    bool m_setAsideNoticeClaimed = false;
};
