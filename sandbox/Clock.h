#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// The time every expiry is measured against (sessions, access and refresh tokens, the wrong
// credentials window) and the "today" of the monitoring routes (docs/pim-api.md §9 and §10). The
// server takes it as a dependency so that a test can hand in its own.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime nowUtc() const;
    qint64 nowSeconds() const { return nowUtc().toSecsSinceEpoch(); }
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

// A clock that starts at a chosen instant and then runs at the normal pace (--today): "today" is
// pinned for a run, while sessions and tokens still expire as time goes by.
class RunningClock : public Clock
{
public:
    explicit RunningClock(const QDateTime &start);
    QDateTime nowUtc() const override;

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};
