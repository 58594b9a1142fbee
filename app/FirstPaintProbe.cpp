#include "FirstPaintProbe.h"

#include "PeakMemory.h"
#include "StartupPhases.h"

#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/EmptyState.h"
#include "overview/OverviewPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {
QElapsedTimer &applicationClock()
{
    static QElapsedTimer clock;
    return clock;
}

// /proc/self/stat's starttime (field 22, clock ticks after boot) against CLOCK_BOOTTIME, the
// clock it is counted on. Empty when there is no such file.
std::optional<qint64> msSinceProcStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeIndex = 22 - 3; // fields after ')' begin with field 3
    if (fields.size() <= StartTimeIndex)
        return std::nullopt;
    bool ok = false;
    const qint64 ticks = fields.at(StartTimeIndex).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - ticks * 1000 / ticksPerSecond;
#else
    return std::nullopt;
#endif
}
} // namespace

bool FirstPaintProbe::isRequested()
{
    return qEnvironmentVariableIntValue("PIM_CONNECTIONS_FIRST_PAINT_EXIT") == 1;
}

void FirstPaintProbe::markApplicationStart()
{
    applicationClock().start();
    StartupPhases::mark("qapplication");
}

qint64 FirstPaintProbe::msSinceProcessStart()
{
    if (const auto ms = msSinceProcStart())
        return *ms;
    return applicationClock().isValid() ? applicationClock().elapsed() : 0;
}

void FirstPaintProbe::install(OverviewPage *overview)
{
    new FirstPaintProbe(overview);
}

FirstPaintProbe::FirstPaintProbe(OverviewPage *overview)
    : QObject(overview)
    , m_overview(overview)
{
    for (FlowType type : {FlowType::Source, FlowType::Destination, FlowType::Other})
        overview->section(type)->view()->viewport()->installEventFilter(this);
    overview->emptyState()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && showsWhatCounts(watched)) {
        m_done = true;
        StartupPhases::mark("paint");
        // Reported once this paint is over (queued behind it), not before it is drawn.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

bool FirstPaintProbe::showsWhatCounts(QObject *watched) const
{
    // The empty state counts when it is the overview's answer: no connection in the cache, or
    // no PIM known at all (not while "Loading…" waits for a first list).
    if (watched == m_overview->emptyState())
        return m_overview->isEmptyStateShown() || !m_overview->model();
    for (FlowType type : {FlowType::Source, FlowType::Destination, FlowType::Other}) {
        const ConnectionGridView *view = m_overview->section(type)->view();
        if (watched == view->viewport())
            return view->model() && view->model()->rowCount() > 0 &&
                   m_overview->tilesOnScreenHaveTheirLogos();
    }
    return false;
}

void FirstPaintProbe::report()
{
    StartupPhases::mark("painted");
    StartupPhases::print();
    std::printf("first-paint %lld %lld\n", static_cast<long long>(msSinceProcessStart()),
                static_cast<long long>(peakResidentKiB()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
