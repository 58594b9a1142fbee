#pragma once

#include <QString>
#include <QTimeZone>

class Clock;
class Store;

// Eight days of what the monitoring records (docs/pim-api.md §9 and §10), ending now, so that the
// demo's Data flows dashboard and error monitoring have something to show: products created and
// updated by the source, read by the destination and the App, day by day, and the source's
// business errors (with the PIM's documentation links) and technical errors. Days are the admin's.
class DemoHistory
{
public:
    DemoHistory(Store &store, const Clock &clock, const QTimeZone &zone);

    bool write(const QString &source, const QString &destination, const QString &app);

private:
    // The instant of a local time `daysAgo` days before today, never later than now.
    qint64 at(int daysAgo, int hour, int minute) const;
    // Spreads a day's count over the working hours.
    bool spread(const QString &code, const QString &kind, int daysAgo, qint64 count);
    bool writeBusinessErrors(const QString &source);

    Store &m_store;
    qint64 m_now = 0;
    QDate m_today;
    QTimeZone m_zone;
};
