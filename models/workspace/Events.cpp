// Events: the event subscription and event logs of a PIM's connections (docs/pim-api.md §8)
// through the workspace's network, cache, keychain and connectivity.
#include "workspace/Events.h"

#include "net/CheckReachabilityJob.h"
#include "net/DownloadEventLogsJob.h"
#include "net/ErrorMapping.h"
#include "net/GetEventSubscriptionJob.h"
#include "net/RegenerateWebhookSecretJob.h"
#include "net/SearchEventLogsJob.h"
#include "net/UpdateEventSubscriptionJob.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "workspace/PimClient.h"
#include "workspace/WorkspaceLogging.h"
#include "workspace/WorkspaceReads.h"

#include <QPointer>

class Events::Private
{
public:
    Private(Events *q, Workspace::Private *w)
        : q(q)
        , w(w)
    {}

    QString instanceId() const { return w->instance.id; }
    SecretKey secretKey(const QString &code) const
    {
        return SecretKey::webhookSecret(w->instance.baseUrl, code);
    }
    bool knowsConnection(const QString &code) const
    {
        if (w->mirror.snapshot().codes().contains(code))
            return true;
        const QList<CachedApp> apps = w->monitoring->knownApps();
        return std::any_of(apps.cbegin(), apps.cend(), [&code](const CachedApp &app) {
            return app.app.connectionCode == code;
        });
    }
    void setAvailability(Availability value)
    {
        if (value == availability)
            return;
        availability = value;
        qCInfo(lcWorkspace) << "the Events API is"
                            << (value == Availability::Available ? "available"
                                                                 : "not available on this PIM");
        emit q->availabilityChanged(value);
    }
    // What an answer says about the Events API. A 404 of a connection's own route for a code
    // the workspace does not know is that connection missing, not the API (§8.1).
    ApiError noteOutcome(const QString &code, const ApiError &error, bool connectionRoute)
    {
        if (!error.isError()) {
            setAvailability(Availability::Available);
            return error;
        }
        if (error.kind != ApiError::Kind::Unavailable)
            return error;
        if (connectionRoute && !knowsConnection(code))
            return ApiError::make(ApiError::Kind::NotFound, 404); // "no longer exists"
        setAvailability(Availability::Unavailable);
        return error;
    }
    // `answer` behind noteOutcome().
    template<typename Value>
    Callback<Value> noting(const QString &code, bool connectionRoute, Callback<Value> answer)
    {
        return [this, code, connectionRoute, answer](const ApiError &error, const Value &value) {
            answer(noteOutcome(code, error, connectionRoute), value);
        };
    }
    DoneCallback noting(const QString &code, bool connectionRoute, DoneCallback answer)
    {
        return [this, code, connectionRoute, answer](const ApiError &error) {
            answer(noteOutcome(code, error, connectionRoute));
        };
    }

    // The secret read from the PIM, into the keychain when the setting says so and it changed.
    void keepSecret(const QString &code, const std::optional<QString> &secret)
    {
        if (!w->options.keepSecretsInKeychain || !secret || secret->isEmpty())
            return;
        const QByteArray fingerprint = SecretFingerprints::fingerprint(*secret);
        if (w->webhookFingerprints.matches(code, fingerprint))
            return;
        w->beginTask();
        w->secrets->store(secretKey(code), *secret, q,
                          [this, code, fingerprint](const SecretResult &result) {
                              w->endTask();
                              if (result.ok())
                                  w->webhookFingerprints.remember(code, fingerprint);
                              else
                                  w->noticeOnce(&w->keychainNoticeShown, result.message());
                          });
    }
    void subscriptionFromCache(const QString &code,
                               const Callback<Answer<EventSubscriptionForm>> &answer);

    Events *q;
    Workspace::Private *w;
    Availability availability = Availability::Unknown;
    QPointer<DownloadEventLogsJob> download;
};

Events::Events(Workspace *workspace)
    : QObject(workspace)
    , d(std::make_unique<Private>(this, workspace->d.get()))
{}

Events::~Events() = default;

Events::Availability Events::availability() const
{
    return d->availability;
}

// Reads ------------------------------------------------------------------------------------------

void Events::loadSubscription(const QString &code, QObject *context,
                              Callback<Answer<EventSubscriptionForm>> done)
{
    auto answer = d->noting(code, true, guardedCallback(context, std::move(done)));
    WorkspaceReads::read<GetEventSubscriptionJob>(
        d->w, this, answer, [&] { return d->w->client->eventSubscription(code); },
        [this, code, answer](const EventSubscriptionForm &form) {
            const QDateTime now = d->w->now();
            d->w->cache->storeEventSubscription(d->instanceId(), form, now);
            d->keepSecret(code, form.subscription.secret);
            answer(ApiError(), Answer<EventSubscriptionForm>{form, now, false});
        },
        [this, code, answer] { d->subscriptionFromCache(code, answer); });
}

void Events::Private::subscriptionFromCache(const QString &code,
                                            const Callback<Answer<EventSubscriptionForm>> &answer)
{
    w->cache->loadEventSubscription(
        instanceId(), code, q, [this, code, answer](const auto &loaded) {
            const QString missing =
                Events::tr("The event subscription of %1 has not been read yet, "
                           "and the PIM cannot be reached to read it.")
                    .arg(code);
            if (!loaded.ok() || !loaded.value.isKnown() ||
                !loaded.value.value.subscription.hasSecret()) {
                WorkspaceReads::answerFromCache(loaded, missing, answer);
                return;
            }
            // The PIM has a secret: the keychain may keep it.
            w->beginTask();
            w->secrets->read(secretKey(code), q,
                             [this, loaded, answer](const SecretResult &secret) {
                                 w->endTask();
                                 CacheValue<Dated<EventSubscriptionForm>> withSecret = loaded;
                                 if (secret.ok())
                                     withSecret.value.value.subscription.secret = secret.value;
                                 else if (secret.status != SecretResult::Status::NotFound)
                                     w->noticeOnce(&w->keychainNoticeShown, secret.message());
                                 WorkspaceReads::answerFromCache(withSecret, QString(), answer);
                             });
        });
}

void Events::searchLogs(const QString &code, const EventLogSearch &search, QObject *context,
                        Callback<Answer<EventLogPage>> done)
{
    auto answer = d->noting(code, false, guardedCallback(context, std::move(done)));
    WorkspaceReads::read<SearchEventLogsJob>(
        d->w, this, answer, [&] { return d->w->client->searchEventLogs(code, search); },
        [this, code, answer](const EventLogPage &page) {
            const QDateTime now = d->w->now();
            d->w->cache->storeEventLogs(d->instanceId(), code, page, now);
            answer(ApiError(), Answer<EventLogPage>{page, now, false});
        },
        [this, code, answer] {
            d->w->cache->loadEventLogs(
                d->instanceId(), code, this, [code, answer](const auto &loaded) {
                    WorkspaceReads::answerFromCache(
                        loaded,
                        tr("The event logs of %1 have not been read yet, and the PIM cannot be "
                           "reached to read them.")
                            .arg(code),
                        answer);
                });
        });
}

void Events::nextLogs(const QString &code, const EventLogSearch &search, const QString &searchAfter,
                      QObject *context, Callback<EventLogPage> done)
{
    auto answer = d->noting(code, false, guardedCallback(context, std::move(done)));
    d->w->write(
        answer, [&] { return d->w->client->searchEventLogs(code, search, searchAfter); },
        [answer](const EventLogPage &page) { answer(ApiError(), page); }, EventLogPage());
}

// Writes -----------------------------------------------------------------------------------------

void Events::saveSubscription(const EventSubscriptionUpdate &update, QObject *context,
                              DoneCallback done)
{
    auto answer = d->noting(update.code, true, guardedCallback(context, std::move(done)));
    d->w->write(
        answer, [&] { return d->w->client->updateEventSubscription(update); },
        [answer, code = update.code] {
            qCInfo(lcWorkspace) << "saved the event subscription of" << code;
            answer(ApiError());
        });
}

void Events::testUrl(const QString &code, const QString &url, const QString &secret,
                     QObject *context, Callback<ReachabilityResult> done)
{
    auto answer = d->noting(code, true, guardedCallback(context, std::move(done)));
    d->w->write(
        answer, [&] { return d->w->client->checkReachability(code, url, secret); },
        [answer](const ReachabilityResult &result) { answer(ApiError(), result); },
        ReachabilityResult());
}

void Events::regenerateSecret(const QString &code, QObject *context,
                              Callback<EventSubscriptionForm> done)
{
    auto answer = d->noting(code, true, guardedCallback(context, std::move(done)));
    d->w->write(
        answer, [&] { return d->w->client->regenerateWebhookSecret(code); },
        [this, code, answer] {
            qCInfo(lcWorkspace) << "regenerated the event subscription secret of" << code;
            // §8.4: the new secret is read with a new GET.
            GetEventSubscriptionJob *job = d->w->client->eventSubscription(code);
            d->w->track(job);
            connect(job, &NetworkJob::failed, this, [this, answer](const ApiError &error) {
                d->w->noteFailure(error);
                answer(error, EventSubscriptionForm());
            });
            connect(job, &GetEventSubscriptionJob::succeeded, this,
                    [this, code, answer](const EventSubscriptionForm &form) {
                        d->w->cache->storeEventSubscription(d->instanceId(), form, d->w->now());
                        d->keepSecret(code, form.subscription.secret);
                        answer(ApiError(), form);
                    });
            job->start();
        },
        EventSubscriptionForm());
}

void Events::downloadLogs(const QString &code, const QString &filePath, QObject *context,
                          ProgressCallback progress, DoneCallback done)
{
    cancelDownload();
    auto answer = d->noting(code, false, guardedCallback(context, std::move(done)));
    auto onProgress = guardedCallback(context, std::move(progress));
    d->w->write(
        answer,
        [&] {
            DownloadEventLogsJob *job = d->w->client->downloadEventLogs(code, filePath);
            d->download = job;
            connect(job, &DownloadEventLogsJob::progress, this, onProgress);
            connect(job, &NetworkJob::finished, this, [answer](const ApiError &error) {
                if (error.kind == ApiError::Kind::Cancelled)
                    answer(error); // a cancel emits no failed()
            });
            return job;
        },
        [answer, code] {
            qCInfo(lcWorkspace) << "downloaded the event logs of" << code;
            answer(ApiError());
        });
}

void Events::cancelDownload()
{
    if (d->download)
        d->download->cancel();
}
