#include "MonitoringRecorder.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace {

const QString DataSource = QStringLiteral("data_source");
const QString DataDestination = QStringLiteral("data_destination");

} // namespace

MonitoringRecorder::MonitoringRecorder(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

std::optional<ConnectionStore::Record>
MonitoringRecorder::callersConnection(const ApiCaller &caller) const
{
    auto connection = m_store.connections().findByClientId(caller.clientId);
    if (!connection || connection->userId != caller.userId || !connection->auditable)
        return std::nullopt;
    return connection;
}

void MonitoringRecorder::productSaved(const ApiCaller &caller, bool created)
{
    const auto author = m_store.connections().findByUserId(caller.userId);
    if (!author || !author->auditable || author->flowType != DataSource)
        return;
    const QString kind =
        created ? AuditCountStore::productCreated() : AuditCountStore::productUpdated();
    if (!m_store.auditCounts().add(author->code, kind, m_clock.nowSeconds(), 1))
        qCWarning(lcSandbox, "could not count a product event of %s", qPrintable(author->code));
}

void MonitoringRecorder::productsRead(const ApiCaller &caller, int count)
{
    if (count <= 0)
        return;
    const auto connection = callersConnection(caller);
    if (!connection || connection->flowType != DataDestination)
        return;
    if (!m_store.auditCounts().add(connection->code, AuditCountStore::productRead(),
                                   m_clock.nowSeconds(), count))
        qCWarning(lcSandbox, "could not count products read by %s", qPrintable(connection->code));
}

void MonitoringRecorder::errorsOccurred(const ApiCaller &caller,
                                        const QList<QByteArray> &businessErrors,
                                        int technicalErrors)
{
    if (businessErrors.isEmpty() && technicalErrors <= 0)
        return;
    const auto connection = callersConnection(caller);
    if (!connection || connection->flowType != DataSource)
        return;
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(m_store.db());
    bool stored = true;
    for (const QByteArray &content : businessErrors)
        stored = stored && m_store.businessErrors().add({connection->code, now, content});
    if (!businessErrors.isEmpty())
        stored = stored &&
                 m_store.auditCounts().add(connection->code, AuditCountStore::businessError(), now,
                                           businessErrors.size()) &&
                 m_store.businessErrors().purge(connection->code, now);
    if (technicalErrors > 0)
        stored =
            stored && m_store.auditCounts().add(connection->code, AuditCountStore::technicalError(),
                                                now, technicalErrors);
    if (!stored || !transaction.commit())
        qCWarning(lcSandbox, "could not record the errors of %s", qPrintable(connection->code));
}
