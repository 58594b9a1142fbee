#pragma once

// Canned answers of the event subscription and event log routes (docs/pim-api.md §8), as
// Symfony writes them, and every such route with a job that calls it (tests only).
#include "RouteTable.h"

#include "net/CheckReachabilityJob.h"
#include "net/DownloadEventLogsJob.h"
#include "net/GetEventSubscriptionJob.h"
#include "net/RegenerateWebhookSecretJob.h"
#include "net/SearchEventLogsJob.h"
#include "net/UpdateEventSubscriptionJob.h"

namespace EventsSamples {

using namespace Qt::StringLiterals;

inline const QByteArray form =
    R"({"event_subscription":{"connectionCode":"erp","enabled":true,"secret":"s3cr3tw3bh00k","url":"http:\/\/test.com","isUsingUuid":false},"active_event_subscriptions_limit":{"limit":3,"current":1}})";

inline const QByteArray logs =
    R"({"results":[{"id":"6f1c","timestamp":1614659411,"level":"notice","message":"The event was not sent because it was raised by the same connection.","connection_code":"erp",)"
    R"("context":{"event":{"action":"product.created","event_id":"e1","author":"erp_0427","author_type":"api","product_identifier":"sku1"}},)"
    R"("context_flattened":"product.created erp_0427 api sku1"}],"search_after":"tok+1\/=","total":30})";

inline const QByteArray emptyLogs = R"({"results":[],"search_after":null,"total":0})";

inline const QByteArray reachable = R"({"success":true,"message":"200 OK"})";

inline const QByteArray download = "2021/03/02 04:30:11 NOTICE The event was not sent. {}\n";

inline const QByteArray required422 =
    R"({"errors":[{"field":"url","message":"akeneo_connectivity.connection.webhook.error.required"}],"message":"akeneo_connectivity.connection.constraint_violation_list_exception"})";

inline QString webhookPath(const QString &suffix = QString())
{
    return u"/rest/connections/erp/webhook"_s + suffix;
}
inline const QString searchPath = u"/rest/events-api-debug/search-event-subscription-logs"_s;
inline const QString downloadPath = u"/rest/events-api-debug/download-event-subscription-logs"_s;

// Every §8 route. A download goes to `file`.
inline QList<Route> routes(const QString &file)
{
    const EventSubscriptionUpdate update{u"erp"_s, true, u"https://example.com/hook"_s, false};
    return {
        {"get", "GET", webhookPath(), [](PimClient &c) { return c.eventSubscription(u"erp"_s); },
         200, form, R"({"event_subscription":{"connectionCode":"erp","enabled":"yes"}})"},
        {"update", "POST", webhookPath(),
         [update](PimClient &c) { return c.updateEventSubscription(update); }, 204, QByteArray(),
         QByteArray()},
        {"check reachability", "POST", webhookPath(u"/check-reachability"_s),
         [](PimClient &c) {
             return c.checkReachability(u"erp"_s, u"https://example.com/hook"_s, u"s"_s);
         },
         200, reachable, R"({"success":"yes"})"},
        {"regenerate secret", "GET", webhookPath(u"/regenerate-secret"_s),
         [](PimClient &c) { return c.regenerateWebhookSecret(u"erp"_s); }, 204, QByteArray(),
         QByteArray()},
        {"search logs", "GET", searchPath,
         [](PimClient &c) { return c.searchEventLogs(u"erp"_s, EventLogSearch{}); }, 200, logs,
         R"({"results":[{"timestamp":"x"}]})"},
        {"download logs", "GET", downloadPath,
         [file](PimClient &c) { return c.downloadEventLogs(u"erp"_s, file); }, 200, QByteArray(),
         QByteArray()},
    };
}

} // namespace EventsSamples
