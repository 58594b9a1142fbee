#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimer>

// How long the GUI thread's event loop is blocked, measured two ways:
// - a timer probe: a 2 ms timer notes how late each of its ticks comes (the longest lateness is
//   the longest time nothing could run);
// - StallApplication::notify() times every event the GUI thread's loop delivers (not nested, and
//   not those of other threads: Qt Network's HTTP thread and the cache's thread go through
//   notify() too), and names the receiver's class and the event's type, so the slowest handlers
//   can be told, and where the GUI thread's time went.
class StallApplication : public QApplication
{
public:
    struct Handler
    {
        QString name; // "MainWindow / UpdateRequest"
        double ms = 0;
    };

    StallApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // Starts measuring afresh (the probe timer and the handlers).
    void startProbe();
    void stopProbe();
    double longestBlockMs() const { return m_longestLateNs / 1e6; }
    // The slowest three handlers seen since startProbe(), slowest first.
    QList<Handler> slowestHandlers() const { return m_slowest; }
    // The time the GUI thread spent in handlers since startProbe().
    double busyMs() const { return m_busyNs / 1e6; }
    // That time by receiver's class and event type, the largest `count` first; `calls` is how
    // many events each name had.
    struct Total
    {
        QString name;
        double ms = 0;
        int calls = 0;
    };
    QList<Total> busiest(int count) const;

private:
    void tick();

    QTimer m_probe;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestLateNs = 0;
    int m_depth = 0;
    bool m_probing = false;
    QList<Handler> m_slowest;
    qint64 m_busyNs = 0;
    QHash<QString, Total> m_totals;
};
