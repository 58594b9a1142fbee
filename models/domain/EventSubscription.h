#pragma once

#include "domain/SymfonyJson.h"

#include <QMetaType>
#include <QString>

#include <optional>

// A connection's event subscription ("webhook", docs/pim-api.md §8.2): whether the PIM pushes
// product events to `url`, signed with `secret`.
struct EventSubscription
{
    QString connectionCode;
    bool enabled = false;
    // null until the first successful update (§8.4). Read from the offline cache, an empty
    // string means "the PIM has one" (the cache never holds it: see the keychain).
    std::optional<QString> secret;
    std::optional<QString> url; // null until one is saved
    // "isUsingUuid" exists from 7.0 on (§8.2); nullopt on an older PIM.
    std::optional<bool> usesUuid;

    bool hasSecret() const { return secret.has_value(); }
    bool operator==(const EventSubscription &) const = default;
};

// The limit of active subscriptions across the PIM (§8.2, §8.6).
struct EventSubscriptionLimit
{
    int limit = 3;
    int current = 0; // enabled subscriptions, this one included

    bool operator==(const EventSubscriptionLimit &) const = default;
};

// GET /rest/connections/{code}/webhook (docs/pim-api.md §8.2).
struct EventSubscriptionForm
{
    EventSubscription subscription;
    EventSubscriptionLimit activeLimit;

    // "event_subscription" with "connectionCode" and "enabled" is required; "secret" and "url"
    // may be null; "isUsingUuid" and "active_event_subscriptions_limit" may be missing; unknown
    // keys are ignored.
    static std::optional<EventSubscriptionForm> fromJson(const QByteArray &body, QString *error);
    // The PIM's shape and key order (§8.2); the secret as held (null when none).
    SymfonyJson toSymfonyJson() const;
    // The same without the secret: what may be written to disk or shown by default.
    EventSubscriptionForm withoutSecret() const;
    // The PIM's UI refuses to switch this subscription on (§8.6): it is off and the limit is
    // reached. A subscription already on can still be saved.
    bool activationBlocked() const
    {
        return !subscription.enabled && activeLimit.current >= activeLimit.limit;
    }

    bool operator==(const EventSubscriptionForm &) const = default;
};

// POST /rest/connections/{code}/webhook (docs/pim-api.md §8.3): the whole subscription is sent.
struct EventSubscriptionUpdate
{
    QString code;
    bool enabled = false;
    QString url; // empty: no URL (sent as null, as the PIM's UI does)
    bool usesUuid = false;

    // {"code":..,"enabled":..,"url":..,"is_using_uuid":..}, in this order.
    SymfonyJson toSymfonyJson() const;
    // The update that keeps `current` as it is.
    static EventSubscriptionUpdate from(const EventSubscription &current);

    bool operator==(const EventSubscriptionUpdate &) const = default;
};

// The answer of .../webhook/check-reachability (docs/pim-api.md §8.5): the PIM's status line
// ("200 OK", "Failed to connect to server", or a translation key) and whether it worked.
struct ReachabilityResult
{
    bool success = false;
    QString message;

    static std::optional<ReachabilityResult> fromJson(const QByteArray &body, QString *error);
    SymfonyJson toSymfonyJson() const;
    // The message for people: a §8.3 key translated, anything else unchanged.
    QString text() const;

    bool operator==(const ReachabilityResult &) const = default;
};

Q_DECLARE_METATYPE(EventSubscriptionForm)
Q_DECLARE_METATYPE(ReachabilityResult)
