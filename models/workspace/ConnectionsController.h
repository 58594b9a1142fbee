#pragma once

#include "domain/ApiError.h"
#include "domain/WrongCredentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class ConnectionListModel;
class NetworkJob;
class PimClient;

// Keeps a ConnectionListModel up to date with one PIM, for the overview and the CLI.
// refresh() asks, in parallel, the list (docs/pim-api.md §2), the wrong credentials
// combinations and max-limit-reached, then feeds the model (diffed: see ConnectionListModel)
// and the state below.
//
//   ConnectionsController controller(&client);
//   view->setModel(proxy); proxy->setSourceModel(controller.model());
//   connect(&controller, &ConnectionsController::errorOccurred, ...);
//   controller.refresh();
//
// A refresh asked while one runs is run again once the first ends. When the list fails, the
// model keeps its rows (what was shown stays shown) and errorOccurred() tells why; one error
// per refresh (the list's first).
class ConnectionsController : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionsController(PimClient *client, QObject *parent = nullptr);
    ~ConnectionsController() override;

    ConnectionListModel *model() const { return m_model; }
    // The clock of lastRefreshed() (tests pass their own). Default: the current UTC time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void refresh();
    // Stops what is under way (no signal but busyChanged(false)).
    void cancel();

    bool isBusy() const { return !m_jobs.isEmpty(); }
    bool limitReached() const { return m_limitReached; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    WrongCredentials wrongCredentials() const;
    ApiError lastError() const { return m_lastError; }

signals:
    void busyChanged(bool busy);
    // The list, the wrong credentials and the limit are on the model and the state.
    void refreshed();
    void limitReachedChanged(bool reached);
    void lastRefreshedChanged(const QDateTime &when);
    void errorOccurred(const ApiError &error);

private:
    struct Refresh;

    void track(NetworkJob *job);
    void finishRefresh();

    QPointer<PimClient> m_client;
    ConnectionListModel *m_model = nullptr;
    std::function<QDateTime()> m_clock;
    QList<QPointer<NetworkJob>> m_jobs;
    std::unique_ptr<Refresh> m_refresh;
    QDateTime m_lastRefreshed;
    ApiError m_lastError;
    bool m_limitReached = false;
    bool m_refreshAgain = false;
};
