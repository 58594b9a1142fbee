#include "StallProbe.h"

#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace {
constexpr int ProbeIntervalMs = 2;
}

StallApplication::StallApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_probe.setInterval(ProbeIntervalMs);
    m_probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_probe, &QTimer::timeout, [this] { tick(); });
    m_clock.start();
}

void StallApplication::startProbe()
{
    m_slowest.clear();
    m_totals.clear();
    m_busyNs = 0;
    m_longestLateNs = 0;
    m_lastTickNs = m_clock.nsecsElapsed();
    m_probing = true;
    m_probe.start();
}

void StallApplication::stopProbe()
{
    tick();
    m_probe.stop();
    m_probing = false;
}

void StallApplication::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = now - m_lastTickNs - qint64(ProbeIntervalMs) * 1000000;
    m_longestLateNs = std::max(m_longestLateNs, late);
    m_lastTickNs = now;
}

QList<StallApplication::Total> StallApplication::busiest(int count) const
{
    QList<Total> totals = m_totals.values();
    std::sort(totals.begin(), totals.end(),
              [](const Total &a, const Total &b) { return a.ms > b.ms; });
    return totals.mid(0, count);
}

bool StallApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the GUI thread's loop is timed: the other threads' events (Qt Network's HTTP thread,
    // the cache's thread) come through here too, at the same time.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (!m_probing || m_depth > 0 || receiver == &m_probe) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    // Read before: the receiver may be gone after (a deferred delete).
    const char *className = receiver->metaObject()->className();
    const QEvent::Type eventType = event->type();
    ++m_depth;
    const qint64 begin = m_clock.nsecsElapsed();
    const bool handled = QApplication::notify(receiver, event);
    const qint64 spent = m_clock.nsecsElapsed() - begin;
    --m_depth;
    const double ms = double(spent) / 1e6;
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(eventType);
    const QString name = QStringLiteral("%1 / %2").arg(QString::fromLatin1(className),
                                                       type ? QString::fromLatin1(type)
                                                            : QString::number(int(eventType)));
    m_busyNs += spent;
    Total &total = m_totals[name];
    total.name = name;
    total.ms += ms;
    ++total.calls;
    if (m_slowest.size() < 3 || ms > m_slowest.last().ms) {
        m_slowest.append(Handler{name, ms});
        std::sort(m_slowest.begin(), m_slowest.end(),
                  [](const Handler &a, const Handler &b) { return a.ms > b.ms; });
        if (m_slowest.size() > 3)
            m_slowest.removeLast();
    }
    return handled;
}
