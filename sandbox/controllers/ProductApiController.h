#pragma once

#include "domain/ProductService.h"
#include "http/Router.h"

class EventDelivery;
class MonitoringRecorder;
class PublicApiController;
struct ApiCaller;

// The public API's products (docs/pim-api.md §5): list, read, create, update (an upsert) and
// delete, each with a connection's access token. Each call is recorded as the PIM records it
// (§9.2, §10): products created, updated and read, and the errors of the monitored routes
// (create, update, delete). Products created, changed or deleted are events for the event
// subscriptions (§8.8), unless the Events API is off (no EventDelivery).
class ProductApiController
{
public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultLimit = 10;
    static constexpr int MaxLimit = 100;

    ProductApiController(const PublicApiController &api, ProductService &products,
                         MonitoringRecorder &recorder, EventDelivery *events = nullptr);

    void registerRoutes(Router &router);

private:
    HttpResponse list(const HttpRequest &request, const ApiCaller &caller);
    HttpResponse get(const QString &identifier, const ApiCaller &caller);
    HttpResponse create(const HttpRequest &request, const ApiCaller &caller);
    HttpResponse update(const HttpRequest &request, const QString &identifier,
                        const ApiCaller &caller);
    HttpResponse remove(const HttpRequest &request, const QString &identifier,
                        const ApiCaller &caller);
    // The answer to a creation or an update, and what it records.
    HttpResponse answer(const HttpRequest &request, const ProductService::Outcome &outcome,
                        const QString &anchor, const ApiCaller &caller);

    const PublicApiController &m_api;
    ProductService &m_products;
    MonitoringRecorder &m_recorder;
    EventDelivery *m_events;
};
