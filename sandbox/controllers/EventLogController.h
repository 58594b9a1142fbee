#pragma once

#include "events/EventLogStore.h"
#include "http/Router.h"

class BackOfficeAuth;
class Clock;
class Store;

// The event logs of a connection (docs/pim-api.md §8.7): the search, 25 at a time with
// `search_after` paging, and the `.txt` download. Both need "Manage connections settings"
// (§11.3). A missing or malformed `connection_code`, `filters` or `search_after` is the PIM's
// 500.
class EventLogController
{
public:
    EventLogController(Store &store, const Clock &clock, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

    // The opaque token of §8.7 (base64url of "timestamp:id"), and back.
    static QString token(const EventLog &log);
    static std::optional<EventLogStore::Position> position(const QString &token);
    // `filters` as §8.7 gives it, or nullopt when the PIM would fail on it.
    static std::optional<EventLogStore::Filters> filters(const QString &json);

private:
    HttpResponse search(const HttpRequest &request) const;
    HttpResponse download(const HttpRequest &request) const;

    EventLogStore m_logs;
    const Clock &m_clock;
    BackOfficeAuth &m_auth;
};
