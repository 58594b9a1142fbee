#include "Clock.h"

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

RunningClock::RunningClock(const QDateTime &start)
    : m_start(start.toUTC())
{
    m_elapsed.start();
}

QDateTime RunningClock::nowUtc() const
{
    return m_start.addMSecs(m_elapsed.elapsed());
}
