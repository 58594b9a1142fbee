// The connected-App jobs (docs/pim-api.md §11.2): what they send, what they give back, and that
// a feature turned off (404) or a missing right (403) is "not available", explained, rather than
// a failure (ApiError::Kind::Unavailable).
#include "FakeNetworkAccessManager.h"
#include "FakePim.h"
#include "MonitoringSamples.h"
#include "net/PimSession.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringSamples;
using Kind = ApiError::Kind;

namespace {

const QString settingsPath = u"/rest/apps/connected-apps/connectionCodeA/monitoring-settings"_s;

} // namespace

class TestAppJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void list();
    void readSettings();
    void saveSettings();
    void saveSettingsRefused_data();
    void saveSettingsRefused();
    void deleteApp();
    void notAvailable_data();
    void notAvailable();
    void renewsTheSessionLikeEveryRoute();

private:
    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
};

void TestAppJobs::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new PimClient(m_network, this);
    QVERIFY(m_client->session()->setBaseUrl(u"https://pim.test/"_s));
}

void TestAppJobs::cleanup()
{
    delete m_client;
    delete m_network;
}

void TestAppJobs::list()
{
    m_network->setAnswer("GET", u"/rest/apps/connected-apps"_s, FakeAnswer::json(200, apps));
    auto *job = m_client->connectedApps();
    QSignalSpy result(job, &ConnectedAppsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto list = result.first().first().value<QList<ConnectedApp>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().connectionCode, u"connectionCodeA"_s);
    QCOMPARE(list.first().logo, std::optional<QString>(u"http://www.example.com/path/to/logo/a"_s));
    QCOMPARE(ConnectedApp::listToSymfonyJson(list).toJson(), apps); // what --json prints
    QCOMPARE(m_network->last().method, QByteArray("GET"));
    // Without it a real PIM answers 302 to "/" (§11.2).
    QCOMPARE(m_network->last().header("X-Requested-With"), QByteArray("XMLHttpRequest"));
}

void TestAppJobs::readSettings()
{
    m_network->setAnswer("GET", settingsPath, FakeAnswer::json(200, settings));
    auto *job = m_client->appMonitoringSettings(u"connectionCodeA"_s);
    QCOMPARE(job->code(), u"connectionCodeA"_s);
    QSignalSpy result(job, &AppMonitoringSettingsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().first().value<AppMonitoringSettings>(),
             (AppMonitoringSettings{FlowType::Source, true}));
}

void TestAppJobs::saveSettings()
{
    m_network->setAnswer("POST", settingsPath, FakeAnswer::empty(204));
    const AppMonitoringSettings chosen{FlowType::Destination, true};
    auto *job = m_client->saveAppMonitoringSettings(u"connectionCodeA"_s, chosen);
    QCOMPARE(job->settings(), chosen);
    QSignalSpy result(job, &SaveAppMonitoringSettingsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    const RecordedRequest request = m_network->last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body, QByteArray(R"({"flowType":"data_destination","auditable":true})"));
    QCOMPARE(request.request.header(QNetworkRequest::ContentTypeHeader).toString(),
             u"application/json"_s);
}

void TestAppJobs::saveSettingsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("wrong types") << QByteArray(R"({"error":"Wrong type for parameters"})")
                                 << QStringList{u"Wrong type for parameters"_s};
    QTest::newRow("section 4")
        << QByteArray(
               R"({"errors":[{"name":"flowType","reason":"akeneo_connectivity.connection.connection.constraint.flow_type.invalid"}],)"
               R"("message":"akeneo_connectivity.connection.constraint_violation_list_exception"})")
        << QStringList{ValidationKeys::flowTypeInvalid()};
}

void TestAppJobs::saveSettingsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, reasons);
    m_network->setAnswer("POST", settingsPath, FakeAnswer::json(422, body));
    const ApiError error =
        runJob(m_client->saveAppMonitoringSettings(u"connectionCodeA"_s, AppMonitoringSettings{}));
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QStringList seen;
    for (const FieldError &field : error.fieldErrors)
        seen.append(field.reason);
    QCOMPARE(seen, reasons);
    QVERIFY(!error.message().isEmpty());
}

void TestAppJobs::deleteApp()
{
    m_network->setAnswer("DELETE", u"/rest/apps/connected-apps/app%20one"_s,
                         FakeAnswer::empty(204));
    auto *job = m_client->deleteApp(u"app one"_s);
    QCOMPARE(job->code(), u"app one"_s);
    QSignalSpy result(job, &DeleteAppJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    // Never the connection route of §2, which would leave the App's authorisations (§11.1).
    QCOMPARE(m_network->count("DELETE", u"/rest/connections/app%20one"_s), 0);
}

void TestAppJobs::notAvailable_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const auto all = MonitoringSamples::routes();
    for (int i = 0; i < all.size(); ++i) {
        if (!all.at(i).isAppRoute)
            continue;
        const bool list = all.at(i).route.path == u"/rest/apps/connected-apps"_s;
        const QString name = QString::fromLatin1(all.at(i).route.name);
        QTest::newRow(qPrintable(name + u": 403"_s)) << i << 403 << u"\"Manage apps\""_s;
        QTest::newRow(qPrintable(name + u": 404"_s))
            << i << 404 << (list ? u"the feature is turned off"_s : u"no longer connected"_s);
    }
}

void TestAppJobs::notAvailable()
{
    QFETCH(int, route);
    QFETCH(int, status);
    QFETCH(QString, says);
    const Route r = MonitoringSamples::routes().at(route).route;
    m_network->setAnswer(r.method, r.path,
                         FakeAnswer::html(status, "<!DOCTYPE html><title>Error</title>"));
    const ApiError error = runJob(r.make(*m_client));
    QCOMPARE(error.kind, Kind::Unavailable);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    QCOMPARE(error.message(), error.detail); // a translated explanation, not a generic error
    QCOMPARE(ApiError::kindName(error.kind), u"Not available"_s);
}

void TestAppJobs::renewsTheSessionLikeEveryRoute()
{
    FakePim pim(m_network);
    pim.protect("GET", u"/rest/apps/connected-apps"_s, FakeAnswer::json(200, "[]"));
    m_client->session()->setCredentials(pim.username, pim.password);
    // Signed out at first: the job signs in, then asks again, once.
    auto *job = m_client->connectedApps();
    QSignalSpy result(job, &ConnectedAppsJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.size(), 1);
    QCOMPARE(pim.successfulSignIns(), 1);
}

QTEST_MAIN(TestAppJobs)
#include "tst_appjobs.moc"
