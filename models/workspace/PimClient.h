#pragma once

#include "domain/AuditCounts.h"
#include "domain/Connection.h"
#include "domain/EventLog.h"
#include "domain/EventSubscription.h"
#include "net/DownloadImageJob.h"

#include <QDate>
#include <QObject>

#include <optional>

class AppMonitoringSettingsJob;
class BusinessErrorsJob;
class CheckReachabilityJob;
class ConnectedAppsJob;
class CreateConnectionJob;
class DataFlowsJob;
class DeleteAppJob;
class DeleteConnectionJob;
class DownloadEventLogsJob;
class ErrorCountPerConnectionJob;
class GetConnectionJob;
class GetEventSubscriptionJob;
class ListConnectionsJob;
class LogoCache;
class MaxLimitReachedJob;
class PimNetworkAccessManager;
class PimSession;
class RegeneratePasswordJob;
class RegenerateSecretAndGetJob;
class RegenerateWebhookSecretJob;
class SaveAppMonitoringSettingsJob;
class SearchEventLogsJob;
class TestCredentialsJob;
class UpdateConnectionJob;
class UpdateEventSubscriptionJob;
class UploadImageJob;
class UserGroupsJob;
class UserRolesJob;
class WeeklyAuditJob;
class WeeklyErrorAuditJob;
class WrongCredentialsJob;
struct AppMonitoringSettings;

// Everything that talks to one PIM, in one object: the network manager (headers, timeouts,
// TLS: PimNetworkAccessManager), its in-memory cookie jar, the session (address, user,
// password in memory, sign-in) and the logos. Widgets and the CLI use this, never URLs.
//
//   PimClient client;                                   // one per PIM
//   client.session()->setBaseUrl(u"https://pim.example.com"_s, &why);
//   client.session()->setCredentials(user, password);
//   client.session()->signIn();                         // signedIn() / signInFailed(error)
//   auto *job = client.listConnections();               // not started yet
//   connect(job, &ListConnectionsJob::succeeded, ...);  // typed result
//   connect(job, &NetworkJob::failed, ...);             // ApiError: show error.message()
//   job->start();                                       // deletes itself when done
//
// Every factory returns an unstarted job parented to the client; see NetworkJob for the
// signals' contract. A call made while signed out signs in first when a password is known.
// For the list with its wrong credentials and limit, use ConnectionsController.
class PimClient : public QObject
{
    Q_OBJECT

public:
    // `network`: a PimNetworkAccessManager to use (tests pass a fake; not owned), or nullptr
    // to make one when first needed (PimSession's first request, or network()).
    explicit PimClient(PimNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~PimClient() override;

    PimSession *session() const { return m_session; }
    // Made now when it was to be made when first needed.
    PimNetworkAccessManager *network();
    LogoCache *logos() const { return m_logos; }

    ListConnectionsJob *listConnections();
    GetConnectionJob *getConnection(const QString &code);
    CreateConnectionJob *createConnection(const QString &code, const QString &label,
                                          FlowType flowType);
    UpdateConnectionJob *updateConnection(const ConnectionUpdate &update);
    DeleteConnectionJob *deleteConnection(const QString &code);
    // Regenerates the secret (docs/pim-api.md §2), then reads the connection back with it.
    RegenerateSecretAndGetJob *regenerateSecretAndGet(const QString &code);
    RegeneratePasswordJob *regeneratePassword(const QString &code);
    MaxLimitReachedJob *maxLimitReached();
    WrongCredentialsJob *wrongCredentials();
    UploadImageJob *uploadImage(const QString &localFile);
    DownloadImageJob *
    downloadImage(const QString &filePath,
                  DownloadImageJob::Filter filter = DownloadImageJob::Filter::Thumbnail);
    UserRolesJob *userRoles();
    UserGroupsJob *userGroups();
    // Public API check of a connection's credentials with the given password (docs/pim-api.md §5).
    TestCredentialsJob *testCredentials(const Credentials &credentials, const QString &password);

    // Monitoring (docs/pim-api.md §9, §10). endDate: the last day asked; today when nullopt.
    WeeklyAuditJob *weeklyAudit(AuditEventType eventType,
                                std::optional<QDate> endDate = std::nullopt);
    WeeklyErrorAuditJob *weeklyErrorAudit(std::optional<QDate> endDate = std::nullopt);
    ErrorCountPerConnectionJob *
    errorCountPerConnection(AuditErrorType errorType, std::optional<QDate> endDate = std::nullopt);
    // The dashboard's five calls at once, one result (DataFlows).
    DataFlowsJob *dataFlows(std::optional<QDate> endDate = std::nullopt);
    BusinessErrorsJob *businessErrors(const QString &code,
                                      std::optional<QDate> endDate = std::nullopt);

    // Connected Apps (docs/pim-api.md §11.2); 403 and 404 fail as ApiError::Kind::Unavailable.
    ConnectedAppsJob *connectedApps();
    AppMonitoringSettingsJob *appMonitoringSettings(const QString &code);
    SaveAppMonitoringSettingsJob *saveAppMonitoringSettings(const QString &code,
                                                            const AppMonitoringSettings &settings);
    DeleteAppJob *deleteApp(const QString &code);

    // Event subscription and event logs (docs/pim-api.md §8); 404 fails as
    // ApiError::Kind::Unavailable (no Events API on this PIM).
    GetEventSubscriptionJob *eventSubscription(const QString &code);
    UpdateEventSubscriptionJob *updateEventSubscription(const EventSubscriptionUpdate &update);
    CheckReachabilityJob *checkReachability(const QString &code, const QString &url,
                                            const QString &secret);
    // A GET that changes state (§8.4): only on the user's request.
    RegenerateWebhookSecretJob *regenerateWebhookSecret(const QString &code);
    SearchEventLogsJob *searchEventLogs(const QString &code, const EventLogSearch &search,
                                        const QString &searchAfter = QString());
    DownloadEventLogsJob *downloadEventLogs(const QString &code, const QString &filePath);

private:
    PimNetworkAccessManager *m_network = nullptr;
    PimSession *m_session = nullptr;
    LogoCache *m_logos = nullptr;
};
