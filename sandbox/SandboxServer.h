#pragma once

#include "SandboxOptions.h"
#include "http/Router.h"
#include "store/Store.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class BackOfficeAuth;
class Clock;
class ConnectedAppController;
class ConnectedAppService;
class ConnectionController;
class ConnectionService;
class EventDelivery;
class EventLogController;
class HttpServer;
class LoginController;
class MediaController;
class MediaLibrary;
class MonitoringController;
class MonitoringRecorder;
class OAuthController;
class OAuthServer;
class PermissionController;
class ProductApiController;
class ProductService;
class PublicApiController;
class SessionStore;
class WebhookController;
class WebhookSender;

// The whole sandbox, put together: the store, the services, the controllers and their routes,
// and the HTTP server. main() only parses the command line and starts this.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    SandboxServer(const SandboxOptions &options, const Clock &clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store (seeding a new one), registers the routes and listens.
    bool start(QString *error);
    // "http://127.0.0.1:PORT", once started.
    QUrl url() const { return m_url; }

private:
    bool openStore(QString *error);
    void registerRoutes();

    SandboxOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<QTemporaryDir> m_temporaryData; // destroyed last: the store closes first
    Store m_store;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<BackOfficeAuth> m_auth;
    std::unique_ptr<ConnectionService> m_connections;
    std::unique_ptr<MediaLibrary> m_media;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<MonitoringRecorder> m_recorder;
    std::unique_ptr<ConnectedAppService> m_apps;
    std::unique_ptr<LoginController> m_loginController;
    std::unique_ptr<ConnectionController> m_connectionController;
    std::unique_ptr<PermissionController> m_permissionController;
    std::unique_ptr<MediaController> m_mediaController;
    std::unique_ptr<OAuthController> m_oauthController;
    std::unique_ptr<PublicApiController> m_publicApiController;
    std::unique_ptr<ProductApiController> m_productApiController;
    std::unique_ptr<MonitoringController> m_monitoringController;
    std::unique_ptr<ConnectedAppController> m_connectedAppController;
    // The Events API (docs/pim-api.md §8), unless --no-events-api.
    std::unique_ptr<WebhookSender> m_webhookSender;
    std::unique_ptr<EventDelivery> m_events;
    std::unique_ptr<WebhookController> m_webhookController;
    std::unique_ptr<EventLogController> m_eventLogController;
    Router m_router;
    HttpServer *m_http = nullptr; // a child of this object
    QUrl m_url;
};
