#pragma once

// The inside of Monitoring, shared by Monitoring.cpp (the reads and writes of the PIM and the
// cache) and MonitoringLogos.cpp (the Apps' logos). Not installed, not for callers.
#include "workspace/Monitoring.h"
#include "workspace/PimClient.h" // WorkspacePrivate.h names it
#include "workspace/WorkspacePrivate.h"
#include "workspace/WorkspaceReads.h"

#include <QHash>

#include <chrono>

class Monitoring::Private
{
public:
    Private(Monitoring *q, Workspace *workspace, Workspace::Private *w);

    // WorkspaceReads.h's, for this facade.
    template<typename T>
    void answerFromCache(const CacheValue<Dated<T>> &loaded, const QString &missing,
                         const Callback<Answer<T>> &answer) const
    {
        WorkspaceReads::answerFromCache(loaded, missing, answer);
    }
    template<typename Job, typename Value, typename Make, typename OnValue, typename Offline>
    void read(const Callback<Value> &answer, Make make, OnValue onValue, Offline offline)
    {
        WorkspaceReads::read<Job>(w, q, answer, std::move(make), std::move(onValue),
                                  std::move(offline));
    }

    QString instanceId() const { return w->instance.id; }
    QDateTime now() const { return w->now(); }
    CachedApp *findApp(const QString &code);
    void setKnownApps(const QList<CachedApp> &apps);
    // The settings read or saved: in memory and in the cache, when the App is known.
    void rememberSettings(const QString &code, const AppMonitoringSettings &settings);
    void appsFromPim(const QList<ConnectedApp> &apps,
                     const Callback<Answer<QList<CachedApp>>> &answer);

    Monitoring *q;
    Workspace *workspace;
    Workspace::Private *w;
    QList<CachedApp> knownApps;
    // The logos decoded so far, by URL and bound ("url WxH").
    QHash<QString, QImage> logos;
    int logoTimeoutMs = 20000;
};
