// Data flows benchmark: the time from opening the Data flows page (its action, as Ctrl+D does) to
// its four charts painted, read from the offline cache of a PIM with N tracked connections (half
// sources, half destinations, eight days each), offscreen and --offline; and the time to build
// the page. Prints the median, min and max over the runs; asserts nothing (target: 50 ms).
//   pim-bench-dataflows [--runs N] [--connections N]
// Everything it writes (the cache, the settings) is in a temporary folder. Run it through
// scripts/bench.
#include "items/ConnectionListModel.h"
#include "monitoring/DataFlowsPage.h"
#include "monitoring/ChartModule.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/SecretBackend.h"
#include "store/SecretStore.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// A keychain that holds nothing: the page reads no secret.
class EmptyKeychain : public SecretBackend
{
public:
    void read(const QString &, QObject *context, Done done) override { notFound(context, done); }
    void write(const QString &, const QString &, QObject *context, Done done) override
    {
        notFound(context, done);
    }
    void remove(const QString &, QObject *context, Done done) override { notFound(context, done); }

private:
    static void notFound(QObject *context, const Done &done)
    {
        QTimer::singleShot(0, context, [done]() { done({Status::NotFound, {}, {}}); });
    }
};

// Waits for the next paint of each widget given, paints it, and notes when the last one is done.
class PaintProbe : public QObject
{
public:
    void arm(const QList<QWidget *> &widgets)
    {
        m_pending = widgets;
        m_done = false;
        for (QWidget *widget : widgets)
            widget->installEventFilter(this);
    }
    bool isDone() const { return m_done; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Paint || !m_pending.contains(widget))
            return false;
        widget->removeEventFilter(this);
        QCoreApplication::sendEvent(widget, event); // the paint itself, within the measure
        m_pending.removeOne(widget);
        m_done = m_pending.isEmpty();
        return true;
    }

private:
    QList<QWidget *> m_pending;
    bool m_done = false;
};

AuditSeries series(const QString &code, int seed)
{
    AuditSeries out;
    out.code = code;
    const QDate end = QDate::currentDate();
    for (int day = 0; day < 8; ++day) {
        const AuditDay value{end.addDays(day - 7), (seed * 37 + day * 101) % 250};
        (day == 0 ? out.previous : out.week).append(value);
        if (day > 0)
            out.total += value.count;
    }
    return out;
}

// "<all>" then each connection, as the PIM answers.
WeeklyAudit audit(WeeklyAudit::Shape shape, const QStringList &codes, int salt)
{
    WeeklyAudit result{shape, {series(AuditSeries::allCode(), salt)}};
    for (int i = 0; i < codes.size(); ++i)
        result.series.append(series(codes.at(i), salt + i + 1));
    return result;
}

QString seed(const QString &path, InstanceRegistry &registry, int count)
{
    QString error;
    const QString id =
        registry.add(QStringLiteral("Benchmark PIM"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                     QStringLiteral("admin"), &error);
    if (id.isEmpty())
        return error;
    registry.setCurrent(id);
    CacheSnapshot snapshot;
    QStringList sources;
    QStringList destinations;
    for (int i = 0; i < count; ++i) {
        CachedConnection cached;
        cached.connection.code =
            QStringLiteral("connection_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        cached.connection.label = QStringLiteral("Connection %1").arg(i + 1);
        cached.connection.flowType = i % 2 ? FlowType::Destination : FlowType::Source;
        cached.connection.auditable = true;
        (i % 2 ? destinations : sources).append(cached.connection.code);
        snapshot.connections.append(cached);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    snapshot.syncedAt = now;
    DataFlows flows;
    flows.productCreated = audit(WeeklyAudit::Shape::Events, sources, 1);
    flows.productUpdated = audit(WeeklyAudit::Shape::Events, sources, 2);
    flows.productRead = audit(WeeklyAudit::Shape::Events, destinations, 3);
    flows.errors = audit(WeeklyAudit::Shape::Errors, sources, 4);
    for (int i = 0; i < sources.size(); ++i)
        flows.businessErrors.counts.append({sources.at(i), i % 7});

    CacheDatabase database(path);
    const CacheOpenResult opened = database.open();
    if (!opened.isUsable())
        return opened.message;
    if (const CacheStatus stored = database.replaceSnapshot(id, snapshot); !stored.ok())
        return stored.error;
    if (const CacheStatus stored = database.storeDataFlows(id, flows, now); !stored.ok())
        return stored.error;
    return {};
}

void print(const char *name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    std::printf("  %-44s %7.1f ms  (min %.1f, max %.1f, %zu runs)\n", name, median, ms.front(),
                ms.back(), n);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (30)."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption countOption(QStringLiteral("connections"),
                                         QStringLiteral("Tracked connections (50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({runsOption, countOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir folder;
    const QString cachePath = folder.filePath(QStringLiteral("cache.sqlite"));
    InstanceRegistry registry(std::make_unique<QSettings>(
        folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    if (const QString error = seed(cachePath, registry, count); !error.isEmpty()) {
        std::fprintf(stderr, "pim-bench-dataflows: cannot fill the cache: %s\n", qPrintable(error));
        return 1;
    }
    ConnectionCache cache(cachePath);
    SecretStore secrets(std::make_unique<EmptyKeychain>());
    registry.setStores(&cache, &secrets);

    MainWindow::Dependencies dependencies;
    dependencies.registry = &registry;
    dependencies.cache = &cache;
    dependencies.secrets = &secrets;
    dependencies.workspaceOptions.forceOffline = true;
    MainWindow window(dependencies);
    // Tall enough for the whole page: every chart is in view, so every chart paints.
    window.resize(1100, 1500);
    window.show();
    StartOptions options;
    options.offline = true;
    window.start(options);
    if (!waitFor([&]() {
            return window.workspace() && window.workspace()->model()->rowCount() == count;
        })) {
        std::fprintf(stderr, "pim-bench-dataflows: the cached connections did not load\n");
        return 1;
    }
    auto *action = window.findChild<QAction *>(QStringLiteral("dataFlowsAction"));
    // The page is built when first opened; that first time is left out of the runs (the time to
    // build it is measured apart below).
    // The charts module is loaded by the first chart, once per run of the program (the bench
    // does not link it, as the app does not): timed here, apart.
    QElapsedTimer moduleTimer;
    moduleTimer.start();
    QString moduleError;
    const bool moduleLoaded = ChartModule::load(&moduleError);
    const double moduleMs = moduleTimer.nsecsElapsed() / 1e6;
    if (!moduleLoaded) {
        std::fprintf(stderr, "pim-bench-dataflows: the charts module could not be loaded: %s\n",
                     qPrintable(moduleError));
        return 1;
    }
    action->trigger();
    auto *page = window.findChild<DataFlowsPage *>(QStringLiteral("dataFlowsPage"));
    if (!page || !waitFor([&]() { return page->hasData(); })) {
        std::fprintf(stderr, "pim-bench-dataflows: the page did not open\n");
        return 1;
    }
    QList<QWidget *> charts;
    for (QAbstractScrollArea *view : window.findChildren<QAbstractScrollArea *>()) {
        if (qstrcmp(view->metaObject()->className(), "DayChart") == 0)
            charts.append(view->viewport());
    }

    std::vector<double> open;
    PaintProbe probe;
    for (int run = 0; run < runs; ++run) {
        window.showOverview();
        page->setWorkspace(window.workspace()); // forgets the numbers: "Loading…" again
        waitFor([]() { return false; }, 50);
        probe.arm(charts);
        QElapsedTimer timer;
        timer.start();
        action->trigger();
        if (!waitFor([&]() { return probe.isDone(); })) {
            std::fprintf(stderr, "pim-bench-dataflows: the charts were not painted (%s)\n",
                         qPrintable(page->messageBar()->text()));
            return 1;
        }
        open.push_back(timer.nsecsElapsed() / 1e6);
        if (!page->hasData() || !page->isFromCache())
            std::fprintf(stderr, "pim-bench-dataflows: the page did not show the cached copy\n");
    }

    std::vector<double> build;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto built = std::make_unique<DataFlowsPage>();
        build.push_back(timer.nsecsElapsed() / 1e6);
    }

    std::printf("Data flows page, %d tracked connections from the offline cache (offscreen):\n",
                count);
    print("open to the four charts painted", open);
    print("building the page", build);
    std::printf("  %-44s %7.1f ms  (once per run of the app)\n",
                "loading the charts module (first chart)", moduleMs);
    std::printf("  target: open in 50 ms or less\n");
    return 0;
}
