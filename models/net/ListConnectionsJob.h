#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// GET /rest/connections?search={"types":["default"]} (docs/pim-api.md §2): the connections
// made by people, in creation order (shape A). Listing needs no special right.
class ListConnectionsJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit ListConnectionsJob(PimSession *session, QObject *parent = nullptr);

    // The search the settings page sends, URL-encoded by QUrlQuery.
    static QUrlQuery defaultSearch();

signals:
    void succeeded(const QList<Connection> &connections);
};
