#include "store/ConnectionCache.h"

#include "store/StoreLogging.h"

#include <QFile>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

ConnectionCache::ConnectionCache(const QString &databasePath, QObject *parent, int busyTimeoutMs,
                                 Opening opening)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_busyTimeoutMs(busyTimeoutMs)
{
    qRegisterMetaType<CacheOpenResult>();
    m_thread.setObjectName(QStringLiteral("pim-cache"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    if (opening == Opening::Now)
        openNow();
}

void ConnectionCache::openNow()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { ensureDatabase(); }, Qt::QueuedConnection);
}

void ConnectionCache::setStartInstance(const QString &instanceId)
{
    m_startInstance = instanceId;
}

void ConnectionCache::ensureDatabase()
{
    if (m_openTried)
        return;
    m_openTried = true;
    m_startCopy.reset(); // the database answers from now on
    m_database = std::make_unique<CacheDatabase>(m_databasePath);
    m_database->setBusyTimeout(m_busyTimeoutMs);
    const CacheOpenResult result = m_database->open();
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_openResult = result;
            emit opened(result);
        },
        Qt::QueuedConnection);
}

void ConnectionCache::writeStartCopy(const QString &instanceId)
{
    const QString path = StartCopy::pathFor(m_databasePath);
    // Nothing was opened or written in this run: the copy read at start is still current.
    if (!m_openTried && m_startCopy && m_startCopy->instanceId == instanceId)
        return;
    ensureDatabase();
    StartCopy copy;
    copy.instanceId = instanceId;
    bool ok = m_database && m_database->isOpen();
    if (ok) {
        CacheValue<CacheSnapshot> snapshot = m_database->loadSnapshot(instanceId);
        CacheValue<Dated<QList<CachedApp>>> apps = m_database->loadConnectedApps(instanceId);
        ok = snapshot.ok() && apps.ok();
        copy.snapshot = std::move(snapshot.value);
        copy.apps = std::move(apps.value);
        for (const CachedApp &cached : std::as_const(copy.apps.value)) {
            if (!ok || !cached.app.logo || copy.appLogos.contains(*cached.app.logo))
                continue;
            const CacheValue<QByteArray> logo =
                m_database->loadAppLogo(instanceId, *cached.app.logo);
            ok = logo.ok();
            if (ok && !logo.value.isEmpty())
                copy.appLogos.insert(*cached.app.logo, logo.value);
        }
    }
    // Closed first: the files stamped are those the next start finds (the -wal is folded in).
    m_database.reset();
    QString error;
    if (ok && StartCopy::write(path, copy, StartCopy::stampOf(m_databasePath), &error))
        return;
    if (ok)
        qCWarning(lcCache) << "the start copy cannot be written:" << error;
    QFile::remove(path);
}

bool ConnectionCache::claimSetAsideNotice()
{
    if (m_setAsideNoticeClaimed || !m_openResult ||
        m_openResult->status != CacheOpenResult::Status::Reset)
        return false;
    m_setAsideNoticeClaimed = true;
    return true;
}

ConnectionCache::~ConnectionCache()
{
    // Queued behind every request already made: they all run, then the database is closed in
    // its own thread and the thread stops.
    QMetaObject::invokeMethod(
        m_worker,
        [this, startInstance = m_startInstance] {
            takePrefetched(QString()); // its decodes stop
            if (!startInstance.isEmpty())
                writeStartCopy(startInstance);
            m_database.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker; // its thread has finished: deleting it from here is allowed
}

template<typename R>
void ConnectionCache::request(std::function<R(CacheDatabase &)> operation, QObject *context,
                              Callback<R> done, bool isWrite,
                              std::function<std::optional<R>(const StartCopy &)> fromStartCopy)
{
    Q_ASSERT(!context || context->thread() == thread());
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [this, operation = std::move(operation), guard, hasContext, done = std::move(done), isWrite,
         fromStartCopy = std::move(fromStartCopy)] {
            R result;
            std::optional<R> copied;
            if (fromStartCopy && m_startCopy)
                copied = fromStartCopy(*m_startCopy);
            if (copied) {
                result = std::move(*copied);
            } else {
                ensureDatabase();
                if (m_database)
                    result = operation(*m_database);
                else
                    result.error = tr("The offline copy of your connections is not available.");
            }
            takePrefetched(QString()); // used by this request, or outdated by it
            // Back to this object's thread. If this object is destroyed first, Qt drops the
            // queued call with it.
            QMetaObject::invokeMethod(
                this,
                [this, result, guard, hasContext, done, isWrite] {
                    if (isWrite && !result.ok())
                        emit writeFailed(result.error);
                    if (done && (!hasContext || guard))
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConnectionCache::writeRequest(std::function<CacheStatus(CacheDatabase &)> operation,
                                   QObject *context, StatusCallback done)
{
    request<CacheStatus>(std::move(operation), context, std::move(done), true);
}

void ConnectionCache::loadSnapshot(const QString &instanceId, QObject *context,
                                   Callback<CacheValue<CacheSnapshot>> done,
                                   ThumbnailDecoding decoding)
{
    request<CacheValue<CacheSnapshot>>(
        [this, instanceId, decoding](CacheDatabase &db) {
            if (std::optional<CacheValue<CacheSnapshot>> prefetched = takePrefetched(instanceId))
                return std::move(*prefetched);
            CacheValue<CacheSnapshot> loaded = db.loadSnapshot(instanceId);
            if (loaded.ok()) {
                if (const std::shared_ptr<Decodes> decodes = startDecodes(loaded.value, decoding))
                    finishDecodes(*decodes, &loaded.value, false);
            }
            return loaded;
        },
        context, std::move(done), false,
        [this, instanceId](const StartCopy &) { return takePrefetched(instanceId); });
}

// The thumbnails of a snapshot, decoded by pooled threads that each take the next one until
// there is none left or stop is set.
struct ConnectionCache::Decodes
{
    QSize bound;
    QList<QByteArray> pngs; // in the overview's order
    QList<QString> paths;
    std::vector<QVariant> images; // written by the threads, each at its own index: no detach
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    QList<QFuture<void>> workers;

    void work(const ThumbnailDecoder &decode)
    {
        for (qsizetype i = next++; i < pngs.size() && !stop; i = next++)
            images[size_t(i)] = decode(pngs.at(i), bound);
    }
};

std::shared_ptr<ConnectionCache::Decodes>
ConnectionCache::startDecodes(const CacheSnapshot &snapshot, const ThumbnailDecoding &decoding)
{
    if (!decoding.isValid() || snapshot.logoThumbnails.isEmpty())
        return nullptr;
    auto decodes = std::make_shared<Decodes>();
    decodes->bound = decoding.bound;
    // The overview shows the connections by flow type (in FlowType's order), each in the
    // server's order (ConnectionFilterProxyModel::lessThan): the tiles on screen first.
    QList<const CachedConnection *> shown;
    for (const CachedConnection &cached : snapshot.connections)
        shown.append(&cached);
    std::stable_sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) {
        return int(a->connection.flowType) < int(b->connection.flowType);
    });
    QSet<QString> queued;
    for (const CachedConnection *cached : std::as_const(shown)) {
        const QString &path = cached->connection.image;
        const auto png = snapshot.logoThumbnails.constFind(path);
        if (png == snapshot.logoThumbnails.cend() || queued.contains(path))
            continue;
        queued.insert(path);
        decodes->paths.append(path);
        decodes->pngs.append(*png);
    }
    decodes->images.resize(size_t(decodes->pngs.size()));
    // Two threads: the one building the window (at start) keeps a core.
    const int threads = qBound(1, QThreadPool::globalInstance()->maxThreadCount(), 2);
    for (int i = 0; i < threads; ++i) {
        decodes->workers.append(
            QtConcurrent::run([decodes, decode = decoding.decode] { decodes->work(decode); }));
    }
    return decodes;
}

void ConnectionCache::finishDecodes(Decodes &decodes, CacheSnapshot *snapshot, bool early)
{
    // Early: the decodes under way end (one thumbnail each at most), those not begun are left
    // to the tiles that ask.
    decodes.stop = early;
    for (QFuture<void> &worker : decodes.workers)
        worker.waitForFinished();
    if (!snapshot)
        return;
    for (qsizetype i = 0; i < decodes.paths.size(); ++i) {
        if (decodes.images[size_t(i)].isValid())
            snapshot->decodedThumbnails.insert(decodes.paths.at(i), decodes.images[size_t(i)]);
    }
    snapshot->decodedThumbnailBound = decodes.bound;
}

void ConnectionCache::prefetchSnapshot(const QString &instanceId, ThumbnailDecoding decoding)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, instanceId, decoding = std::move(decoding)] {
            takePrefetched(QString());
            if (!m_openTried) {
                std::optional<StartCopy> copy = StartCopy::read(StartCopy::pathFor(m_databasePath),
                                                                StartCopy::stampOf(m_databasePath));
                if (copy && copy->instanceId == instanceId) {
                    qCInfo(lcCache) << "the start reads the start copy, not the database";
                    m_startCopy = std::move(copy);
                    CacheValue<CacheSnapshot> snapshot;
                    snapshot.value = m_startCopy->snapshot;
                    m_prefetched.emplace(instanceId, std::move(snapshot));
                    m_prefetchDecodes = startDecodes(m_prefetched->second.value, decoding);
                    return;
                }
            }
            ensureDatabase();
            if (!m_database)
                return;
            m_prefetched.emplace(instanceId, m_database->loadSnapshot(instanceId));
            if (m_prefetched->second.ok())
                m_prefetchDecodes = startDecodes(m_prefetched->second.value, decoding);
        },
        Qt::QueuedConnection);
}

std::optional<CacheValue<CacheSnapshot>> ConnectionCache::takePrefetched(const QString &instanceId)
{
    std::optional<CacheValue<CacheSnapshot>> taken;
    if (m_prefetched && !instanceId.isEmpty() && m_prefetched->first == instanceId)
        taken = std::move(m_prefetched->second);
    m_prefetched.reset();
    if (const std::shared_ptr<Decodes> decodes = std::exchange(m_prefetchDecodes, {}))
        finishDecodes(*decodes, taken ? &taken->value : nullptr, true);
    return taken;
}

void ConnectionCache::loadLogo(const QString &instanceId, const QString &imagePath,
                               QObject *context, Callback<CacheValue<QByteArray>> done)
{
    request<CacheValue<QByteArray>>(
        [instanceId, imagePath](CacheDatabase &db) { return db.loadLogo(instanceId, imagePath); },
        context, std::move(done), false);
}

void ConnectionCache::knownCodes(const QString &instanceId, QObject *context,
                                 Callback<CacheValue<QStringList>> done)
{
    request<CacheValue<QStringList>>(
        [instanceId](CacheDatabase &db) { return db.knownCodes(instanceId); }, context,
        std::move(done), false);
}

void ConnectionCache::instanceIds(QObject *context, Callback<CacheValue<QStringList>> done)
{
    request<CacheValue<QStringList>>([](CacheDatabase &db) { return db.instanceIds(); }, context,
                                     std::move(done), false);
}

void ConnectionCache::replaceSnapshot(const QString &instanceId, const CacheSnapshot &snapshot,
                                      QObject *context, StatusCallback done)
{
    writeRequest([instanceId,
                  snapshot](CacheDatabase &db) { return db.replaceSnapshot(instanceId, snapshot); },
                 context, std::move(done));
}

void ConnectionCache::storeDetails(const QString &instanceId, const CachedConnection &connection,
                                   QObject *context, StatusCallback done)
{
    writeRequest([instanceId, connection](
                     CacheDatabase &db) { return db.storeDetails(instanceId, connection); },
                 context, std::move(done));
}

void ConnectionCache::storeLogo(const QString &instanceId, const QString &imagePath,
                                const QByteArray &bytes, QObject *context, StatusCallback done)
{
    writeRequest([instanceId, imagePath,
                  bytes](CacheDatabase &db) { return db.storeLogo(instanceId, imagePath, bytes); },
                 context, std::move(done));
}

void ConnectionCache::storeLogoThumbnail(const QString &instanceId, const QString &imagePath,
                                         const QByteArray &thumbnail, QObject *context,
                                         StatusCallback done)
{
    writeRequest(
        [instanceId, imagePath, thumbnail](CacheDatabase &db) {
            return db.storeLogoThumbnail(instanceId, imagePath, thumbnail);
        },
        context, std::move(done));
}

void ConnectionCache::storeRoles(const QString &instanceId, const QList<UserRole> &roles,
                                 QObject *context, StatusCallback done)
{
    writeRequest(
        [instanceId, roles](CacheDatabase &db) { return db.storeRoles(instanceId, roles); },
        context, std::move(done));
}

void ConnectionCache::storeGroups(const QString &instanceId, const QList<UserGroup> &groups,
                                  QObject *context, StatusCallback done)
{
    writeRequest(
        [instanceId, groups](CacheDatabase &db) { return db.storeGroups(instanceId, groups); },
        context, std::move(done));
}

void ConnectionCache::storeWrongCredentials(const QString &instanceId,
                                            const WrongCredentials &marks, QObject *context,
                                            StatusCallback done)
{
    writeRequest([instanceId,
                  marks](CacheDatabase &db) { return db.storeWrongCredentials(instanceId, marks); },
                 context, std::move(done));
}

void ConnectionCache::storeMaxLimitReached(const QString &instanceId, bool reached,
                                           QObject *context, StatusCallback done)
{
    writeRequest([instanceId, reached](
                     CacheDatabase &db) { return db.storeMaxLimitReached(instanceId, reached); },
                 context, std::move(done));
}

void ConnectionCache::removeConnection(const QString &instanceId, const QString &code,
                                       QObject *context, StatusCallback done)
{
    writeRequest(
        [instanceId, code](CacheDatabase &db) { return db.removeConnection(instanceId, code); },
        context, std::move(done));
}

void ConnectionCache::removeInstance(const QString &instanceId, QObject *context,
                                     StatusCallback done)
{
    writeRequest([instanceId](CacheDatabase &db) { return db.removeInstance(instanceId); }, context,
                 std::move(done));
}

void ConnectionCache::loadDataFlows(const QString &instanceId, QObject *context,
                                    Callback<CacheValue<Dated<DataFlows>>> done)
{
    request<CacheValue<Dated<DataFlows>>>(
        [instanceId](CacheDatabase &db) { return db.loadDataFlows(instanceId); }, context,
        std::move(done), false);
}

void ConnectionCache::loadBusinessErrors(const QString &instanceId, const QString &code,
                                         QObject *context,
                                         Callback<CacheValue<Dated<QList<BusinessError>>>> done)
{
    request<CacheValue<Dated<QList<BusinessError>>>>(
        [instanceId, code](CacheDatabase &db) { return db.loadBusinessErrors(instanceId, code); },
        context, std::move(done), false);
}

void ConnectionCache::loadConnectedApps(const QString &instanceId, QObject *context,
                                        Callback<CacheValue<Dated<QList<CachedApp>>>> done)
{
    request<CacheValue<Dated<QList<CachedApp>>>>(
        [instanceId](CacheDatabase &db) { return db.loadConnectedApps(instanceId); }, context,
        std::move(done), false,
        [instanceId](const StartCopy &copy) -> std::optional<CacheValue<Dated<QList<CachedApp>>>> {
            if (copy.instanceId != instanceId)
                return std::nullopt;
            CacheValue<Dated<QList<CachedApp>>> apps;
            apps.value = copy.apps;
            return apps;
        });
}

void ConnectionCache::storeDataFlows(const QString &instanceId, const DataFlows &flows,
                                     const QDateTime &asOf, QObject *context, StatusCallback done)
{
    writeRequest([instanceId, flows,
                  asOf](CacheDatabase &db) { return db.storeDataFlows(instanceId, flows, asOf); },
                 context, std::move(done));
}

void ConnectionCache::storeBusinessErrors(const QString &instanceId, const QString &code,
                                          const QList<BusinessError> &errors, const QDateTime &asOf,
                                          QObject *context, StatusCallback done)
{
    writeRequest(
        [instanceId, code, errors, asOf](CacheDatabase &db) {
            return db.storeBusinessErrors(instanceId, code, errors, asOf);
        },
        context, std::move(done));
}

void ConnectionCache::storeConnectedApps(const QString &instanceId, const QList<ConnectedApp> &apps,
                                         const QDateTime &asOf, QObject *context,
                                         StatusCallback done)
{
    writeRequest([instanceId, apps, asOf](
                     CacheDatabase &db) { return db.storeConnectedApps(instanceId, apps, asOf); },
                 context, std::move(done));
}

void ConnectionCache::storeAppMonitoringSettings(const QString &instanceId, const QString &code,
                                                 const AppMonitoringSettings &settings,
                                                 const QDateTime &asOf, QObject *context,
                                                 StatusCallback done)
{
    writeRequest(
        [instanceId, code, settings, asOf](CacheDatabase &db) {
            return db.storeAppMonitoringSettings(instanceId, code, settings, asOf);
        },
        context, std::move(done));
}

void ConnectionCache::removeApp(const QString &instanceId, const QString &code, QObject *context,
                                StatusCallback done)
{
    writeRequest([instanceId, code](CacheDatabase &db) { return db.removeApp(instanceId, code); },
                 context, std::move(done));
}

void ConnectionCache::loadAppLogo(const QString &instanceId, const QString &url, QObject *context,
                                  Callback<CacheValue<QByteArray>> done)
{
    request<CacheValue<QByteArray>>(
        [instanceId, url](CacheDatabase &db) { return db.loadAppLogo(instanceId, url); }, context,
        std::move(done), false,
        // The copy has every logo the database has for its Apps, and the database keeps none
        // for another address: a missing one is "none" there too.
        [instanceId, url](const StartCopy &copy) -> std::optional<CacheValue<QByteArray>> {
            if (copy.instanceId != instanceId)
                return std::nullopt;
            CacheValue<QByteArray> logo;
            logo.value = copy.appLogos.value(url);
            return logo;
        });
}

void ConnectionCache::storeAppLogo(const QString &instanceId, const QString &url,
                                   const QByteArray &bytes, QObject *context, StatusCallback done)
{
    writeRequest([instanceId, url,
                  bytes](CacheDatabase &db) { return db.storeAppLogo(instanceId, url, bytes); },
                 context, std::move(done));
}

void ConnectionCache::loadEventSubscription(const QString &instanceId, const QString &code,
                                            QObject *context,
                                            Callback<CacheValue<Dated<EventSubscriptionForm>>> done)
{
    request<CacheValue<Dated<EventSubscriptionForm>>>(
        [instanceId, code](CacheDatabase &db) {
            return db.loadEventSubscription(instanceId, code);
        },
        context, std::move(done), false);
}

void ConnectionCache::loadEventLogs(const QString &instanceId, const QString &code,
                                    QObject *context,
                                    Callback<CacheValue<Dated<EventLogPage>>> done)
{
    request<CacheValue<Dated<EventLogPage>>>(
        [instanceId, code](CacheDatabase &db) { return db.loadEventLogs(instanceId, code); },
        context, std::move(done), false);
}

void ConnectionCache::storeEventSubscription(const QString &instanceId,
                                             const EventSubscriptionForm &form,
                                             const QDateTime &asOf, QObject *context,
                                             StatusCallback done)
{
    // The copy queued to the worker holds no secret.
    writeRequest(
        [instanceId, form = form.withoutSecret(), asOf](CacheDatabase &db) {
            return db.storeEventSubscription(instanceId, form, asOf);
        },
        context, std::move(done));
}

void ConnectionCache::storeEventLogs(const QString &instanceId, const QString &code,
                                     const EventLogPage &page, const QDateTime &asOf,
                                     QObject *context, StatusCallback done)
{
    writeRequest([instanceId, code, page, asOf](
                     CacheDatabase &db) { return db.storeEventLogs(instanceId, code, page, asOf); },
                 context, std::move(done));
}
