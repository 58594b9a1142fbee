#pragma once

#include "domain/ApiError.h"
#include "domain/AuditCounts.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class NetworkJob;
class PimSession;

// Everything the Data flows dashboard shows, in one round trip (docs/pim-api.md §10): the
// three routes asked in parallel: the weekly counts of products created, updated and read
// (three calls of /audit/weekly), /audit/weekly-error and the business errors of
// /audit/error-count-per-connection. It ends when all five have answered.
//
// The same contract as a NetworkJob: create, connect, start(); exactly one outcome, then it
// deletes itself: succeeded(DataFlows) then finished(ApiError{}); or, at the first failure,
// the calls still running are cancelled and failed(error) then finished(error) are emitted;
// cancel() emits finished(Cancelled) only, synchronously. No signal comes from inside start().
class DataFlowsJob : public QObject
{
    Q_OBJECT

public:
    DataFlowsJob(PimSession *session, std::optional<QDate> endDate = std::nullopt,
                 QObject *parent = nullptr);
    ~DataFlowsJob() override;

    void start();
    void cancel();
    // The inactivity timeout of each call (NetworkJob::setTimeout); the session's by default.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    ApiError error() const { return m_error; }

signals:
    void succeeded(const DataFlows &flows);
    void failed(const ApiError &error);
    void finished(const ApiError &error);

private:
    void add(NetworkJob *job);
    void oneDone();
    void finish(const ApiError &error);

    PimSession *m_session = nullptr;
    std::optional<QDate> m_endDate;
    QList<QPointer<NetworkJob>> m_jobs;
    DataFlows m_flows;
    ApiError m_error;
    int m_pending = 0;
    int m_timeoutMs = 0;
    bool m_started = false;
    bool m_finished = false;
};
