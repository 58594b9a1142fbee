#pragma once

// The reads that go to the PIM when it can be used and to the offline cache when it cannot,
// shared by the facades over a Workspace (Monitoring, Events). Not installed, not for callers.
#include "workspace/Monitoring.h"
#include "workspace/WorkspacePrivate.h"

struct WorkspaceReads
{

    // Offline, or the PIM could not be reached: the cache's answer `loaded`; `missing` is the
    // sentence for a value never read.
    template<typename T>
    static void answerFromCache(const CacheValue<Dated<T>> &loaded, const QString &missing,
                                const Monitoring::Callback<Monitoring::Answer<T>> &answer)
    {
        if (!loaded.ok() || !loaded.value.isKnown()) {
            const QString why = loaded.ok() ? missing : missing + QLatin1Char(' ') + loaded.error;
            answer(ApiError::make(ApiError::Kind::Offline, 0, why), Monitoring::Answer<T>());
            return;
        }
        answer(ApiError(), Monitoring::Answer<T>{loaded.value.value, loaded.value.asOf, true});
    }

    // A read: from the PIM with the job `make()` returns (tracked: busy) when it can be used;
    // `onValue` gets the job's result (called with `receiver` as context). When it cannot be used,
    // or the call finds it unreachable (or needs a password), `offline` answers from the cache;
    // any other failure is answered with an empty value.
    template<typename Job, typename Value, typename Make, typename OnValue, typename Offline>
    static void read(Workspace::Private *w, QObject *receiver,
                     const Monitoring::Callback<Value> &answer, Make make, OnValue onValue,
                     Offline offline)
    {
        if (!w->canUseNetwork()) {
            offline();
            return;
        }
        Job *job = make();
        w->beginTask();
        QObject::connect(job, &Job::finished, w->q, [w] { w->endTask(); });
        QObject::connect(job, &Job::succeeded, receiver, std::move(onValue));
        QObject::connect(job, &Job::failed, receiver, [w, answer, offline](const ApiError &error) {
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
};
