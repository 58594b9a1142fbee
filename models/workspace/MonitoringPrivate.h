#pragma once

// The inside of Monitoring, shared by Monitoring.cpp (the reads and writes of the PIM and the
// cache) and MonitoringLogos.cpp (the Apps' logos). Not installed, not for callers.
#include "workspace/Monitoring.h"
#include "workspace/PimClient.h" // WorkspacePrivate.h names it
#include "workspace/WorkspacePrivate.h"
#include "workspace/WorkspaceReads.h"

#include <QHash>
#include <QSet>

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
    // MonitoringLogos.cpp: the App's logo downloaded from `url`, then kept in the cache and in
    // memory; and a logo read from the cache downloaded again (once per workspace), replacing
    // the cached one when the address now gives another image.
    void downloadAppLogo(const QString &url, const QSize &bound, const Callback<QImage> &answer);
    void refreshAppLogo(const QString &url, const QByteArray &cached);
    // Starts one download of `url` (counted as a task: `done` ends it).
    void fetchAppLogo(const QString &url,
                      std::function<void(const ApiError &, const QByteArray &)> done);

    // The logos decoded so far, by URL and bound ("url WxH").
    QHash<QString, QImage> logos;
    // The addresses downloaded (or being downloaded) by this workspace.
    QSet<QString> refreshedLogos;
    int logoTimeoutMs = 20000;
};
