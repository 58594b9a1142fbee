#include "AuditReport.h"

#include <QRegularExpression>

namespace AuditReport {

namespace {

using Daily = QList<QPair<QDate, qint64>>;

QString dayKey(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

SymfonyJson days(Daily::const_iterator begin, Daily::const_iterator end)
{
    SymfonyJson out = SymfonyJson::object();
    for (auto it = begin; it != end; ++it)
        out.insert(dayKey(it->first), it->second);
    return out;
}

qint64 total(Daily::const_iterator begin, Daily::const_iterator end)
{
    qint64 sum = 0;
    for (auto it = begin; it != end; ++it)
        sum += it->second;
    return sum;
}

// "<all>" first, then each connection: the shape `entry` makes of its daily counts.
template<typename Entry>
SymfonyJson perConnection(const Period &period, const QStringList &connectionCodes,
                          const QList<AuditCountStore::HourlyCount> &hours, const QTimeZone &zone,
                          Entry entry)
{
    SymfonyJson out = SymfonyJson::object();
    out.insert(allConnections(), entry(daily(period, hours, allConnections(), zone)));
    for (const QString &code : connectionCodes)
        out.insert(code, entry(daily(period, hours, code, zone)));
    return out;
}

} // namespace

Period Period::endingOn(const QDate &last, int days, const QTimeZone &zone)
{
    Period period;
    period.last = last;
    period.first = last.addDays(1 - days);
    period.from = QDateTime(period.first, QTime(0, 0), zone).toSecsSinceEpoch();
    period.upTo = QDateTime(last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return period;
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QDate today(const QDateTime &nowUtc, const QTimeZone &zone)
{
    return nowUtc.toTimeZone(zone).date();
}

Daily daily(const Period &period, const QList<AuditCountStore::HourlyCount> &hours,
            const QString &connectionCode, const QTimeZone &zone)
{
    Daily out;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1))
        out.append({day, 0});
    const bool all = connectionCode == allConnections();
    for (const AuditCountStore::HourlyCount &hour : hours) {
        if ((!all && hour.connectionCode != connectionCode) || hour.hour < period.from ||
            hour.hour >= period.upTo)
            continue;
        // An hour belongs to the user's day in which it starts.
        const qint64 index =
            period.first.daysTo(QDateTime::fromSecsSinceEpoch(hour.hour, zone).date());
        if (index >= 0 && index < out.size())
            out[index].second += hour.count;
    }
    return out;
}

SymfonyJson weekly(const Period &period, const QStringList &connectionCodes,
                   const QList<AuditCountStore::HourlyCount> &hours, const QTimeZone &zone)
{
    return perConnection(period, connectionCodes, hours, zone, [](const Daily &counts) {
        // weekly_total leaves the first ("previous") day out.
        return SymfonyJson::object(
            {{QStringLiteral("daily"), days(counts.cbegin(), counts.cend())},
             {QStringLiteral("weekly_total"), total(counts.cbegin() + 1, counts.cend())}});
    });
}

SymfonyJson weeklyErrors(const Period &period, const QStringList &connectionCodes,
                         const QList<AuditCountStore::HourlyCount> &hours, const QTimeZone &zone)
{
    return perConnection(period, connectionCodes, hours, zone, [](const Daily &counts) {
        return SymfonyJson::object(
            {{QStringLiteral("previous_week"), days(counts.cbegin(), counts.cbegin() + 1)},
             {QStringLiteral("current_week"), days(counts.cbegin() + 1, counts.cend())},
             {QStringLiteral("current_week_total"), total(counts.cbegin() + 1, counts.cend())}});
    });
}

SymfonyJson countPerConnection(const QStringList &connectionCodes,
                               const QList<AuditCountStore::HourlyCount> &hours)
{
    if (connectionCodes.isEmpty())
        return SymfonyJson::array();
    SymfonyJson out = SymfonyJson::object();
    for (const QString &code : connectionCodes) {
        qint64 sum = 0;
        for (const AuditCountStore::HourlyCount &hour : hours) {
            if (hour.connectionCode == code)
                sum += hour.count;
        }
        out.insert(code, sum);
    }
    return out;
}

} // namespace AuditReport
