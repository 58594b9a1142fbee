// The event subscription and event log routes (docs/pim-api.md §8) end to end with the real
// jobs, on a connection the suite creates. Only what a PIM promises is asserted, so that the
// suite also passes against a PIM of the user's (PIM_E2E_URL); where the PIM has no Events API
// (retired on Akeneo's SaaS, or turned off), everything skips. The subscription is never
// switched on: a real PIM allows only a few active ones.
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "net/CheckReachabilityJob.h"
#include "net/DownloadEventLogsJob.h"
#include "net/GetEventSubscriptionJob.h"
#include "net/RegenerateWebhookSecretJob.h"
#include "net/SearchEventLogsJob.h"
#include "net/UpdateEventSubscriptionJob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestE2eEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        qInfo("running against %s", qPrintable(m_target.describe()));
        m_client = m_target.newClient(m_target.admin());
        E2E_VERIFY_OK(E2e::signIn(m_client->session()));
        // Asked before anything is created: the log search checks no code, so only a PIM
        // without the Events API answers 404 (§8.1, §8.7).
        const auto probe =
            E2e::call(m_client->searchEventLogs(E2eTarget::randomCode(), EventLogSearch{}),
                      &SearchEventLogsJob::succeeded);
        if (probe.error.kind == Kind::Unavailable)
            QSKIP(qPrintable(u"this PIM has no Events API: "_s + probe.error.message()));
        E2E_VERIFY_OK(probe.error);
        m_code = m_target.newCode();
        E2E_VERIFY_OK(
            E2e::call(m_client->createConnection(m_code, u"E2E events"_s, FlowType::Destination),
                      &CreateConnectionJob::succeeded)
                .error);
        const auto form =
            E2e::call(m_client->eventSubscription(m_code), &GetEventSubscriptionJob::succeeded);
        E2E_VERIFY_OK(form.error);
        m_first = form.value;
    }

    void cleanupTestCase()
    {
        const QStringList problems = m_target.cleanup();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aNewConnectionHasNoSubscription()
    {
        const EventSubscription &s = m_first.subscription;
        QCOMPARE(s.connectionCode, m_code);
        QVERIFY(!s.enabled);
        QVERIFY(!s.url || s.url->isEmpty());
        QVERIFY(m_first.activeLimit.limit >= 1);
        QVERIFY(m_first.activeLimit.current >= 0);
    }

    void aWrongUrlIsRefusedOnItsField()
    {
        const ApiError error = E2e::run(
            m_client->updateEventSubscription({m_code, false, u"ftp://example.com/hook"_s, false}));
        E2E_COMPARE_KIND(error, Kind::Validation);
        QVERIFY2(!error.fieldMessage(u"url"_s).isEmpty(), qPrintable(E2e::describe(error)));
    }

    void saveThenRegenerateTheSecret()
    {
        const QString url = u"https://example.com/e2e-hook"_s;
        E2E_VERIFY_OK(E2e::run(m_client->updateEventSubscription({m_code, false, url, false})));
        const auto saved =
            E2e::call(m_client->eventSubscription(m_code), &GetEventSubscriptionJob::succeeded);
        E2E_VERIFY_OK(saved.error);
        QCOMPARE(saved.value.subscription.url, std::optional<QString>(url));
        QVERIFY(!saved.value.subscription.enabled);
        // The first save makes a secret (§8.3, §8.4).
        QVERIFY(saved.value.subscription.secret && !saved.value.subscription.secret->isEmpty());

        E2E_VERIFY_OK(E2e::run(m_client->regenerateWebhookSecret(m_code)));
        const auto regenerated =
            E2e::call(m_client->eventSubscription(m_code), &GetEventSubscriptionJob::succeeded);
        E2E_VERIFY_OK(regenerated.error);
        QVERIFY(regenerated.value.subscription.secret);
        QVERIFY(*regenerated.value.subscription.secret != *saved.value.subscription.secret);
        QCOMPARE(regenerated.value.subscription.url, std::optional<QString>(url));
    }

    void testOfAnUnreachableUrl()
    {
        // A loopback port nothing listens on: refused as internal by a real PIM, unreachable
        // for pim-sandbox; a failure with the PIM's words either way, never a job failure.
        const auto result =
            E2e::call(m_client->checkReachability(m_code, u"http://127.0.0.1:9/hook"_s, u"k"_s),
                      &CheckReachabilityJob::succeeded);
        E2E_VERIFY_OK(result.error);
        QVERIFY(!result.value.success);
        QVERIFY(!result.value.text().isEmpty());
    }

    void searchAndDownloadTheLogs()
    {
        const auto page = E2e::call(m_client->searchEventLogs(m_code, EventLogSearch{}),
                                    &SearchEventLogsJob::succeeded);
        E2E_VERIFY_OK(page.error);
        QVERIFY(page.value.results.size() <= EventLogPage::PageSize);
        QVERIFY(page.value.total >= page.value.results.size());
        for (const EventLogEntry &entry : page.value.results) {
            // This connection's, or PIM-wide ones (§8.7).
            QVERIFY(!entry.connectionCode || *entry.connectionCode == m_code);
        }
        const EventLogSearch errorsOnly{{EventLogLevels::Error}, {}, {}, u"e2e"_s};
        const auto filtered = E2e::call(m_client->searchEventLogs(m_code, errorsOnly),
                                        &SearchEventLogsJob::succeeded);
        E2E_VERIFY_OK(filtered.error);
        for (const EventLogEntry &entry : filtered.value.results)
            QCOMPARE(entry.level, EventLogLevels::Error);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"logs.txt"_s);
        E2E_VERIFY_OK(E2e::run(m_client->downloadEventLogs(m_code, file)));
        QVERIFY(QFile::exists(file));
    }

private:
    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
    QString m_code;
    EventSubscriptionForm m_first;
};

QTEST_GUILESS_MAIN(TestE2eEvents)
#include "tst_e2e_events.moc"
