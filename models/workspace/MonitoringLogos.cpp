// Monitoring: the connected Apps' logos, downloaded from their own servers (AppLogoDownload)
// and decoded off the GUI thread (LogoDecoder), kept in memory and in the cache (by address),
// so that an App's tile shows its logo offline and at once.
#include "items/LogoDecoder.h"
#include "items/PoolCall.h"
#include "net/PimNetworkAccessManager.h"
#include "store/ConnectionCache.h"
#include "workspace/AppLogoDownload.h"
#include "workspace/MonitoringPrivate.h"
#include "workspace/WorkspaceLogging.h"

namespace {

QString logoKey(const QString &url, const QSize &bound)
{
    return QStringLiteral("%1 %2x%3").arg(url).arg(bound.width()).arg(bound.height());
}

} // namespace

void Monitoring::setLogoTimeout(std::chrono::milliseconds timeout)
{
    d->logoTimeoutMs = timeout.count() > 0 ? int(timeout.count()) : 20000;
}

void Monitoring::loadAppLogo(const ConnectedApp &app, const QSize &bound, QObject *context,
                             Callback<QImage> done)
{
    auto answer = guardedCallback(context, std::move(done));
    if (!app.logo || app.logo->isEmpty()) {
        d->w->later([answer, name = app.name] {
            answer(ApiError::make(ApiError::Kind::Validation, 0,
                                  tr("The App %1 has no logo.").arg(name)),
                   QImage());
        });
        return;
    }
    const QString url = *app.logo;
    const QString key = logoKey(url, bound);
    if (const auto found = d->logos.constFind(key); found != d->logos.constEnd()) {
        d->w->later([answer, image = *found] { answer(ApiError(), image); });
        return;
    }
    // The copy in the cache first: offline too, and without waiting for the App's server. Then,
    // online, the address is downloaded again once per workspace, for the next time it is asked.
    d->w->beginTask();
    d->w->cache->loadAppLogo(
        d->instanceId(), url, this,
        [this, url, bound, key, answer](const CacheValue<QByteArray> &cached) {
            if (!cached.ok())
                qCInfo(lcWorkspace)
                    << "the cached logo of" << url << "could not be read:" << cached.error;
            const QByteArray bytes = cached.ok() ? cached.value : QByteArray();
            if (bytes.isEmpty()) {
                d->w->endTask();
                d->downloadAppLogo(url, bound, answer);
                return;
            }
            PoolCall::run(
                this, [bytes, bound] { return LogoDecoder::decode(bytes, bound); },
                [this, url, bound, key, answer, bytes](const LogoDecoder::Result &result) {
                    d->w->endTask();
                    if (!result.ok()) {
                        // Not what was stored (it was read as an image then): downloaded again.
                        qCWarning(lcWorkspace)
                            << "the cached logo of" << url << "cannot be shown:" << result.error;
                        d->downloadAppLogo(url, bound, answer);
                        return;
                    }
                    d->logos.insert(key, result.image);
                    answer(ApiError(), result.image);
                    d->refreshAppLogo(url, bytes);
                });
        });
}

void Monitoring::Private::downloadAppLogo(const QString &url, const QSize &bound,
                                          const Callback<QImage> &answer)
{
    // Forced offline: no network at all. Otherwise tried even while the PIM cannot be reached:
    // the logo is on another server.
    if (w->options.forceOffline) {
        w->later([answer] {
            answer(ApiError::make(
                       ApiError::Kind::Offline, 0,
                       Monitoring::tr("Working offline: the App's logo is not downloaded.")),
                   QImage());
        });
        return;
    }
    fetchAppLogo(url, [this, url, bound, answer](const ApiError &error, const QByteArray &bytes) {
        if (error.isError()) {
            w->endTask();
            answer(error, QImage());
            return;
        }
        PoolCall::run(
            q, [bytes, bound] { return LogoDecoder::decode(bytes, bound); },
            [this, url, bound, answer, bytes](const LogoDecoder::Result &result) {
                w->endTask();
                if (!result.ok()) {
                    answer(ApiError::make(ApiError::Kind::Validation, 0,
                                          Monitoring::tr("The App's logo at %1 cannot be shown: %2")
                                              .arg(QUrl(url).toDisplayString(), result.error)),
                           QImage());
                    return;
                }
                w->cache->storeAppLogo(instanceId(), url, bytes);
                logos.insert(logoKey(url, bound), result.image);
                answer(ApiError(), result.image);
            });
    });
}

void Monitoring::Private::refreshAppLogo(const QString &url, const QByteArray &cached)
{
    if (w->options.forceOffline || refreshedLogos.contains(url))
        return;
    fetchAppLogo(url, [this, url, cached](const ApiError &error, const QByteArray &bytes) {
        if (error.isError() || bytes == cached) {
            if (error.isError())
                qCInfo(lcWorkspace)
                    << "the logo at" << url << "was not downloaded again:" << error.message();
            w->endTask();
            return;
        }
        // A new logo at the same address: kept once it reads as an image, for the next
        // time it is asked (what is on screen stays as it is until then).
        PoolCall::run(
            q, [bytes] { return LogoDecoder::decode(bytes, LogoDecoder::ThumbnailBound); },
            [this, url, bytes](const LogoDecoder::Result &result) {
                w->endTask();
                if (!result.ok()) {
                    qCInfo(lcWorkspace)
                        << "the new logo at" << url << "cannot be shown:" << result.error;
                    return;
                }
                w->cache->storeAppLogo(instanceId(), url, bytes);
                const QString prefix = url + QLatin1Char(' ');
                logos.removeIf(
                    [&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
            });
    });
}

void Monitoring::Private::fetchAppLogo(
    const QString &url, std::function<void(const ApiError &, const QByteArray &)> done)
{
    refreshedLogos.insert(url);
    auto *download = new AppLogoDownload(w->client->network(), QUrl(url), logoTimeoutMs,
                                         LogoDecoder::MaxEncodedBytes, q);
    w->beginTask(); // ended by `done`
    QObject::connect(download, &AppLogoDownload::finished, q, std::move(done));
    download->start();
}
