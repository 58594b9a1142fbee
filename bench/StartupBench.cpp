// Start-up benchmark: time from process start to the first painted frame of the
// overview with 50 cached connections (offscreen, no network: --offline), beside the same for a
// bare QMainWindow built with the project's flags; medians and their ratio, and the peak
// memory of both.
//
// It makes a throwaway HOME (the app's settings and cache live there), fills the app's cache
// with one PIM instance of N connections and logos, then runs, interleaved, the app with
// PIM_CONNECTIONS_FIRST_PAINT_EXIT=1 (it prints "first-paint" on the first frame of its
// overview and quits) and pim-bench-bare-window. Times are taken by this launcher, from just
// before spawning to reading that line, so they include exec, loading the libraries and Qt's
// start-up. Run it through scripts/bench (headless, private keyring).
#include "BenchSeed.h"
#include "BenchStats.h"
#include "ChildRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// What each phase of app/StartupPhases.h means here.
QString phaseName(const QByteArray &phase)
{
    static const QHash<QByteArray, QString> names{
        {"main", QStringLiteral("main() entered (exec, libraries loaded)")},
        {"qapplication", QStringLiteral("QApplication built")},
        {"set-up", QStringLiteral("style, translations, stores ready")},
        {"window", QStringLiteral("window built")},
        {"snapshot", QStringLiteral("offline copy applied")},
        {"paint", QStringLiteral("counted paint begins")},
        {"painted", QStringLiteral("counted paint done")},
    };
    return names.value(phase, QString::fromLatin1(phase));
}

void printPhases(const QList<QByteArray> &order, const QHash<QByteArray, Series> &app,
                 const QHash<QByteArray, Series> &bare)
{
    if (order.isEmpty())
        return;
    std::printf("  where the start goes, ms after the spawn (medians)    app     bare\n");
    for (const QByteArray &phase : order) {
        const QString bareMedian =
            bare.contains(phase) ? QString::number(bare.value(phase).median(), 'f', 1) : QString();
        std::printf("    %-48s %6.1f  %7s\n", qPrintable(phaseName(phase)),
                    app.value(phase).median(), qPrintable(bareMedian));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // A throwaway home before anything reads the environment: the app run by this launcher
    // finds there the settings and the cache seeded below, and nothing of the user's.
    QTemporaryDir temporary;
    if (!useBenchHome(temporary.path()))
        return 1;

    QCoreApplication app(argc, argv);
    // The app's names, so that the seeded settings and cache are the ones it reads.
    QCoreApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QCoreApplication::setApplicationName(QStringLiteral("pim-connections"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Time from process start to the first painted overview with N cached connections, "
        "beside a bare QMainWindow."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs of each (default 41)."),
                                        QStringLiteral("N"), QStringLiteral("41"));
    const QCommandLineOption countOption(QStringLiteral("connections"),
                                         QStringLiteral("Cached connections (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The app to run."),
                                       QStringLiteral("PATH"), QStringLiteral(PIM_BENCH_APP));
    const QCommandLineOption bareOption(QStringLiteral("bare"),
                                        QStringLiteral("The bare window program."),
                                        QStringLiteral("PATH"), QStringLiteral(PIM_BENCH_BARE));
    parser.addOptions({runsOption, countOption, appOption, bareOption});
    parser.process(app);

    bool runsOk = false;
    bool countOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int count = parser.value(countOption).toInt(&countOk);
    if (!runsOk || runs < 1 || !countOk || count < 0 || count > 1000) {
        std::fprintf(stderr, "pim-bench-startup: --runs must be >= 1 and --connections 0..1000\n");
        return 2;
    }

    const QString seeded = seedCachedInstance(count);
    if (!seeded.isEmpty()) {
        std::fprintf(stderr, "pim-bench-startup: %s\n", qPrintable(seeded));
        return 1;
    }

    const QString appPath = parser.value(appOption);
    const QString barePath = parser.value(bareOption);
    const QStringList appArguments{QStringLiteral("--offline")};
    const int timeoutMs = 30000;

    // One warm-up of each (page cache, font cache), not counted.
    for (const auto &[program, arguments] :
         {std::pair{appPath, appArguments}, std::pair{barePath, QStringList()}}) {
        const ChildRunResult warm = runUntilFirstPaint(program, arguments, timeoutMs);
        if (!warm.ok) {
            std::fprintf(stderr, "pim-bench-startup: %s\n", qPrintable(warm.error));
            return 1;
        }
    }

    Series appMs, bareMs, appRss, bareRss;
    // Where the starts went (app/StartupPhases.h), by phase in the order the app reaches them.
    QList<QByteArray> phaseOrder;
    QHash<QByteArray, Series> appPhases, barePhases;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so that a slower moment of the machine weighs on both alike.
        for (const bool isApp : {true, false}) {
            const ChildRunResult run = runUntilFirstPaint(
                isApp ? appPath : barePath, isApp ? appArguments : QStringList(), timeoutMs);
            if (!run.ok) {
                std::fprintf(stderr, "pim-bench-startup: %s\n", qPrintable(run.error));
                return 1;
            }
            (isApp ? appMs : bareMs).add(run.firstPaintMs);
            (isApp ? appRss : bareRss).add(run.peakRssKiB / 1024.0);
            for (const auto &[phase, ms] : run.phases) {
                if (isApp && !phaseOrder.contains(phase))
                    phaseOrder.append(phase);
                (isApp ? appPhases : barePhases)[phase].add(ms);
            }
        }
    }

    std::printf("Start-up to the first painted frame (%s, %d runs each, interleaved, medians)\n",
                qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::puts(qPrintable(seriesLine(
        QStringLiteral("pim-connections --offline, %1 cached").arg(count), appMs, u"ms"_qs)));
    std::puts(qPrintable(seriesLine(QStringLiteral("bare QMainWindow"), bareMs, u"ms"_qs)));
    std::puts(qPrintable(ratioLine(QStringLiteral("app / bare (goal 1.50)"),
                                   appMs.median() / qMax(0.001, bareMs.median()), 1.8)));
    std::puts(qPrintable(seriesLine(QStringLiteral("peak memory, app"), appRss, u"MiB"_qs)));
    std::puts(qPrintable(seriesLine(QStringLiteral("peak memory, bare"), bareRss, u"MiB"_qs)));
    std::puts(qPrintable(differenceLine(QStringLiteral("app - bare (medians)"),
                                        appRss.median() - bareRss.median(), 12, u"MiB"_qs)));
    printPhases(phaseOrder, appPhases, barePhases);
    return 0;
}
