// Scale benchmark: a cache of 100 PIMs × 50 connections with logos (throwaway HOME). Prints,
// each beside its baseline from the same run:
// - start to the first painted overview with the first PIM selected, against a bare
//   QMainWindow (separate processes, interleaved, like pim-bench-startup);
// - the CLI's `--offline list` of that PIM, run to its end, beside the same bare window;
// - switching PIM in the window (in this process, offscreen): from asking to the new PIM's
//   overview filled and painted with the logos on screen;
// - a keystroke in the overview's search field, to the filtered overview painted, against
//   the same keystroke in a bare QLineEdit filtering a 50-row QListView;
// - the cache's size on disk.
#include "BenchSeed.h"
#include "BenchStats.h"
#include "ChildRun.h"

#include "items/ConnectionListModel.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace {

constexpr int Instances = 100;
int Connections = 50; // per PIM (--connections)

// Types one key (a letter, or Backspace to take it back) into `field`, then lets the event loop
// run what it set off (filtering, layout, painting); returns the time taken.
double timeKeystroke(QLineEdit *field, bool erase)
{
    QElapsedTimer clock;
    clock.start();
    const int key = erase ? Qt::Key_Backspace : Qt::Key_5;
    const QString text = erase ? QString() : QStringLiteral("5");
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(field, &press);
    QCoreApplication::sendEvent(field, &release);
    for (int i = 0; i < 3; ++i) // the delayed layout, then the paint it asks for
        QCoreApplication::processEvents();
    return double(clock.nsecsElapsed()) / 1e6;
}

// Waits for the window's workspace to have its cached snapshot in the overview, then paints
// until the tiles on screen have their logos.
bool waitForOverview(MainWindow *window, const QString &instanceId)
{
    Workspace *workspace = window->workspace();
    if (!workspace || workspace->instance().id != instanceId)
        return false;
    if (workspace->model()->rowCount() < Connections) {
        QEventLoop loop;
        QObject::connect(workspace, &Workspace::snapshotLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Painted, with the logos of the tiles on screen (not placeholders awaiting them).
    QElapsedTimer waited;
    waited.start();
    bool logosShown = false;
    while (!logosShown && waited.elapsed() < 10000) {
        for (int i = 0; i < 3; ++i) // the layout, then the paint it asks for
            QCoreApplication::processEvents();
        logosShown = window->overview()->tilesOnScreenHaveTheirLogos();
    }
    QCoreApplication::processEvents(); // a repaint the last logos asked for
    return workspace->model()->rowCount() == Connections && logosShown;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir temporary;
    if (!useBenchHome(temporary.path()))
        return 1;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QCoreApplication::setApplicationName(QStringLiteral("pim-connections"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start, switching, filtering and the CLI with 100 cached PIMs."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs of each (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption countOption(QStringLiteral("connections"),
                                         QStringLiteral("Connections per PIM (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({runsOption, countOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    Connections = qBound(1, parser.value(countOption).toInt(), 1000);

    QElapsedTimer seeding;
    seeding.start();
    for (int i = Instances - 1; i >= 0; --i) {
        // The first one last, so that it is the current one.
        const QString seeded =
            seedCachedInstance(Connections, QStringLiteral("PIM %1").arg(i + 1), i == 0, 10000 + i);
        if (!seeded.isEmpty()) {
            std::fprintf(stderr, "pim-bench-scale: %s\n", qPrintable(seeded));
            return 1;
        }
    }
    const QString cachePath = CacheDatabase::defaultPath();
    qint64 cacheBytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        cacheBytes += QFileInfo(cachePath + suffix).size();

    // Processes: the app, the bare window and the CLI, interleaved after one warm-up of each.
    const QString appPath = QStringLiteral(PIM_BENCH_APP);
    const QString barePath = QStringLiteral(PIM_BENCH_BARE);
    const QString cliPath = QStringLiteral(PIM_BENCH_CLI);
    const QStringList appArguments{QStringLiteral("--offline")};
    const QStringList cliArguments{QStringLiteral("list"), QStringLiteral("--offline")};
    Series appMs, bareMs, cliMs, appRss, bareRss;
    for (int i = 0; i <= runs; ++i) {
        const ChildRunResult appRun = runUntilFirstPaint(appPath, appArguments, 30000);
        const ChildRunResult bareRun = runUntilFirstPaint(barePath, {}, 30000);
        const ChildRunResult cliRun = runToExit(cliPath, cliArguments, 30000);
        for (const ChildRunResult *run : {&appRun, &bareRun, &cliRun}) {
            if (!run->ok) {
                std::fprintf(stderr, "pim-bench-scale: %s\n", qPrintable(run->error));
                return 1;
            }
        }
        if (i == 0)
            continue;
        appMs.add(appRun.firstPaintMs);
        bareMs.add(bareRun.firstPaintMs);
        cliMs.add(cliRun.firstPaintMs);
        appRss.add(appRun.peakRssKiB / 1024.0);
        bareRss.add(bareRun.peakRssKiB / 1024.0);
    }

    // In this process: the window as main() builds it, over the same stores.
    ConnectionCache cache(cachePath);
    SecretStore secrets(std::make_unique<QtKeychainBackend>());
    InstanceRegistry registry(std::make_unique<QSettings>());
    registry.setStores(&cache, &secrets);
    QSettings settings;
    MainWindow::Dependencies dependencies;
    dependencies.registry = &registry;
    dependencies.cache = &cache;
    dependencies.secrets = &secrets;
    dependencies.settings = &settings;
    MainWindow window(dependencies);
    window.show();
    StartOptions offline;
    offline.offline = true;
    window.start(offline);
    const QList<PimInstance> instances = registry.instances();
    if (!waitForOverview(&window, registry.current().value_or(PimInstance()).id)) {
        std::fprintf(stderr, "pim-bench-scale: the window did not show the first PIM\n");
        return 1;
    }
    Series switchMs;
    for (int i = 0; i <= runs; ++i) {
        const QString id = instances.at((i + 1) % instances.size()).id;
        QElapsedTimer clock;
        clock.start();
        registry.setCurrent(id);
        if (!waitForOverview(&window, id)) {
            std::fprintf(stderr, "pim-bench-scale: switching to another PIM failed\n");
            return 1;
        }
        if (i > 0)
            switchMs.add(double(clock.nsecsElapsed()) / 1e6);
    }

    // The bare keystroke: a line edit filtering a list of 50 labels.
    QMainWindow bare;
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *bareField = new QLineEdit;
    auto *list = new QListView;
    QStringList labels;
    for (int i = 0; i < Connections; ++i)
        labels.append(QStringLiteral("Connection %1").arg(i + 1));
    QStringListModel labelModel(labels);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&labelModel);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    list->setModel(&filter);
    list->setViewMode(QListView::IconMode);
    QObject::connect(bareField, &QLineEdit::textChanged, &filter,
                     &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(bareField);
    layout->addWidget(list);
    bare.setCentralWidget(central);
    bare.resize(window.size());
    bare.show();

    QLineEdit *field = window.overview()->header()->searchField();
    window.activateWindow();
    field->setFocus();
    Series keyMs, bareKeyMs;
    for (int i = 0; i <= runs; ++i) {
        for (const bool erase : {false, true}) {
            const double windowKey = timeKeystroke(field, erase);
            const double bareKey = timeKeystroke(bareField, erase);
            if (i == 0)
                continue;
            keyMs.add(windowKey);
            bareKeyMs.add(bareKey);
        }
    }

    std::printf("Scale: %d cached PIMs × %d connections with logos (offscreen, %d runs each, "
                "interleaved, medians)\n",
                Instances, Connections, runs);
    std::puts(qPrintable(seriesLine(QStringLiteral("start, first PIM selected"), appMs, u"ms"_qs)));
    std::puts(qPrintable(seriesLine(QStringLiteral("bare QMainWindow"), bareMs, u"ms"_qs)));
    std::puts(qPrintable(ratioLine(QStringLiteral("start / bare"),
                                   appMs.median() / qMax(0.001, bareMs.median()), 2.0)));
    std::puts(
        qPrintable(seriesLine(QStringLiteral("peak memory of the start"), appRss, u"MiB"_qs)));
    std::puts(qPrintable(
        seriesLine(QStringLiteral("peak memory of the bare window"), bareRss, u"MiB"_qs)));
    std::puts(
        qPrintable(seriesLine(QStringLiteral("CLI list --offline, to its end"), cliMs, u"ms"_qs)));
    std::printf("  ratio CLI / bare window start %14.2f\n",
                cliMs.median() / qMax(0.001, bareMs.median()));
    std::puts(
        qPrintable(seriesLine(QStringLiteral("switching PIM, to painted"), switchMs, u"ms"_qs)));
    std::printf("  target <= 100 ms: %s (median)\n", switchMs.median() <= 100 ? "met" : "MISSED");
    std::puts(qPrintable(
        seriesLine(QStringLiteral("keystroke in the overview's search"), keyMs, u"ms"_qs)));
    std::puts(qPrintable(
        seriesLine(QStringLiteral("keystroke, bare line edit + list"), bareKeyMs, u"ms"_qs)));
    std::printf("  target <= 16 ms: %s (median)\n", keyMs.median() <= 16 ? "met" : "MISSED");
    std::printf("  cache on disk: %.1f MiB (%d PIMs × %d connections, logos and thumbnails)\n",
                cacheBytes / 1048576.0, Instances, Connections);
    return 0;
}
