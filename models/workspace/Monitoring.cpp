// Monitoring: the Data flows dashboard, the business errors and the connected Apps (docs/pim-api.md
// §9 to §11) through the workspace's network, cache and connectivity. The Apps' logos are in
// MonitoringLogos.cpp.
#include "workspace/Monitoring.h"

#include "domain/PimTime.h"
#include "net/AppMonitoringSettingsJob.h"
#include "net/BusinessErrorsJob.h"
#include "net/ConnectedAppsJob.h"
#include "net/DataFlowsJob.h"
#include "net/DeleteAppJob.h"
#include "net/SaveAppMonitoringSettingsJob.h"
#include "store/ConnectionCache.h"
#include "workspace/MonitoringPrivate.h"
#include "workspace/WorkspaceLogging.h"

namespace {

// The last day a dashboard shows (its "<all>" week ends there); invalid when empty.
QDate lastDay(const DataFlows &flows)
{
    const AuditSeries *all = flows.productCreated.all();
    return all && !all->week.isEmpty() ? all->week.constLast().date : QDate();
}

} // namespace

Monitoring::Private::Private(Monitoring *q, Workspace *workspace, Workspace::Private *w)
    : q(q)
    , workspace(workspace)
    , w(w)
{}

Monitoring::Monitoring(Workspace *workspace)
    : QObject(workspace)
    , d(std::make_unique<Private>(this, workspace, workspace->d.get()))
{}

Monitoring::~Monitoring() = default;

// Reads ------------------------------------------------------------------------------------------

void Monitoring::loadDataFlows(std::optional<QDate> endDate, QObject *context,
                               Callback<Answer<DataFlows>> done)
{
    auto answer = guardedCallback(context, std::move(done));
    auto offline = [this, endDate, answer] {
        d->w->cache->loadDataFlows(
            d->instanceId(), this, [this, endDate, answer](const auto &loaded) {
                // The copy is of one week: another week asked is not in it.
                if (loaded.ok() && endDate && loaded.value.isKnown() &&
                    lastDay(loaded.value.value) != *endDate) {
                    answer(
                        ApiError::make(ApiError::Kind::Offline, 0,
                                       tr("The offline copy has the Data flows of the week "
                                          "ending %1 only, and the PIM cannot be reached to "
                                          "read another week.")
                                           .arg(PimTime::formatDay(lastDay(loaded.value.value)))),
                        Answer<DataFlows>());
                    return;
                }
                d->answerFromCache(loaded,
                                   tr("The Data flows have not been read yet, and the PIM cannot "
                                      "be reached to read them."),
                                   answer);
            });
    };
    d->read<DataFlowsJob>(
        answer, [&] { return d->w->client->dataFlows(endDate); },
        [this, endDate, answer](const DataFlows &flows) {
            const QDateTime now = d->now();
            // The cache keeps the current week (what the screen opens on), not one asked for.
            if (!endDate)
                d->w->cache->storeDataFlows(d->instanceId(), flows, now);
            answer(ApiError(), Answer<DataFlows>{flows, now, false});
        },
        offline);
}

void Monitoring::loadBusinessErrors(const QString &code, QObject *context,
                                    Callback<Answer<QList<BusinessError>>> done)
{
    auto answer = guardedCallback(context, std::move(done));
    auto offline = [this, code, answer] {
        d->w->cache->loadBusinessErrors(
            d->instanceId(), code, this, [this, code, answer](const auto &loaded) {
                d->answerFromCache(loaded,
                                   tr("The errors of %1 have not been read yet, and "
                                      "the PIM cannot be reached to read them.")
                                       .arg(code),
                                   answer);
            });
    };
    d->read<BusinessErrorsJob>(
        answer, [&] { return d->w->client->businessErrors(code); },
        [this, code, answer](const QList<BusinessError> &errors) {
            const QDateTime now = d->now();
            d->w->cache->storeBusinessErrors(d->instanceId(), code, errors, now);
            answer(ApiError(), Answer<QList<BusinessError>>{errors, now, false});
        },
        offline);
}

void Monitoring::loadApps(QObject *context, Callback<Answer<QList<CachedApp>>> done)
{
    auto answer = guardedCallback(context, std::move(done));
    auto offline = [this, answer] {
        d->w->cache->loadConnectedApps(d->instanceId(), this, [this, answer](const auto &loaded) {
            if (loaded.ok() && loaded.value.isKnown())
                d->setKnownApps(loaded.value.value);
            d->answerFromCache(loaded,
                               tr("The connected Apps have not been read yet, and the PIM cannot "
                                  "be reached to read them."),
                               answer);
        });
    };
    auto guarded = [this, answer](const ApiError &error, const Answer<QList<CachedApp>> &value) {
        if (error.kind == ApiError::Kind::Unavailable)
            d->setKnownApps({}); // none to show nor to count on this PIM
        answer(error, value);
    };
    d->read<ConnectedAppsJob>(
        Callback<Answer<QList<CachedApp>>>(guarded), [&] { return d->w->client->connectedApps(); },
        [this, answer](const QList<ConnectedApp> &apps) { d->appsFromPim(apps, answer); }, offline);
}

void Monitoring::Private::appsFromPim(const QList<ConnectedApp> &apps,
                                      const Callback<Answer<QList<CachedApp>>> &answer)
{
    const QDateTime now = this->now();
    // The list has no settings: those read before are kept, in memory and in the cache.
    QList<CachedApp> merged;
    for (const ConnectedApp &app : apps) {
        CachedApp item{app, std::nullopt, QDateTime()};
        if (const CachedApp *known = findApp(app.connectionCode)) {
            item.settings = known->settings;
            item.settingsAsOf = known->settingsAsOf;
        }
        merged.append(item);
    }
    w->cache->storeConnectedApps(instanceId(), apps, now);
    if (!knownApps.isEmpty()) {
        setKnownApps(merged);
        answer(ApiError(), Answer<QList<CachedApp>>{merged, now, false});
        return;
    }
    // First read of this run: the settings known are in the cache (read after the store).
    w->cache->loadConnectedApps(
        instanceId(), q,
        [this, merged, now, answer](const CacheValue<Dated<QList<CachedApp>>> &loaded) {
            QList<CachedApp> result = merged;
            if (loaded.ok()) {
                for (CachedApp &item : result) {
                    for (const CachedApp &cached : loaded.value.value) {
                        if (cached.app.connectionCode == item.app.connectionCode) {
                            item.settings = cached.settings;
                            item.settingsAsOf = cached.settingsAsOf;
                        }
                    }
                }
            }
            setKnownApps(result);
            answer(ApiError(), Answer<QList<CachedApp>>{result, now, false});
        });
}

void Monitoring::loadAppSettings(const QString &code, QObject *context,
                                 Callback<Answer<AppMonitoringSettings>> done)
{
    auto answer = guardedCallback(context, std::move(done));
    auto offline = [this, code, answer] {
        d->w->cache->loadConnectedApps(
            d->instanceId(), this, [this, code, answer](const auto &loaded) {
                CacheValue<Dated<AppMonitoringSettings>> settings;
                settings.error = loaded.error;
                for (const CachedApp &cached : loaded.value.value) {
                    if (cached.app.connectionCode == code && cached.settings)
                        settings.value = {*cached.settings, cached.settingsAsOf};
                }
                d->answerFromCache(settings,
                                   tr("The settings of the App %1 have not been read yet, and "
                                      "the PIM cannot be reached to read them.")
                                       .arg(code),
                                   answer);
            });
    };
    d->read<AppMonitoringSettingsJob>(
        answer, [&] { return d->w->client->appMonitoringSettings(code); },
        [this, code, answer](const AppMonitoringSettings &settings) {
            d->rememberSettings(code, settings);
            answer(ApiError(), Answer<AppMonitoringSettings>{settings, d->now(), false});
        },
        offline);
}

QList<CachedApp> Monitoring::knownApps() const
{
    return d->knownApps;
}

// Writes -----------------------------------------------------------------------------------------

void Monitoring::saveAppSettings(const QString &code, const AppMonitoringSettings &settings,
                                 QObject *context, DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->w->write(
        answer, [&] { return d->w->client->saveAppMonitoringSettings(code, settings); },
        [this, answer, code, settings] {
            qCInfo(lcWorkspace) << "saved the monitoring settings of the App" << code;
            d->rememberSettings(code, settings);
            answer(ApiError());
        });
}

void Monitoring::deleteApp(const QString &code, QObject *context, DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->w->write(
        answer, [&] { return d->w->client->deleteApp(code); },
        [this, answer, code] {
            qCInfo(lcWorkspace) << "deleted the App" << code;
            d->w->cache->removeApp(d->instanceId(), code);
            QList<CachedApp> apps = d->knownApps;
            apps.removeIf(
                [&code](const CachedApp &item) { return item.app.connectionCode == code; });
            d->setKnownApps(apps);
            // Its connection goes with it: the list (and the limit) catch up.
            d->w->refreshAfterWrite();
            answer(ApiError());
        });
}

// The Apps known -------------------------------------------------------------------------------

CachedApp *Monitoring::Private::findApp(const QString &code)
{
    for (CachedApp &item : knownApps) {
        if (item.app.connectionCode == code)
            return &item;
    }
    return nullptr;
}

void Monitoring::Private::setKnownApps(const QList<CachedApp> &apps)
{
    if (apps == knownApps)
        return;
    knownApps = apps;
    emit q->appsChanged();
}

void Monitoring::Private::rememberSettings(const QString &code,
                                           const AppMonitoringSettings &settings)
{
    CachedApp *known = findApp(code);
    if (!known)
        return; // not listed yet: the cache has no row to hold them
    const QDateTime now = this->now();
    known->settings = settings;
    known->settingsAsOf = now;
    w->cache->storeAppMonitoringSettings(instanceId(), code, settings, now);
    emit q->appsChanged();
}
