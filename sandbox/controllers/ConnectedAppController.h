#pragma once

#include "http/Router.h"
#include "store/UserStore.h"

class BackOfficeAuth;
class ConnectedAppService;
class Store;

// The Connected Apps screen's routes (docs/pim-api.md §11.2): the list, an App's monitoring
// settings (read and save) and its deletion, with the checks of the PIM's controllers in their
// order (X-Requested-With, then the App and the "Manage apps" right). The Apps' logos are served
// too, at the absolute URLs the list gives, as an App Store's server would.
class ConnectedAppController
{
public:
    ConnectedAppController(ConnectedAppService &apps, Store &store, BackOfficeAuth &auth);

    void registerRoutes(Router &router);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse monitoringSettings(const QString &code, const UserStore::User &user);
    HttpResponse saveMonitoringSettings(const HttpRequest &request, const QString &code,
                                        const UserStore::User &user);
    HttpResponse remove(const QString &code, const UserStore::User &user);
    HttpResponse logo(const QString &code);

    ConnectedAppService &m_apps;
    Store &m_store;
    BackOfficeAuth &m_auth;
};
