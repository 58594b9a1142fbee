// Monitoring: the connected Apps' logos, downloaded from their own servers (AppLogoDownload)
// and decoded off the GUI thread (LogoDecoder), kept in memory.
#include "items/LogoDecoder.h"
#include "items/PoolCall.h"
#include "net/PimNetworkAccessManager.h"
#include "workspace/AppLogoDownload.h"
#include "workspace/MonitoringPrivate.h"

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
    const QString key = logoKey(*app.logo, bound);
    if (const auto found = d->logos.constFind(key); found != d->logos.constEnd()) {
        d->w->later([answer, image = *found] { answer(ApiError(), image); });
        return;
    }
    // Forced offline: no network at all. Otherwise tried even while the PIM cannot be reached:
    // the logo is on another server.
    if (d->w->options.forceOffline) {
        d->w->later([answer] {
            answer(ApiError::make(ApiError::Kind::Offline, 0,
                                  tr("Working offline: the App's logo is not downloaded.")),
                   QImage());
        });
        return;
    }
    auto *download = new AppLogoDownload(d->w->client->network(), QUrl(*app.logo), d->logoTimeoutMs,
                                         LogoDecoder::MaxEncodedBytes, this);
    d->w->beginTask();
    connect(download, &AppLogoDownload::finished, this,
            [this, key, bound, answer, url = *app.logo](const ApiError &error,
                                                        const QByteArray &bytes) {
                if (error.isError()) {
                    d->w->endTask();
                    answer(error, QImage());
                    return;
                }
                PoolCall::run(
                    this, [bytes, bound] { return LogoDecoder::decode(bytes, bound); },
                    [this, key, answer, url](const LogoDecoder::Result &result) {
                        d->w->endTask();
                        if (!result.ok()) {
                            answer(
                                ApiError::make(ApiError::Kind::Validation, 0,
                                               tr("The App's logo at %1 cannot be shown: %2")
                                                   .arg(QUrl(url).toDisplayString(), result.error)),
                                QImage());
                            return;
                        }
                        d->logos.insert(key, result.image);
                        answer(ApiError(), result.image);
                    });
            });
    download->start();
}
