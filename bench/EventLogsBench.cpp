// Event logs paging (docs/pim-api.md §8.7): the event logs list of the window (EventLogModel in
// an EventLogTree) paged through 10,000 entries as a user scrolling to the end would see it.
// Each time the list says it is near its end, the next page of 25 arrives from a fake feed, as
// the PIM's JSON (parsed here, as the facade does on the GUI thread); the user then scrolls to
// the new end, and now and then unfolds an entry's context. A probe timer on the GUI thread
// measures the longest time the event loop was kept from running (a stall); the target is
// 16 ms, one frame at 60 Hz.
//
// pim-bench-eventlogs [--entries N] [--runs N]   (run offscreen by scripts/bench)
#include "domain/EventLog.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include <time.h>

namespace {

// One page of the search as the PIM answers it: 25 entries, newest first, every level, with
// the contexts of §8.7's table.
QByteArray pageJson(int first, int count, int total)
{
    QByteArray out = "{\"results\":[";
    for (int i = 0; i < count; ++i) {
        const int n = first + i;
        const char *level = n % 7 == 0 ? "error" : n % 5 == 0 ? "notice" : "info";
        if (i > 0)
            out += ',';
        out += "{\"id\":\"log-" + QByteArray::number(n) +
               "\",\"timestamp\":" + QByteArray::number(1767225600 - n * 7) + ",\"level\":\"" +
               level +
               "\",\"message\":\"The API event request was sent.\",\"connection_code\":"
               "\"web_shop\",\"context\":{\"event_subscription_url\":"
               "\"http://127.0.0.1:8081/akeneo-events\",\"status_code\":200,\"headers\":"
               "{\"content-type\":[\"application/json\"]},\"events\":[{\"action\":"
               "\"product.updated\",\"event_id\":\"e-" +
               QByteArray::number(n) +
               "\",\"event_datetime\":\"2026-01-01T00:00:00+00:00\",\"author\":\"erp\","
               "\"author_type\":\"api\",\"product_identifier\":\"sku-" +
               QByteArray::number(n) + "\"}]},\"context_flattened\":\"\"}";
    }
    out += "],\"search_after\":" +
           (first + count < total ? QByteArray("\"" + QByteArray::number(first + count) + "\"")
                                  : QByteArray("null")) +
           ",\"total\":" + QByteArray::number(total) + "}";
    return out;
}

// CPU time of the calling thread: a stall the machine causes (other processes on the same
// cores) shows in the wall clock but not here.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Run
{
    double longestStallMs = 0; // wall clock: what the user sees, including time taken by others
    double longestBusyMs = 0;  // CPU time of the GUI thread in that longest stretch of work
    double totalMs = 0;
    int entries = 0;
};

Run runOnce(int entries)
{
    EventLogModel model;
    EventLogTree tree(&model);
    tree.resize(1000, 700);
    tree.show();

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    qint64 lastCpu = threadCpuNs();
    qint64 longestCpu = 0;
    // The probe: a zero-interval timer runs on every pass of the event loop; the gap between
    // two runs is how long the loop was held.
    QTimer probe;
    probe.setInterval(0);
    QObject::connect(&probe, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        longest = std::max(longest, now - last);
        longestCpu = std::max(longestCpu, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });

    int next = 0;
    bool pending = false;
    auto deliver = [&]() {
        pending = false;
        const int count = std::min(EventLogPage::PageSize, entries - next);
        QString error;
        const std::optional<EventLogPage> page =
            EventLogPage::fromJson(pageJson(next, count, entries), &error);
        if (!page)
            qFatal("bench page does not parse: %s", qPrintable(error));
        model.append(page->results);
        next += count;
        // The user scrolls on to the new end, and unfolds an entry now and then.
        QTimer::singleShot(0, &tree, [&]() {
            tree.verticalScrollBar()->setValue(tree.verticalScrollBar()->maximum());
            if ((next / EventLogPage::PageSize) % 8 == 0)
                tree.expand(model.index(model.entryCount() - 3, 0));
        });
    };
    QObject::connect(&tree, &EventLogTree::nearEnd, [&]() {
        if (pending || next >= entries)
            return;
        pending = true;
        QTimer::singleShot(1, deliver); // the answer comes a moment later
    });

    const qint64 started = clock.nsecsElapsed();
    probe.start();
    last = clock.nsecsElapsed();
    lastCpu = threadCpuNs();
    deliver();
    while (model.entryCount() < entries || pending)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // The last layout and paint.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    probe.stop();
    return {longest / 1e6, longestCpu / 1e6, (clock.nsecsElapsed() - started) / 1e6,
            model.entryCount()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("Log entries to page through."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({entriesOption, runsOption});
    // scripts/bench passes its arguments to every bench: unknown ones are not an error here.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    const int entries = std::max(1, parser.value(entriesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    QList<double> stalls;
    double worstBusy = 0;
    for (int run = 1; run <= runs; ++run) {
        const Run r = runOnce(entries);
        stalls.append(r.longestStallMs);
        worstBusy = std::max(worstBusy, r.longestBusyMs);
        out << QStringLiteral("event-logs run %1: %2 entries in %3 ms, longest GUI-thread stall "
                              "%4 ms (GUI thread busy %5 ms)\n")
                   .arg(run)
                   .arg(r.entries)
                   .arg(r.totalMs, 0, 'f', 0)
                   .arg(r.longestStallMs, 0, 'f', 2)
                   .arg(r.longestBusyMs, 0, 'f', 2);
        out.flush();
    }
    std::sort(stalls.begin(), stalls.end());
    const double median = stalls.at(stalls.size() / 2);
    out << QStringLiteral("event-logs: longest GUI-thread stall paging through %1 entries: "
                          "median of runs %2 ms, worst %3 ms; longest CPU-busy stretch %4 ms "
                          "(target <= 16 ms): %5\n")
               .arg(entries)
               .arg(median, 0, 'f', 2)
               .arg(stalls.constLast(), 0, 'f', 2)
               .arg(worstBusy, 0, 'f', 2)
               .arg(median <= 16.0 ? QStringLiteral("ok") : QStringLiteral("OVER TARGET"));
    return 0;
}
