#pragma once

#include "domain/ApiError.h"
#include "domain/EventLog.h"
#include "domain/EventSubscription.h"
#include "workspace/Monitoring.h"

#include <QObject>

#include <functional>
#include <memory>

class Workspace;

// The event subscription ("webhook") and the event logs of the connections of one PIM
// (docs/pim-api.md §8). Owned by its Workspace (Workspace::events()), which it uses for the
// network, the cache, the keychain and the connectivity; screens and the CLI use this and never
// the jobs.
//
// Availability: Akeneo retires the Events API (§8), so a PIM may not have it. A 404 from any
// of these routes for a connection the workspace knows, or from the log routes, means "not
// available on this PIM": the operation fails with ApiError::Kind::Unavailable, whose message()
// says so, availability() turns Unavailable and availabilityChanged() is emitted. Screens show
// that sentence in place of the part, not as an error. A success turns it Available.
//
// Reads (the subscription, the first page of logs): when the workspace can reach the PIM, from
// the PIM, and kept in the offline cache (`fromCache` false, `asOf` now); when it cannot, from
// the cache with the time it was fetched (`fromCache` true); never read: an Offline error.
// The cache never holds the subscription's secret: it goes to the keychain (under the
// workspace's "keep secrets" setting, Workspace::keepsSecretsInKeychain()), from which an
// offline read takes it back; a subscription read offline whose secret is not in the keychain
// has an empty secret (hasSecret() still says whether the PIM has one). The secret is never
// logged.
// Writes (save, test, regenerate, download) need the PIM: they are refused with the workspace's
// write reason (ApiError::Kind::Offline) when it cannot be used. Every callback is called once,
// later (never from inside the call), on the GUI thread, unless `context` is gone.
class Events : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = Monitoring::Callback<T>;
    using DoneCallback = Monitoring::DoneCallback;
    template<typename T> using Answer = Monitoring::Answer<T>;
    using ProgressCallback = std::function<void(qint64 received, qint64 total)>;

    enum class Availability {
        Unknown,     // nothing asked yet
        Available,   // the PIM answered one of these routes
        Unavailable, // the PIM has no Events API (§8): say "not available on this PIM"
    };
    Q_ENUM(Availability)

    explicit Events(Workspace *workspace);
    ~Events() override;

    Availability availability() const;

    // The subscription of a connection, with its secret and the limit of active ones (§8.2).
    void loadSubscription(const QString &code, QObject *context,
                          Callback<Answer<EventSubscriptionForm>> done);
    // Saves the whole subscription (§8.3). A refusal is Validation with the PIM's field errors
    // ("url", "enabled" for the limit, "code"), read with ApiError::fieldMessage(). The first
    // save of a subscription without a secret makes the PIM create one: load it again.
    void saveSubscription(const EventSubscriptionUpdate &update, QObject *context,
                          DoneCallback done);
    // "Test": the PIM sends a signed request to `url` (§8.5). The error is for the call itself;
    // the URL's outcome is the value: success, and the PIM's status line (text()).
    void testUrl(const QString &code, const QString &url, const QString &secret, QObject *context,
                 Callback<ReachabilityResult> done);
    // A new secret (§8.4), read back from the PIM and kept in the keychain like the old one.
    // Receivers must be updated. The regeneration is sent once, never retried by itself.
    void regenerateSecret(const QString &code, QObject *context,
                          Callback<EventSubscriptionForm> done);

    // The first page of logs for `search` (newest first, §8.7); kept in the cache. Offline: the
    // last first page loaded, whatever its search was, with its "as of".
    void searchLogs(const QString &code, const EventLogSearch &search, QObject *context,
                    Callback<Answer<EventLogPage>> done);
    // The page after the one whose token is `searchAfter` (EventLogPage::searchAfter), for the
    // same search. Needs the PIM (Offline error otherwise); not cached.
    void nextLogs(const QString &code, const EventLogSearch &search, const QString &searchAfter,
                  QObject *context, Callback<EventLogPage> done);
    // Saves every log of the connection as text to `filePath` (§8.7), atomically: the file
    // appears whole or not at all. `progress` follows the bytes received (total -1: unknown).
    // One download at a time per PIM: a second one cancels the first (answered Cancelled).
    void downloadLogs(const QString &code, const QString &filePath, QObject *context,
                      ProgressCallback progress, DoneCallback done);
    // Stops the download under way (its callback gets Cancelled); nothing when none.
    void cancelDownload();

signals:
    void availabilityChanged(Events::Availability availability);

private:
    class Private;
    std::unique_ptr<Private> d;
};
