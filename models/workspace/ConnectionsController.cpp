#include "workspace/ConnectionsController.h"

#include "items/ConnectionListModel.h"
#include "net/ListConnectionsJob.h"
#include "items/LogoCache.h"
#include "net/MaxLimitReachedJob.h"
#include "net/NetLogging.h"
#include "workspace/PimClient.h"
#include "net/WrongCredentialsJob.h"

#include <optional>

struct ConnectionsController::Refresh
{
    int pending = 3;
    std::optional<QList<Connection>> list;
    std::optional<WrongCredentials> wrongCredentials;
    std::optional<bool> limitReached;
    ApiError listError;
    ApiError otherError;
};

ConnectionsController::ConnectionsController(PimClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new ConnectionListModel(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_model->setLogoCache(client->logos());
}

ConnectionsController::~ConnectionsController()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

WrongCredentials ConnectionsController::wrongCredentials() const
{
    return m_model->wrongCredentials();
}

void ConnectionsController::track(NetworkJob *job)
{
    const bool wasBusy = isBusy();
    m_jobs.append(job);
    connect(job, &NetworkJob::finished, this, [this, job] {
        m_jobs.removeAll(job);
        if (!isBusy())
            emit busyChanged(false);
    });
    if (!wasBusy)
        emit busyChanged(true);
}

void ConnectionsController::refresh()
{
    if (!m_client)
        return;
    if (m_refresh) {
        m_refreshAgain = true;
        return;
    }
    m_refresh = std::make_unique<Refresh>();
    m_client->logos()->retryFailed();

    auto *list = m_client->listConnections();
    connect(list, &ListConnectionsJob::succeeded, this,
            [this](const QList<Connection> &connections) {
                if (m_refresh)
                    m_refresh->list = connections;
            });
    connect(list, &NetworkJob::failed, this, [this](const ApiError &error) {
        if (m_refresh)
            m_refresh->listError = error;
    });

    auto *wrong = m_client->wrongCredentials();
    connect(wrong, &WrongCredentialsJob::succeeded, this, [this](const WrongCredentials &result) {
        if (m_refresh)
            m_refresh->wrongCredentials = result;
    });

    auto *limit = m_client->maxLimitReached();
    connect(limit, &MaxLimitReachedJob::succeeded, this, [this](bool reached) {
        if (m_refresh)
            m_refresh->limitReached = reached;
    });

    for (NetworkJob *job : std::initializer_list<NetworkJob *>{list, wrong, limit}) {
        if (job != list) {
            connect(job, &NetworkJob::failed, this, [this](const ApiError &error) {
                if (m_refresh && !m_refresh->otherError.isError())
                    m_refresh->otherError = error;
            });
        }
        connect(job, &NetworkJob::finished, this, [this](const ApiError &error) {
            if (error.kind == ApiError::Kind::Cancelled || !m_refresh)
                return;
            if (--m_refresh->pending == 0)
                finishRefresh();
        });
        track(job);
    }
    list->start();
    wrong->start();
    limit->start();
}

void ConnectionsController::finishRefresh()
{
    const std::unique_ptr<Refresh> done = std::move(m_refresh);
    if (done->list)
        m_model->setConnections(*done->list);
    if (done->wrongCredentials)
        m_model->setWrongCredentials(*done->wrongCredentials);
    if (done->limitReached && *done->limitReached != m_limitReached) {
        m_limitReached = *done->limitReached;
        emit limitReachedChanged(m_limitReached);
    }
    const ApiError error = done->listError.isError() ? done->listError : done->otherError;
    if (done->list) {
        m_lastRefreshed = m_clock();
        qCDebug(lcPimModel) << "refreshed:" << done->list->size() << "connections";
        emit lastRefreshedChanged(m_lastRefreshed);
        if (!error.isError()) {
            m_lastError = ApiError();
            emit refreshed();
        }
    }
    if (error.isError()) {
        m_lastError = error;
        emit errorOccurred(error);
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void ConnectionsController::cancel()
{
    m_refresh.reset();
    m_refreshAgain = false;
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
}
