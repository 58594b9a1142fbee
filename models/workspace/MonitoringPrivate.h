#pragma once

// The inside of Monitoring, shared by Monitoring.cpp (the reads and writes of the PIM and the
// cache) and MonitoringLogos.cpp (the Apps' logos). Not installed, not for callers.
#include "workspace/Monitoring.h"
#include "workspace/PimClient.h" // WorkspacePrivate.h names it
#include "workspace/WorkspacePrivate.h"

#include <QHash>

#include <chrono>

class Monitoring::Private
{
public:
    Private(Monitoring *q, Workspace *workspace, Workspace::Private *w);

    // Offline, or the PIM could not be reached: the cache's answer `loaded`; `missing` is the
    // sentence for a value never read.
    template<typename T>
    void answerFromCache(const CacheValue<Dated<T>> &loaded, const QString &missing,
                         const Callback<Answer<T>> &answer) const
    {
        if (!loaded.ok() || !loaded.value.isKnown()) {
            const QString why = loaded.ok() ? missing : missing + QLatin1Char(' ') + loaded.error;
            answer(ApiError::make(ApiError::Kind::Offline, 0, why), Answer<T>());
            return;
        }
        answer(ApiError(), Answer<T>{loaded.value.value, loaded.value.asOf, true});
    }

    // A read: from the PIM with the job `make()` returns (tracked: busy) when it can be used;
    // `onValue` gets the job's result. When it cannot be used, or the call finds it unreachable
    // (or needs a password), `offline` answers from the cache; any other failure is answered
    // with `empty`.
    template<typename Job, typename Value, typename Make, typename OnValue, typename Offline>
    void read(const Callback<Value> &answer, Make make, OnValue onValue, Offline offline)
    {
        if (!w->canUseNetwork()) {
            offline();
            return;
        }
        Job *job = make();
        w->beginTask();
        QObject::connect(job, &Job::finished, workspace, [this] { w->endTask(); });
        QObject::connect(job, &Job::succeeded, q, std::move(onValue));
        QObject::connect(job, &Job::failed, q, [this, answer, offline](const ApiError &error) {
            switch (w->noteFailure(error)) {
            case FailureClass::Unreachable:
            case FailureClass::NeedsPassword:
                offline();
                return;
            case FailureClass::Refused:
            case FailureClass::Ignored:
                break;
            }
            answer(error, Value());
        });
        job->start();
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
