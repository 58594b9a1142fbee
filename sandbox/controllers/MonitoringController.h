#pragma once

#include "http/Router.h"
#include "store/UserStore.h"

#include <QStringList>

class BackOfficeAuth;
class Clock;
class Store;

// The error monitoring of a connection (docs/pim-api.md §9.1) and the three routes of the Data
// flows dashboard (§10). None checks a right: any signed-in back-office user gets them (§11.3).
class MonitoringController
{
public:
    static constexpr int MaxBusinessErrors = 100;

    MonitoringController(Store &store, const Clock &clock, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

private:
    HttpResponse weekly(const HttpRequest &request, const UserStore::User &user);
    HttpResponse weeklyErrors(const HttpRequest &request, const UserStore::User &user);
    HttpResponse errorCountPerConnection(const HttpRequest &request, const UserStore::User &user);
    HttpResponse businessErrors(const HttpRequest &request, const QString &connectionCode);

    // The codes of the tracked connections of this flow type, Apps included, oldest first.
    QStringList trackedConnections(const QString &flowType) const;

    Store &m_store;
    const Clock &m_clock;
    BackOfficeAuth &m_auth;
};
