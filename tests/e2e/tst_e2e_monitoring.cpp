// The monitoring routes (docs/pim-api.md §9, §10, §11.2) end to end with the real jobs: only
// what a PIM promises is asserted (shapes, the day rules, "<all>" first), so that the suite
// also passes against a PIM of the user's. Where the PIM has no connected Apps (the feature is
// off on most self-hosted PIMs, or the user lacks "Manage apps"), the Apps checks skip.
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "net/AppMonitoringSettingsJob.h"
#include "net/BusinessErrorsJob.h"
#include "net/ConnectedAppsJob.h"
#include "net/DataFlowsJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// A fixed past week: a PIM answers it with the same days whatever its time zone.
const QDate EndDate(2026, 11, 30);

// The day rules of §10 for one series: one "previous" day (end − 7), then the 7 days that end
// with the end date, oldest first; the total is the sum of those 7 only.
QString dayRuleProblem(const AuditSeries &series)
{
    if (series.previous.size() != 1 || series.previous.constFirst().date != EndDate.addDays(-7))
        return series.code + u": the first of the 8 days is not end_date - 7"_s;
    if (series.week.size() != 7)
        return series.code + u": not 7 days after the first"_s;
    qint64 sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (series.week.at(i).date != EndDate.addDays(i - 6))
            return series.code + u": day %1 is %2"_s.arg(i).arg(series.week.at(i).date.toString());
        sum += series.week.at(i).count;
    }
    if (sum != series.total)
        return series.code +
               u": the total %1 is not the sum of the last 7 days (%2)"_s.arg(series.total)
                   .arg(sum);
    return {};
}

} // namespace

class TestE2eMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        qInfo("running against %s", qPrintable(m_target.describe()));
        m_client = m_target.newClient(m_target.admin());
        E2E_VERIFY_OK(E2e::signIn(m_client->session()));
    }

    void cleanupTestCase()
    {
        const QStringList problems = m_target.cleanup();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dashboardFollowsTheDayRules()
    {
        DataFlowsJob *job = m_client->dataFlows(EndDate);
        std::optional<DataFlows> flows;
        connect(job, &DataFlowsJob::succeeded, this, [&flows](const DataFlows &f) { flows = f; });
        QSignalSpy finished(job, &DataFlowsJob::finished);
        job->start();
        QVERIFY(finished.wait(E2e::WaitMs));
        E2E_VERIFY_OK(qvariant_cast<ApiError>(finished.constFirst().constFirst()));
        QVERIFY(flows);
        const QList<const WeeklyAudit *> audits = {&flows->productCreated, &flows->productUpdated,
                                                   &flows->productRead, &flows->errors};
        for (const WeeklyAudit *audit : audits) {
            QVERIFY(!audit->series.isEmpty());
            QVERIFY2(audit->series.constFirst().isAll(), "\"<all>\" comes first");
            qint64 connections = 0;
            for (const AuditSeries &series : audit->series) {
                const QString problem = dayRuleProblem(series);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                if (!series.isAll())
                    connections += series.total;
            }
            QCOMPARE(audit->all()->total, connections); // "<all>" sums the connections
        }
        for (const auto &[code, count] : flows->businessErrors.counts)
            QVERIFY2(count >= 0, qPrintable(code));
    }

    void aNewSourceHasNoBusinessError()
    {
        const QString code = m_target.newCode();
        E2E_VERIFY_OK(
            E2e::call(m_client->createConnection(code, u"E2E monitored"_s, FlowType::Source),
                      &CreateConnectionJob::succeeded)
                .error);
        const auto errors =
            E2e::call(m_client->businessErrors(code, EndDate), &BusinessErrorsJob::succeeded);
        E2E_VERIFY_OK(errors.error);
        QVERIFY(errors.value.isEmpty());
    }

    void anUnknownConnectionHasNoBusinessError()
    {
        // No check of the code on the PIM's side: [] (docs/pim-api.md §9.1).
        const auto errors = E2e::call(m_client->businessErrors(E2eTarget::randomCode()),
                                      &BusinessErrorsJob::succeeded);
        E2E_VERIFY_OK(errors.error);
        QVERIFY(errors.value.isEmpty());
    }

    void connectedAppsWhereTheFeatureIsOn()
    {
        const auto apps = E2e::call(m_client->connectedApps(), &ConnectedAppsJob::succeeded);
        if (apps.error.kind == Kind::Unavailable)
            QSKIP(qPrintable(u"no connected Apps on this PIM: "_s + apps.error.message()));
        E2E_VERIFY_OK(apps.error);
        for (const ConnectedApp &app : apps.value) {
            QVERIFY(!app.connectionCode.isEmpty());
            QVERIFY(!app.name.isEmpty());
            const auto settings = E2e::call(m_client->appMonitoringSettings(app.connectionCode),
                                            &AppMonitoringSettingsJob::succeeded);
            if (settings.error.kind == Kind::Unavailable)
                QSKIP(qPrintable(u"the Apps' settings are not available: "_s +
                                 settings.error.message()));
            E2E_VERIFY_OK(settings.error);
        }
        if (m_target.isSandbox())
            QVERIFY2(!apps.value.isEmpty(), "the demo has one App");
    }

private:
    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
};

QTEST_GUILESS_MAIN(TestE2eMonitoring)
#include "tst_e2e_monitoring.moc"
