#include "workspace/PimClient.h"

#include "items/LogoCache.h"
#include "net/AppMonitoringSettingsJob.h"
#include "net/BusinessErrorsJob.h"
#include "net/CheckReachabilityJob.h"
#include "net/ConnectedAppsJob.h"
#include "net/CreateConnectionJob.h"
#include "net/DataFlowsJob.h"
#include "net/DeleteAppJob.h"
#include "net/DeleteConnectionJob.h"
#include "net/DownloadEventLogsJob.h"
#include "net/ErrorCountPerConnectionJob.h"
#include "net/GetConnectionJob.h"
#include "net/GetEventSubscriptionJob.h"
#include "net/ListConnectionsJob.h"
#include "net/MaxLimitReachedJob.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"
#include "net/RegeneratePasswordJob.h"
#include "net/RegenerateSecretAndGetJob.h"
#include "net/RegenerateWebhookSecretJob.h"
#include "net/SaveAppMonitoringSettingsJob.h"
#include "net/SearchEventLogsJob.h"
#include "net/TestCredentialsJob.h"
#include "net/UpdateConnectionJob.h"
#include "net/UpdateEventSubscriptionJob.h"
#include "net/UploadImageJob.h"
#include "net/UserGroupsJob.h"
#include "net/UserRolesJob.h"
#include "net/WeeklyAuditJob.h"
#include "net/WeeklyErrorAuditJob.h"
#include "net/WrongCredentialsJob.h"

PimClient::PimClient(PimNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(network ? new PimSession(network, this)
                        : new PimSession([this] { return this->network(); }, this))
    , m_logos(new LogoCache(m_session, this))
{}

PimClient::~PimClient()
{
    // Jobs are children: they go first (abort, no signal); then the session forgets the
    // password.
    qDeleteAll(findChildren<DataFlowsJob *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<NetworkJob *>(Qt::FindDirectChildrenOnly));
}

PimNetworkAccessManager *PimClient::network()
{
    if (!m_network)
        m_network = new PimNetworkAccessManager(this);
    return m_network;
}

ListConnectionsJob *PimClient::listConnections()
{
    return new ListConnectionsJob(m_session, this);
}

GetConnectionJob *PimClient::getConnection(const QString &code)
{
    return new GetConnectionJob(m_session, code, this);
}

CreateConnectionJob *PimClient::createConnection(const QString &code, const QString &label,
                                                 FlowType flowType)
{
    return new CreateConnectionJob(m_session, code, label, flowType, this);
}

UpdateConnectionJob *PimClient::updateConnection(const ConnectionUpdate &update)
{
    return new UpdateConnectionJob(m_session, update, this);
}

DeleteConnectionJob *PimClient::deleteConnection(const QString &code)
{
    return new DeleteConnectionJob(m_session, code, this);
}

RegenerateSecretAndGetJob *PimClient::regenerateSecretAndGet(const QString &code)
{
    return new RegenerateSecretAndGetJob(m_session, code, this);
}

RegeneratePasswordJob *PimClient::regeneratePassword(const QString &code)
{
    return new RegeneratePasswordJob(m_session, code, this);
}

MaxLimitReachedJob *PimClient::maxLimitReached()
{
    return new MaxLimitReachedJob(m_session, this);
}

WrongCredentialsJob *PimClient::wrongCredentials()
{
    return new WrongCredentialsJob(m_session, this);
}

UploadImageJob *PimClient::uploadImage(const QString &localFile)
{
    return new UploadImageJob(m_session, localFile, this);
}

DownloadImageJob *PimClient::downloadImage(const QString &filePath, DownloadImageJob::Filter filter)
{
    return new DownloadImageJob(m_session, filePath, filter, this);
}

UserRolesJob *PimClient::userRoles()
{
    return new UserRolesJob(m_session, this);
}

UserGroupsJob *PimClient::userGroups()
{
    return new UserGroupsJob(m_session, this);
}

TestCredentialsJob *PimClient::testCredentials(const Credentials &credentials,
                                               const QString &password)
{
    return new TestCredentialsJob(m_session, credentials, password, this);
}

WeeklyAuditJob *PimClient::weeklyAudit(AuditEventType eventType, std::optional<QDate> endDate)
{
    return new WeeklyAuditJob(m_session, eventType, endDate, this);
}

WeeklyErrorAuditJob *PimClient::weeklyErrorAudit(std::optional<QDate> endDate)
{
    return new WeeklyErrorAuditJob(m_session, endDate, this);
}

ErrorCountPerConnectionJob *PimClient::errorCountPerConnection(AuditErrorType errorType,
                                                               std::optional<QDate> endDate)
{
    return new ErrorCountPerConnectionJob(m_session, errorType, endDate, this);
}

DataFlowsJob *PimClient::dataFlows(std::optional<QDate> endDate)
{
    return new DataFlowsJob(m_session, endDate, this);
}

BusinessErrorsJob *PimClient::businessErrors(const QString &code, std::optional<QDate> endDate)
{
    return new BusinessErrorsJob(m_session, code, endDate, this);
}

ConnectedAppsJob *PimClient::connectedApps()
{
    return new ConnectedAppsJob(m_session, this);
}

AppMonitoringSettingsJob *PimClient::appMonitoringSettings(const QString &code)
{
    return new AppMonitoringSettingsJob(m_session, code, this);
}

SaveAppMonitoringSettingsJob *
PimClient::saveAppMonitoringSettings(const QString &code, const AppMonitoringSettings &settings)
{
    return new SaveAppMonitoringSettingsJob(m_session, code, settings, this);
}

DeleteAppJob *PimClient::deleteApp(const QString &code)
{
    return new DeleteAppJob(m_session, code, this);
}

GetEventSubscriptionJob *PimClient::eventSubscription(const QString &code)
{
    return new GetEventSubscriptionJob(m_session, code, this);
}

UpdateEventSubscriptionJob *
PimClient::updateEventSubscription(const EventSubscriptionUpdate &update)
{
    return new UpdateEventSubscriptionJob(m_session, update, this);
}

CheckReachabilityJob *PimClient::checkReachability(const QString &code, const QString &url,
                                                   const QString &secret)
{
    return new CheckReachabilityJob(m_session, code, url, secret, this);
}

RegenerateWebhookSecretJob *PimClient::regenerateWebhookSecret(const QString &code)
{
    return new RegenerateWebhookSecretJob(m_session, code, this);
}

SearchEventLogsJob *PimClient::searchEventLogs(const QString &code, const EventLogSearch &search,
                                               const QString &searchAfter)
{
    return new SearchEventLogsJob(m_session, code, search, searchAfter, this);
}

DownloadEventLogsJob *PimClient::downloadEventLogs(const QString &code, const QString &filePath)
{
    return new DownloadEventLogsJob(m_session, code, filePath,
                                    DownloadEventLogsJob::DefaultMaxBytes, this);
}
