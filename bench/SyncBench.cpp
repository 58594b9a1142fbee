// Sync benchmark: a full online refresh of a PIM with N connections and N logos, served by
// pim-sandbox on loopback, by the real window (offscreen) against a bare QNetworkAccessManager
// client making the same requests with the most parallelism docs/pim-api.md allows (see
// BareSync.h), in the same run, interleaved; and the GUI thread during the window's sync: the
// longest time its event loop was blocked (a timer probe), with the slowest handlers.
//
// The window's run: a new MainWindow over an empty cache, started with the sandbox's address,
// user and password (like --server/--user with PIM_PASSWORD); timed from start() to the list
// shown, the sync time written and every logo in memory. Then, apart: on to every logo's
// offline thumbnail made (the work LogoCache leaves until the downloads end); and the thread pool
// is drained before the next run, so that none of the window's work runs during the bare
// client's. Run it through scripts/bench.
#include "BareSync.h"
#include "BenchStats.h"
#include "RequestLog.h"
#include "SandboxRun.h"
#include "StallProbe.h"

#include "items/ConnectionListModel.h"
#include "items/LogoCache.h"
#include "net/PimNetworkAccessManager.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "window/MainWindow.h"
#include "workspace/PimClient.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace {

struct WindowSyncResult
{
    double ms = 0;
    double thumbnailsMs = 0; // to every logo's thumbnail made
    int roundTrips = 0;
    int requests = 0;
    QString routes;
    double longestBlockMs = 0;
    QList<StallApplication::Handler> slowest;
    double busyMs = 0;
    QList<StallApplication::Total> busiest;
    QString error;
};

bool syncDone(Workspace *workspace, bool synced)
{
    if (!workspace || !synced)
        return false;
    // Asked at each logo: read in place (copying the connections at each call would be the
    // bench's own cost, charged to the window).
    const ConnectionListModel *model = workspace->model();
    if (model->rowCount() == 0)
        return false;
    const LogoCache *logos = workspace->logos();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString image = model->index(row).data(ConnectionListModel::ImageRole).toString();
        if (!image.isEmpty() && !logos->contains(image) && !logos->hasFailed(image))
            return false;
    }
    return true;
}

// Every logo decoded (or failed), and as many thumbnails made for the offline cache.
bool allThumbnailsMade(Workspace *workspace, int thumbnails)
{
    const ConnectionListModel *model = workspace->model();
    const LogoCache *logos = workspace->logos();
    int images = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString image = model->index(row).data(ConnectionListModel::ImageRole).toString();
        if (image.isEmpty() || logos->hasFailed(image))
            continue;
        if (!logos->hasFullLogo(image))
            return false;
        ++images;
    }
    return thumbnails >= images;
}

WindowSyncResult runWindowSync(StallApplication *app, const QUrl &base)
{
    WindowSyncResult result;
    QTemporaryDir folder;
    ConnectionCache cache(folder.filePath(QStringLiteral("cache.sqlite")));
    SecretStore secrets(std::make_unique<QtKeychainBackend>());
    InstanceRegistry registry(std::make_unique<QSettings>(
        folder.filePath(QStringLiteral("instances.ini")), QSettings::IniFormat));
    registry.setStores(&cache, &secrets);
    QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow::Dependencies dependencies;
    dependencies.registry = &registry;
    dependencies.cache = &cache;
    dependencies.secrets = &secrets;
    dependencies.settings = &settings;
    MainWindow window(dependencies);
    window.show();
    QCoreApplication::processEvents(); // shown and painted before the clock starts

    StartOptions options;
    options.server = base;
    options.username = SandboxRun::user();
    options.password = SandboxRun::password();
    RequestLog log;
    QEventLoop loop;
    bool synced = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.error = QStringLiteral("the window's sync did not end within 60 s");
        loop.quit();
    });
    QElapsedTimer clock;
    Workspace *workspace = nullptr;
    const auto check = [&] {
        if (syncDone(workspace, synced))
            loop.quit();
    };
    int thumbnails = 0;
    // Started from the event loop, like a user's action, so that the probe sees it as a handler.
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        window.start(options);
        workspace = window.workspace();
        if (!workspace) {
            result.error = QStringLiteral("the window opened no workspace");
            loop.quit();
            return;
        }
        // The client makes its network manager at the first request: here, before any.
        PimClient *client = workspace->findChild<PimClient *>();
        if (!client) {
            result.error = QStringLiteral("the window's workspace has no client");
            loop.quit();
            return;
        }
        // Its cookie jar is made at the first request too: made now, so that the log, which
        // takes every child the manager gets for a reply, sees replies only.
        QNetworkAccessManager *network = client->network();
        network->cookieJar();
        log.watch(network);
        QObject::connect(workspace, &Workspace::syncedAtChanged, &loop, [&] {
            synced = true;
            check();
        });
        QObject::connect(workspace->logos(), &LogoCache::logoReady, &loop, check);
        QObject::connect(workspace->logos(), &LogoCache::logoFailed, &loop, check);
        QObject::connect(workspace->logos(), &LogoCache::thumbnailMade, &loop,
                         [&] { ++thumbnails; });
        QObject::connect(workspace, &Workspace::errorOccurred, &loop, [&](const ApiError &error) {
            result.error = QStringLiteral("the window's sync failed: %1").arg(error.message());
            loop.quit();
        });
    });
    timeout.start(60000);
    app->startProbe();
    loop.exec();
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    app->stopProbe();
    if (result.error.isEmpty()) {
        // On to the work left for after the downloads: every logo's thumbnail made.
        QEventLoop rest;
        const auto checkRest = [&] {
            if (allThumbnailsMade(workspace, thumbnails))
                rest.quit();
        };
        QObject::connect(workspace->logos(), &LogoCache::logoReady, &rest, checkRest);
        QObject::connect(workspace->logos(), &LogoCache::logoFailed, &rest, checkRest);
        QObject::connect(workspace->logos(), &LogoCache::thumbnailMade, &rest, checkRest,
                         Qt::QueuedConnection); // after the counter above
        QTimer::singleShot(0, &rest, checkRest);
        QTimer::singleShot(60000, &rest, [&] {
            result.error =
                QStringLiteral("the window made not every offline thumbnail within 60 s");
            rest.quit();
        });
        rest.exec();
        result.thumbnailsMs = double(clock.nsecsElapsed()) / 1e6;
    }
    // None of the window's work in the pool runs during the next bare client's run.
    QThreadPool::globalInstance()->waitForDone();
    result.longestBlockMs = app->longestBlockMs();
    result.slowest = app->slowestHandlers();
    result.busyMs = app->busyMs();
    result.busiest = app->busiest(4);
    result.roundTrips = log.roundTripsAfterSignIn();
    result.requests = log.requestCount();
    result.routes = log.routes();
    if (qEnvironmentVariableIntValue("PIM_BENCH_TRACE") == 1)
        std::printf("window's requests:\n%s", qPrintable(log.trace()));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    StallApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pim-connections-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("pim-bench-sync"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A full online refresh by the window against a bare QNetworkAccessManager client, "
        "and the GUI thread's longest block during it."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs of each (default 25)."),
                                        QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption countOption(QStringLiteral("connections"),
                                         QStringLiteral("Connections with a logo (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The pim-sandbox program."),
        QStringLiteral("PATH"), QStringLiteral(PIM_BENCH_SANDBOX));
    parser.addOptions({runsOption, countOption, sandboxOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int count = qBound(1, parser.value(countOption).toInt(), 50);

    SandboxRun sandbox;
    QString error;
    if (!sandbox.start(parser.value(sandboxOption), &error) || !sandbox.seed(count, &error)) {
        std::fprintf(stderr, "pim-bench-sync: %s\n", qPrintable(error));
        return 1;
    }

    Series windowMs, windowThumbnailsMs, bareMs, bareGetMs, blockMs, busyMs;
    int windowTrips = 0, bareTrips = 0, windowRequests = 0, bareRequests = 0;
    QString windowRoutes, bareRoutes;
    QList<StallApplication::Handler> slowest;
    std::vector<std::pair<double, QList<StallApplication::Total>>> busyRuns;
    // The first round is the warm-up (not counted); then interleaved.
    for (int i = 0; i <= runs; ++i) {
        RequestLog bareLog;
        const BareSyncResult bare =
            runBareSync(sandbox.url(), SandboxRun::user(), SandboxRun::password(), false, &bareLog);
        const BareSyncResult bareGet =
            runBareSync(sandbox.url(), SandboxRun::user(), SandboxRun::password(), true, nullptr);
        const WindowSyncResult window = runWindowSync(&app, sandbox.url());
        for (const QString &failure : {bare.error, bareGet.error, window.error}) {
            if (!failure.isEmpty()) {
                std::fprintf(stderr, "pim-bench-sync: %s\n", qPrintable(failure));
                return 1;
            }
        }
        if (bare.logos != count) {
            std::fprintf(stderr, "pim-bench-sync: the bare client found %d logos, not %d\n",
                         bare.logos, count);
            return 1;
        }
        if (qEnvironmentVariableIntValue("PIM_BENCH_TRACE") == 1)
            std::printf("bare client's requests:\n%s", qPrintable(bareLog.trace()));
        if (i == 0)
            continue;
        bareMs.add(bare.ms);
        bareGetMs.add(bareGet.ms);
        windowMs.add(window.ms);
        windowThumbnailsMs.add(window.thumbnailsMs);
        blockMs.add(window.longestBlockMs);
        busyMs.add(window.busyMs);
        busyRuns.emplace_back(window.busyMs, window.busiest);
        windowTrips = qMax(windowTrips, window.roundTrips);
        bareTrips = qMax(bareTrips, bareLog.roundTripsAfterSignIn());
        windowRequests = window.requests;
        bareRequests = bareLog.requestCount();
        windowRoutes = window.routes;
        bareRoutes = bareLog.routes();
        if (slowest.isEmpty() || window.longestBlockMs >= blockMs.max())
            slowest = window.slowest;
    }

    std::printf("Sync: full online refresh, %d connections with logos, pim-sandbox on loopback "
                "(%d runs each, interleaved, medians)\n",
                count, runs);
    std::puts(
        qPrintable(seriesLine(QStringLiteral("window (offscreen), %1 requests").arg(windowRequests),
                              windowMs, u"ms"_qs)));
    std::puts(qPrintable(seriesLine(QStringLiteral("window, to every offline thumbnail made"),
                                    windowThumbnailsMs, u"ms"_qs)));
    std::puts(qPrintable(seriesLine(
        QStringLiteral("bare QNAM, same requests (%1)").arg(bareRequests), bareMs, u"ms"_qs)));
    std::puts(qPrintable(
        seriesLine(QStringLiteral("bare QNAM, + GET each connection"), bareGetMs, u"ms"_qs)));
    std::puts(qPrintable(ratioLine(QStringLiteral("window / bare (same requests)"),
                                   windowMs.median() / qMax(0.001, bareMs.median()), 1.3)));
    std::printf("  sequential round trips after sign-in: window %d, bare %d (target <= 3: %s)\n",
                windowTrips, bareTrips, windowTrips <= 3 ? "met" : "MISSED");
    std::printf("  requests of the window: %s\n  requests of the bare client: %s\n",
                qPrintable(windowRoutes), qPrintable(bareRoutes));
    std::puts("GUI thread during the window's sync (2 ms timer probe)");
    std::puts(
        qPrintable(seriesLine(QStringLiteral("longest event-loop block"), blockMs, u"ms"_qs)));
    std::printf("  target <= 16 ms: %s (median)\n", blockMs.median() <= 16 ? "met" : "MISSED");
    std::puts("  slowest handlers in the worst run:");
    for (const StallApplication::Handler &handler : std::as_const(slowest))
        std::printf("    %7.1f ms  %s\n", handler.ms, qPrintable(handler.name));
    std::puts(qPrintable(
        seriesLine(QStringLiteral("time in handlers during the sync"), busyMs, u"ms"_qs)));
    // Where the time went in the run closest to the median.
    const auto medianRun =
        std::min_element(busyRuns.cbegin(), busyRuns.cend(),
                         [median = busyMs.median()](const auto &a, const auto &b) {
                             return qAbs(a.first - median) < qAbs(b.first - median);
                         });
    std::printf("  where it went in the run of %.1f ms:\n", medianRun->first);
    for (const StallApplication::Total &total : std::as_const(medianRun->second))
        std::printf("    %7.1f ms  %s (%d events)\n", total.ms, qPrintable(total.name),
                    total.calls);
    return 0;
}
