#include "net/DataFlowsJob.h"

#include "net/ErrorCountPerConnectionJob.h"
#include "net/NetLogging.h"
#include "net/WeeklyAuditJob.h"
#include "net/WeeklyErrorAuditJob.h"

DataFlowsJob::DataFlowsJob(PimSession *session, std::optional<QDate> endDate, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_endDate(endDate)
{
    Q_ASSERT(session);
}

DataFlowsJob::~DataFlowsJob()
{
    // The calls are children: destroying them aborts their replies without a signal.
    for (const QPointer<NetworkJob> &job : std::as_const(m_jobs)) {
        if (job)
            disconnect(job, nullptr, this, nullptr);
    }
}

void DataFlowsJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    for (AuditEventType type : AuditTypes::allEvents()) {
        auto *job = new WeeklyAuditJob(m_session, type, m_endDate, this);
        connect(job, &WeeklyAuditJob::succeeded, this, [this, type](const WeeklyAudit &audit) {
            m_flows.events(type) = audit;
            oneDone();
        });
        add(job);
    }
    auto *errors = new WeeklyErrorAuditJob(m_session, m_endDate, this);
    connect(errors, &WeeklyErrorAuditJob::succeeded, this, [this](const WeeklyAudit &audit) {
        m_flows.errors = audit;
        oneDone();
    });
    add(errors);
    auto *counts =
        new ErrorCountPerConnectionJob(m_session, AuditErrorType::Business, m_endDate, this);
    connect(counts, &ErrorCountPerConnectionJob::succeeded, this,
            [this](const ErrorCounts &result) {
                m_flows.businessErrors = result;
                oneDone();
            });
    add(counts);
    m_pending = int(m_jobs.size());
    // All at once: the PIM answers them in parallel (one round trip).
    for (const QPointer<NetworkJob> &job : std::as_const(m_jobs))
        job->start();
}

void DataFlowsJob::add(NetworkJob *job)
{
    if (m_timeoutMs > 0)
        job->setTimeout(m_timeoutMs);
    connect(job, &NetworkJob::failed, this, &DataFlowsJob::finish);
    m_jobs.append(job);
}

void DataFlowsJob::oneDone()
{
    if (--m_pending == 0)
        finish(ApiError());
}

void DataFlowsJob::cancel()
{
    if (m_finished)
        return;
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void DataFlowsJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // The calls still running are of no use any more: stopped without a word.
    for (const QPointer<NetworkJob> &job : std::as_const(m_jobs)) {
        if (!job)
            continue;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        qCDebug(lcPimNet) << "data flows cancelled";
    } else if (error.isError()) {
        qCInfo(lcPimNet) << "data flows failed:" << ApiError::kindName(error.kind)
                         << error.httpStatus;
        emit failed(error);
    } else {
        emit succeeded(m_flows);
    }
    emit finished(error);
    deleteLater();
}
