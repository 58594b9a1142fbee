#pragma once

#include "domain/EventLog.h"
#include "net/EventsRouteJob.h"

// GET /rest/events-api-debug/search-event-subscription-logs?connection_code={code}
// &filters={json}[&search_after={token}] (docs/pim-api.md §8.7) → one page of logs, newest
// first. `filters` is always sent ({} at least); `searchAfter` is the previous page's token,
// unchanged (empty: the first page). 403 → Forbidden; 404 → Unavailable.
class SearchEventLogsJob : public EventsRouteJob<NetworkJob>
{
    Q_OBJECT

public:
    SearchEventLogsJob(PimSession *session, const QString &code, const EventLogSearch &search,
                       const QString &searchAfter = QString(), QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const EventLogPage &page);

private:
    QString m_code;
};
