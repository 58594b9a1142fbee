#include "SandboxServer.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "auth/BackOfficeAuth.h"
#include "auth/SessionStore.h"
#include "controllers/ConnectedAppController.h"
#include "controllers/ConnectionController.h"
#include "controllers/EventLogController.h"
#include "controllers/LoginController.h"
#include "controllers/MediaController.h"
#include "controllers/MonitoringController.h"
#include "controllers/OAuthController.h"
#include "controllers/PermissionController.h"
#include "controllers/ProductApiController.h"
#include "controllers/PublicApiController.h"
#include "controllers/WebhookController.h"
#include "domain/ConnectedAppService.h"
#include "domain/ConnectionService.h"
#include "domain/ProductService.h"
#include "events/EventDelivery.h"
#include "events/WebhookSender.h"
#include "http/HttpServer.h"
#include "media/MediaLibrary.h"
#include "monitoring/MonitoringRecorder.h"
#include "oauth/OAuthServer.h"
#include "seed/DemoSeeder.h"
#include "seed/Installer.h"

#include <QCoreApplication>
#include <QTimeZone>

SandboxServer::SandboxServer(const SandboxOptions &options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
{}

SandboxServer::~SandboxServer()
{
    delete m_http; // stop serving before the controllers and the store go
    m_http = nullptr;
}

bool SandboxServer::start(QString *error)
{
    if (!openStore(error))
        return false;
    m_sessions = std::make_unique<SessionStore>(m_clock, m_options.sessionTtlSeconds);
    m_auth = std::make_unique<BackOfficeAuth>(*m_sessions, m_store.users());
    m_oauth = std::make_unique<OAuthServer>(m_store, m_clock, m_options.tokenTtlSeconds);
    m_products = std::make_unique<ProductService>(m_store, m_clock);
    m_recorder = std::make_unique<MonitoringRecorder>(m_store, m_clock);
    m_apps = std::make_unique<ConnectedAppService>(m_store, *m_connections);
    registerRoutes();

    // A day at most, so that the milliseconds fit in an int.
    m_http = new HttpServer(m_router, qMin(m_options.headerTimeoutSeconds, 24 * 3600) * 1000, this);
    const quint16 port = m_http->listenOn(m_options.address, m_options.port, error);
    if (port == 0) {
        *error = QCoreApplication::translate("SandboxServer", "cannot listen on %1:%2: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(*error);
        return false;
    }
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(m_options.address.toString());
    m_url.setPort(port);
    return true;
}

bool SandboxServer::openStore(QString *error)
{
    QString directory = m_options.dataDirectory;
    if (directory.isEmpty()) {
        m_temporaryData = std::make_unique<QTemporaryDir>();
        if (!m_temporaryData->isValid()) {
            *error =
                QCoreApplication::translate("SandboxServer", "cannot create a temporary store: %1")
                    .arg(m_temporaryData->errorString());
            return false;
        }
        directory = m_temporaryData->path();
    }
    bool created = false;
    if (!m_store.open(directory, &created, error))
        return false;
    m_connections = std::make_unique<ConnectionService>(m_store, m_clock);
    m_media = std::make_unique<MediaLibrary>(m_store, m_clock);

    Installer installer(m_store, *m_connections);
    if (created && !installer.installPermissions(error))
        return false;
    // A store from before the products (schema version 1) gets the sample products too.
    if ((created || m_store.database().upgradedFrom() == 1) &&
        !installer.installProducts(m_clock.nowSeconds(), error))
        return false;
    if (!installer.ensurePerson(m_options.admin.username, m_options.admin.password, true,
                                m_options.adminTimeZone, error))
        return false;
    for (const SandboxOptions::Account &user : std::as_const(m_options.users)) {
        if (!installer.ensurePerson(user.username, user.password, false, QStringLiteral("UTC"),
                                    error))
            return false;
    }
    // Seeding happens once, on a new store: a restart never seeds again.
    if (created && m_options.seed == QLatin1String("demo")) {
        DemoSeeder seeder(*m_connections, *m_media, m_store, m_clock,
                          QTimeZone(m_options.adminTimeZone.toUtf8()));
        if (!seeder.seed(error))
            return false;
    }
    if (created && !m_store.database().setMetaValue(QStringLiteral("seed"), m_options.seed)) {
        *error = QCoreApplication::translate("SandboxServer", "cannot write the store's settings");
        return false;
    }
    for (const SandboxOptions::App &app : std::as_const(m_options.apps)) {
        if (!installer.ensureApp(app.code, app.label, error))
            return false;
    }
    qCInfo(lcSandboxStore, "store ready in %s (%s)", qPrintable(directory),
           created ? "new" : "existing");
    return true;
}

void SandboxServer::registerRoutes()
{
    m_loginController = std::make_unique<LoginController>(*m_sessions, m_store.users(), *m_auth);
    m_connectionController =
        std::make_unique<ConnectionController>(*m_connections, m_store, m_clock, *m_auth);
    m_permissionController = std::make_unique<PermissionController>(m_store.permissions(), *m_auth);
    m_mediaController = std::make_unique<MediaController>(*m_media, *m_auth);
    m_oauthController = std::make_unique<OAuthController>(*m_oauth);
    m_publicApiController = std::make_unique<PublicApiController>(*m_oauth);
    if (m_options.eventsApi) {
        m_webhookSender = std::make_unique<WebhookSender>(m_options.webhookAnyHost);
        m_events = std::make_unique<EventDelivery>(m_store, m_clock, *m_webhookSender,
                                                   m_options.webhookTimeoutMs);
        m_webhookController =
            std::make_unique<WebhookController>(m_store, m_clock, *m_auth, *m_webhookSender);
        m_eventLogController = std::make_unique<EventLogController>(m_store, m_clock, *m_auth);
    }
    m_productApiController = std::make_unique<ProductApiController>(
        *m_publicApiController, *m_products, *m_recorder, m_events.get());
    m_monitoringController = std::make_unique<MonitoringController>(m_store, m_clock, *m_auth);
    m_connectedAppController = std::make_unique<ConnectedAppController>(*m_apps, m_store, *m_auth);

    m_loginController->registerRoutes(m_router);
    m_connectionController->registerRoutes(m_router);
    m_permissionController->registerRoutes(m_router);
    m_mediaController->registerRoutes(m_router);
    m_oauthController->registerRoutes(m_router);
    m_publicApiController->registerRoutes(m_router);
    m_productApiController->registerRoutes(m_router);
    m_monitoringController->registerRoutes(m_router);
    m_connectedAppController->registerRoutes(m_router);
    // Without the Events API, §8's paths are unknown: 404.
    if (m_webhookController)
        m_webhookController->registerRoutes(m_router);
    if (m_eventLogController)
        m_eventLogController->registerRoutes(m_router);
}
