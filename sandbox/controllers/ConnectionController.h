#pragma once

#include "http/Router.h"
#include "store/UserStore.h"

class BackOfficeAuth;
class Clock;
class ConnectionService;
class Store;

// The /rest/connections routes of docs/pim-api.md §2.
class ConnectionController
{
public:
    ConnectionController(ConnectionService &service, Store &store, const Clock &clock,
                         BackOfficeAuth &auth);

    void registerRoutes(Router &router);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse get(const QString &code);
    HttpResponse update(const HttpRequest &request, const QString &code);
    HttpResponse remove(const QString &code);
    HttpResponse regenerateSecret(const QString &code);
    HttpResponse regeneratePassword(const QString &code);
    HttpResponse maxLimitReached(const HttpRequest &request);
    HttpResponse wrongCredentials();

    ConnectionService &m_service;
    Store &m_store;
    const Clock &m_clock;
    BackOfficeAuth &m_auth;
};
