// Monitoring (models/workspace/Monitoring.h): the Data flows dashboard, the business errors and
// the connected Apps read from the PIM and kept in the cache, read back from the cache offline,
// the App writes, and the Apps' logos from their own servers.
#include "MonitoringSamples.h"
#include "WorkspaceFixture.h"
#include "items/LogoDecoder.h"
#include "workspace/Monitoring.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

namespace {

const QString appsPath = u"/rest/apps/connected-apps"_s;
const QString settingsPath = u"/rest/apps/connected-apps/connectionCodeA/monitoring-settings"_s;
const QString appPath = u"/rest/apps/connected-apps/connectionCodeA"_s;
const QString logoPath = u"/path/to/logo/a"_s;

template<typename T> using MonitoringAnswer = Answer<Monitoring::Answer<T>>;

} // namespace

class TestMonitoring : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void readsOnlineThenFromTheCacheOffline();
    void readsFallBackToTheCacheWhenThePimIsUnreachable();
    void neverReadIsAnOfflineError();
    void appsUnavailable_data();
    void appsUnavailable();
    void saveSettingsAndDeleteApp();
    void writesRefusedOffline();
    void logo();
    void logoIsKeptForOfflineAndRefreshedOnline();
    void logoFailures_data();
    void logoFailures();

private:
    void addRoutes();
    // A workspace online on the fake PIM with the monitoring routes.
    Workspace *online();
    ConnectedApp appWithLogo() const;
};

void TestMonitoring::addRoutes()
{
    // The routes of docs/pim-api.md §9.1, §10 and §11.2 behind the fake PIM's sign-in.
    FakeConnectionsPim &pim = *m_pim;
    pim.auth.protect("GET", u"/rest/connections/audit/weekly"_s,
                     FakeAnswer::json(200, MonitoringSamples::weekly()));
    pim.auth.protect("GET", u"/rest/connections/audit/weekly-error"_s,
                     FakeAnswer::json(200, MonitoringSamples::weeklyError));
    pim.auth.protect("GET", u"/rest/connections/audit/error-count-per-connection"_s,
                     FakeAnswer::json(200, MonitoringSamples::errorCount));
    pim.auth.protect("GET", u"/rest/connections/erp/business-errors"_s,
                     FakeAnswer::json(200, MonitoringSamples::businessErrors));
    pim.auth.protect("GET", appsPath, FakeAnswer::json(200, MonitoringSamples::apps));
    pim.auth.protect("GET", settingsPath, FakeAnswer::json(200, MonitoringSamples::settings));
    pim.auth.protect("POST", settingsPath, FakeAnswer::empty(204));
    pim.auth.protect("DELETE", appPath, FakeAnswer::empty(204));
}

Workspace *TestMonitoring::online()
{
    addRoutes();
    Workspace *workspace = makeWorkspace();
    return startOnline(workspace) ? workspace : nullptr;
}

ConnectedApp TestMonitoring::appWithLogo() const
{
    ConnectedApp app;
    app.name = u"App A"_s;
    app.connectionCode = u"connectionCodeA"_s;
    app.logo = u"https://www.example.com/path/to/logo/a"_s;
    return app;
}

void TestMonitoring::readsOnlineThenFromTheCacheOffline()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    Monitoring *monitoring = workspace->monitoring();
    QVERIFY(monitoring);
    QSignalSpy appsChanged(monitoring, &Monitoring::appsChanged);

    MonitoringAnswer<DataFlows> flows;
    monitoring->loadDataFlows(std::nullopt, this, flows.callback());
    QVERIFY(flows.wait());
    QVERIFY2(!flows.error().isError(), qPrintable(flows.error().message()));
    QVERIFY(!flows.value().fromCache);
    QCOMPARE(flows.value().asOf, fixedNow);
    QCOMPARE(flows.value().value.productCreated.all()->total, 12);
    QCOMPARE(flows.value().value.errors.all()->total, 209);
    QCOMPARE(flows.value().value.businessErrors.countOf(u"sap"_s), 40);

    MonitoringAnswer<QList<BusinessError>> errors;
    monitoring->loadBusinessErrors(u"erp"_s, this, errors.callback());
    QVERIFY(errors.wait());
    QVERIFY(!errors.error().isError());
    QCOMPARE(errors.value().value.size(), 2);
    QCOMPARE(errors.value().value.first().attribute, u"color"_s);

    MonitoringAnswer<QList<CachedApp>> apps;
    monitoring->loadApps(this, apps.callback());
    QVERIFY(apps.wait());
    QVERIFY(!apps.error().isError());
    QCOMPARE(apps.value().value.size(), 1);
    QVERIFY(!apps.value().value.first().settings); // not read yet
    QCOMPARE(monitoring->knownApps(), apps.value().value);
    QCOMPARE(appsChanged.size(), 1);

    MonitoringAnswer<AppMonitoringSettings> settings;
    monitoring->loadAppSettings(u"connectionCodeA"_s, this, settings.callback());
    QVERIFY(settings.wait());
    QVERIFY(!settings.error().isError());
    QCOMPARE(settings.value().value.flowType, FlowType::Source);
    QVERIFY(settings.value().value.auditable);
    QCOMPARE(monitoring->knownApps().first().settings, settings.value().value);
    QCOMPARE(appsChanged.size(), 2);
    QVERIFY(waitIdle(workspace));

    // Forced offline on the same cache: the same values, with when they were fetched.
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    workspace = makeWorkspace(options);
    workspace->start();
    monitoring = workspace->monitoring();
    QVERIFY(monitoring->knownApps().isEmpty());

    MonitoringAnswer<DataFlows> cachedFlows;
    monitoring->loadDataFlows(std::nullopt, this, cachedFlows.callback());
    QVERIFY(cachedFlows.wait());
    QVERIFY2(!cachedFlows.error().isError(), qPrintable(cachedFlows.error().message()));
    QVERIFY(cachedFlows.value().fromCache);
    QCOMPARE(cachedFlows.value().asOf, fixedNow);
    QCOMPARE(cachedFlows.value().value, flows.value().value);
    // The week in the cache is the only one there is offline.
    MonitoringAnswer<DataFlows> sameWeek;
    monitoring->loadDataFlows(QDate(2020, 1, 8), this, sameWeek.callback());
    QVERIFY(sameWeek.wait());
    QVERIFY(!sameWeek.error().isError());
    MonitoringAnswer<DataFlows> otherWeek;
    monitoring->loadDataFlows(QDate(2020, 1, 1), this, otherWeek.callback());
    QVERIFY(otherWeek.wait());
    QCOMPARE(otherWeek.error().kind, Kind::Offline);
    QVERIFY2(otherWeek.error().message().contains(u"2020-01-08"_s),
             qPrintable(otherWeek.error().message()));

    MonitoringAnswer<QList<BusinessError>> cachedErrors;
    monitoring->loadBusinessErrors(u"erp"_s, this, cachedErrors.callback());
    QVERIFY(cachedErrors.wait());
    QVERIFY(cachedErrors.value().fromCache);
    QCOMPARE(cachedErrors.value().asOf, fixedNow);
    QCOMPARE(cachedErrors.value().value, errors.value().value);

    QSignalSpy offlineAppsChanged(monitoring, &Monitoring::appsChanged);
    MonitoringAnswer<QList<CachedApp>> cachedApps;
    monitoring->loadApps(this, cachedApps.callback());
    QVERIFY(cachedApps.wait());
    QVERIFY(cachedApps.value().fromCache);
    QCOMPARE(cachedApps.value().value.size(), 1);
    QCOMPARE(cachedApps.value().value.first().app, apps.value().value.first().app);
    QCOMPARE(cachedApps.value().value.first().settings, settings.value().value);
    QCOMPARE(cachedApps.value().value.first().settingsAsOf, fixedNow);
    QCOMPARE(monitoring->knownApps(), cachedApps.value().value);
    QCOMPARE(offlineAppsChanged.size(), 1);

    MonitoringAnswer<AppMonitoringSettings> cachedSettings;
    monitoring->loadAppSettings(u"connectionCodeA"_s, this, cachedSettings.callback());
    QVERIFY(cachedSettings.wait());
    QVERIFY(cachedSettings.value().fromCache);
    QCOMPARE(cachedSettings.value().value, settings.value().value);
}

void TestMonitoring::readsFallBackToTheCacheWhenThePimIsUnreachable()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    MonitoringAnswer<QList<BusinessError>> first;
    workspace->monitoring()->loadBusinessErrors(u"erp"_s, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(!first.value().fromCache);
    QVERIFY(waitIdle(workspace));

    // Still online when asked; the call finds the PIM gone: the cache answers, and the
    // workspace goes offline.
    m_network->down = true;
    MonitoringAnswer<QList<BusinessError>> second;
    workspace->monitoring()->loadBusinessErrors(u"erp"_s, this, second.callback());
    QVERIFY(second.wait());
    QVERIFY2(!second.error().isError(), qPrintable(second.error().message()));
    QVERIFY(second.value().fromCache);
    QCOMPARE(second.value().value, first.value().value);
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
}

void TestMonitoring::neverReadIsAnOfflineError()
{
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    Workspace *workspace = makeWorkspace(options);
    workspace->start();
    MonitoringAnswer<DataFlows> flows;
    workspace->monitoring()->loadDataFlows(std::nullopt, this, flows.callback());
    QVERIFY(flows.wait());
    QCOMPARE(flows.error().kind, Kind::Offline);
    QVERIFY(flows.error().message().contains(u"Data flows"_s));
    MonitoringAnswer<AppMonitoringSettings> settings;
    workspace->monitoring()->loadAppSettings(u"connectionCodeA"_s, this, settings.callback());
    QVERIFY(settings.wait());
    QCOMPARE(settings.error().kind, Kind::Offline);
}

void TestMonitoring::appsUnavailable_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("feature off (404)") << 404;
    QTest::newRow("no Manage apps (403)") << 403;
}

void TestMonitoring::appsUnavailable()
{
    QFETCH(int, status);
    Workspace *workspace = online();
    QVERIFY(workspace);
    Monitoring *monitoring = workspace->monitoring();
    MonitoringAnswer<QList<CachedApp>> apps;
    monitoring->loadApps(this, apps.callback());
    QVERIFY(apps.wait());
    QCOMPARE(monitoring->knownApps().size(), 1);

    m_pim->auth.protect("GET", appsPath, FakeAnswer::html(status, "<html>Not here</html>"));
    m_pim->auth.protect("GET", settingsPath, FakeAnswer::html(status, "<html>Not here</html>"));
    QSignalSpy appsChanged(monitoring, &Monitoring::appsChanged);
    MonitoringAnswer<QList<CachedApp>> again;
    monitoring->loadApps(this, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.error().kind, Kind::Unavailable);
    QVERIFY(!again.error().message().isEmpty());
    QVERIFY(monitoring->knownApps().isEmpty()); // nothing to show nor to count
    QCOMPARE(appsChanged.size(), 1);
    MonitoringAnswer<AppMonitoringSettings> settings;
    monitoring->loadAppSettings(u"connectionCodeA"_s, this, settings.callback());
    QVERIFY(settings.wait());
    QCOMPARE(settings.error().kind, Kind::Unavailable);
    // Not a connectivity problem.
    QCOMPARE(workspace->connectivity(), Connectivity::Online);
}

void TestMonitoring::saveSettingsAndDeleteApp()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    Monitoring *monitoring = workspace->monitoring();
    MonitoringAnswer<QList<CachedApp>> apps;
    monitoring->loadApps(this, apps.callback());
    QVERIFY(apps.wait());

    QSignalSpy appsChanged(monitoring, &Monitoring::appsChanged);
    const AppMonitoringSettings wanted{FlowType::Destination, true};
    Done saved;
    monitoring->saveAppSettings(u"connectionCodeA"_s, wanted, this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(!saved.result->isError(), qPrintable(saved.result->message()));
    const RecordedRequest post = m_network->requestsTo("POST", settingsPath).last();
    QCOMPARE(post.jsonBody().value(u"flowType"_s).toString(), u"data_destination"_s);
    QCOMPARE(post.jsonBody().value(u"auditable"_s).toBool(), true);
    QCOMPARE(monitoring->knownApps().first().settings, wanted);
    QCOMPARE(appsChanged.size(), 1);

    const int listsBefore = m_network->count("GET", u"/rest/connections"_s);
    Done deleted;
    monitoring->deleteApp(u"connectionCodeA"_s, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY(!deleted.result->isError());
    QCOMPARE(m_network->count("DELETE", appPath), 1);
    QVERIFY(monitoring->knownApps().isEmpty());
    QCOMPARE(appsChanged.size(), 2);
    // The App's connection counted toward the limit: the list is read again.
    QTRY_VERIFY(m_network->count("GET", u"/rest/connections"_s) > listsBefore);
    QVERIFY(waitIdle(workspace));

    // The cache forgot it too.
    Workspace::Options options;
    options.forceOffline = true;
    m_network->forbidden = true;
    workspace = makeWorkspace(options);
    workspace->start();
    MonitoringAnswer<QList<CachedApp>> cachedApps;
    workspace->monitoring()->loadApps(this, cachedApps.callback());
    QVERIFY(cachedApps.wait());
    QVERIFY(!cachedApps.error().isError());
    QVERIFY(cachedApps.value().value.isEmpty());
}

void TestMonitoring::writesRefusedOffline()
{
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    Workspace *workspace = makeWorkspace(options);
    workspace->start();
    Done saved;
    workspace->monitoring()->saveAppSettings(u"connectionCodeA"_s,
                                             AppMonitoringSettings{FlowType::Source, true}, this,
                                             saved.callback());
    QVERIFY(saved.wait());
    QCOMPARE(saved.result->kind, Kind::Offline);
    QCOMPARE(saved.result->message(), workspace->writeDisabledReason());
    Done deleted;
    workspace->monitoring()->deleteApp(u"connectionCodeA"_s, this, deleted.callback());
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.result->kind, Kind::Offline);
    // Nor a logo: no network at all.
    Answer<QImage> logo;
    workspace->monitoring()->loadAppLogo(appWithLogo(), QSize(8, 8), this, logo.callback());
    QVERIFY(logo.wait());
    QCOMPARE(logo.error().kind, Kind::Offline);
    QVERIFY(m_network->requests().isEmpty());
}

void TestMonitoring::logo()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    m_network->setAnswer("GET", logoPath,
                         FakeAnswer::bytes(FakeConnectionsPim::logoBytes(), "image/png"));
    Answer<QImage> image;
    workspace->monitoring()->loadAppLogo(appWithLogo(), QSize(8, 8), this, image.callback());
    QVERIFY(image.wait());
    QVERIFY2(!image.error().isError(), qPrintable(image.error().message()));
    QVERIFY(!image.value().isNull());
    QVERIFY(image.value().width() <= 8 && image.value().height() <= 8);
    const RecordedRequest request = m_network->requestsTo("GET", logoPath).first();
    QCOMPARE(request.url.host(), u"www.example.com"_s);
    QVERIFY(request.header("X-Requested-With").isEmpty());

    // None of the PIM's cookies, even for a logo on the PIM's own host (whose back-office
    // calls carry the session cookie).
    QVERIFY(!m_network->requestsTo("GET", u"/rest/connections"_s).last().cookieHeader.isEmpty());
    ConnectedApp onPim = appWithLogo();
    onPim.logo = pimUrl.resolved(QUrl(u"/logos/a.png"_s)).toString();
    m_network->setAnswer("GET", u"/logos/a.png"_s,
                         FakeAnswer::bytes(FakeConnectionsPim::logoBytes(), "image/png"));
    Answer<QImage> samePim;
    workspace->monitoring()->loadAppLogo(onPim, QSize(8, 8), this, samePim.callback());
    QVERIFY(samePim.wait());
    QVERIFY(!samePim.error().isError());
    QVERIFY(m_network->requestsTo("GET", u"/logos/a.png"_s).first().cookieHeader.isEmpty());

    // Kept in memory.
    Answer<QImage> again;
    workspace->monitoring()->loadAppLogo(appWithLogo(), QSize(8, 8), this, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.value(), image.value());
    QCOMPARE(m_network->count("GET", logoPath), 1);
}

void TestMonitoring::logoIsKeptForOfflineAndRefreshedOnline()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    // The logo is kept for an App the cache knows: the list first.
    MonitoringAnswer<QList<CachedApp>> apps;
    workspace->monitoring()->loadApps(this, apps.callback());
    QVERIFY(apps.wait());
    QVERIFY(!apps.error().isError());
    const ConnectedApp app = apps.value().value.first().app;
    QVERIFY(app.logo && app.logo->endsWith(logoPath));
    m_network->setAnswer("GET", logoPath,
                         FakeAnswer::bytes(FakeConnectionsPim::logoBytes(), "image/png"));
    Answer<QImage> downloaded;
    workspace->monitoring()->loadAppLogo(app, QSize(8, 8), this, downloaded.callback());
    QVERIFY(downloaded.wait());
    QVERIFY2(!downloaded.error().isError(), qPrintable(downloaded.error().message()));
    QVERIFY(waitIdle(workspace));
    QCOMPARE(m_network->count("GET", logoPath), 1);

    // Forced offline on the same cache: the logo all the same, at any size, and no request.
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    Workspace *offline = makeWorkspace(options);
    offline->start();
    Answer<QImage> cached;
    offline->monitoring()->loadAppLogo(app, QSize(8, 8), this, cached.callback());
    QVERIFY(cached.wait());
    QVERIFY2(!cached.error().isError(), qPrintable(cached.error().message()));
    QCOMPARE(cached.value(), downloaded.value());
    Answer<QImage> larger;
    offline->monitoring()->loadAppLogo(app, QSize(16, 16), this, larger.callback());
    QVERIFY(larger.wait());
    QVERIFY(!larger.error().isError());
    QVERIFY(!larger.value().isNull() && larger.value().width() <= 16);
    QVERIFY(waitIdle(offline));
    QCOMPARE(m_network->count("GET", logoPath), 1);

    // Online again, and the App's server now gives another image at the same address: the
    // cached logo is answered at once, the address downloaded once more, and the new image
    // kept for the next time the logo is asked.
    m_network->forbidden = false;
    QImage red(4, 4, QImage::Format_ARGB32_Premultiplied);
    red.fill(Qt::red);
    QByteArray redPng;
    QBuffer buffer(&redPng);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && red.save(&buffer, "PNG"));
    m_network->setAnswer("GET", logoPath, FakeAnswer::bytes(redPng, "image/png"));
    Workspace *again = makeWorkspace();
    QVERIFY(startOnline(again));
    Answer<QImage> first;
    again->monitoring()->loadAppLogo(app, QSize(8, 8), this, first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first.value(), downloaded.value());
    QVERIFY(waitIdle(again));
    QCOMPARE(m_network->count("GET", logoPath), 2);
    Answer<QImage> next;
    again->monitoring()->loadAppLogo(app, QSize(8, 8), this, next.callback());
    QVERIFY(next.wait());
    QVERIFY(!next.error().isError());
    QCOMPARE(next.value().size(), QSize(4, 4));
    QCOMPARE(next.value().pixelColor(1, 1), QColor(Qt::red));
    QVERIFY(waitIdle(again));
    QCOMPARE(m_network->count("GET", logoPath), 2); // once per workspace
}

void TestMonitoring::logoFailures_data()
{
    QTest::addColumn<FakeAnswer>("answer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("too large") << FakeAnswer::bytes(
                                      QByteArray(LogoDecoder::MaxEncodedBytes + 1, 'x'),
                                      "image/png")
                               << int(Kind::Validation) << u"larger than"_s;
    QTest::newRow("not an image") << FakeAnswer::bytes("<html>hello</html>", "image/png")
                                  << int(Kind::Validation) << u"cannot be shown"_s;
    QTest::newRow("not found") << FakeAnswer::html(404, "<html>gone</html>")
                               << int(Kind::Validation) << u"HTTP 404"_s;
    QTest::newRow("timeout") << FakeAnswer::hang() << int(Kind::Timeout)
                             << u"did not answer within"_s;
    QTest::newRow("tls") << FakeAnswer::tls(QSslError::SelfSignedCertificate) << int(Kind::Tls)
                         << u"certificate"_s;
}

void TestMonitoring::logoFailures()
{
    QFETCH(FakeAnswer, answer);
    QFETCH(int, kind);
    QFETCH(QString, says);
    Workspace *workspace = online();
    QVERIFY(workspace);
    workspace->monitoring()->setLogoTimeout(std::chrono::milliseconds(200));
    m_network->setAnswer("GET", logoPath, answer);
    Answer<QImage> image;
    workspace->monitoring()->loadAppLogo(appWithLogo(), QSize(8, 8), this, image.callback());
    QVERIFY(image.wait());
    QCOMPARE(int(image.error().kind), kind);
    QVERIFY(image.value().isNull());
    const QString message = image.error().message();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(u"www.example.com"_s), qPrintable(message));
    QVERIFY(waitIdle(workspace)); // nothing left running
    QCOMPARE(m_network->openReplies(), 0);
}

QTEST_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
