#pragma once

#include "net/ErrorMapping.h"
#include "net/NetworkJob.h"

#include <QUrlQuery>

// The paths of docs/pim-api.md §8.1, codes percent-encoded.
namespace EventsRoutes {
// "/rest/connections/{code}/webhook" + suffix ("/regenerate-secret", "/check-reachability").
QString webhookPath(const QString &code, const QString &suffix = QString());
// "/rest/events-api-debug/" + name ("search-event-subscription-logs"...).
QString debugPath(const QString &name);
// connection_code={code}
QUrlQuery logsQuery(const QString &code);
} // namespace EventsRoutes

// The base of the event subscription and event log jobs (docs/pim-api.md §8), over NetworkJob
// or NoResultJob: a 404 means "no Events API on this PIM" (ApiError::Kind::Unavailable), and a
// 422 has §8.3's "field"/"message" errors (ErrorMapping::fromEventsStatus).
template<typename Base> class EventsRouteJob : public Base
{
protected:
    EventsRouteJob(PimSession *session, QObject *parent)
        : Base(session, parent)
    {}

    ApiError mapFailure(const HttpAnswer &answer) const override
    {
        return ErrorMapping::fromEventsStatus(answer);
    }
};
