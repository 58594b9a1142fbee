#pragma once

#include "domain/SymfonyJson.h"
#include "store/AuditCountStore.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// The answers of the Data flows dashboard (docs/pim-api.md §10), from hourly counts: days are
// the signed-in user's, `"<all>"` comes first, every counted connection is there even with zeros,
// and the first of the eight days is only the chart's "previous" day.
namespace AuditReport {

inline QString allConnections()
{
    return QStringLiteral("<all>");
}

// Whole days [first, last] in `zone`, and the UTC instants [from, upTo) they cover.
struct Period
{
    QDate first;
    QDate last;
    qint64 from = 0; // seconds since the epoch
    qint64 upTo = 0;

    static Period endingOn(const QDate &last, int days, const QTimeZone &zone);
};

// "2020-01-07"; nothing else (the PIM throws on any other end_date, §10).
std::optional<QDate> parseDate(const QString &text);
QDate today(const QDateTime &nowUtc, const QTimeZone &zone);

// The count of each day of the period for one connection, or for all of them
// (allConnections()), every day present, in order.
QList<QPair<QDate, qint64>> daily(const Period &period,
                                  const QList<AuditCountStore::HourlyCount> &hours,
                                  const QString &connectionCode, const QTimeZone &zone);

// GET /rest/connections/audit/weekly:
// {"<all>":{"daily":{8 dates},"weekly_total":N},"<code>":{...}}
SymfonyJson weekly(const Period &period, const QStringList &connectionCodes,
                   const QList<AuditCountStore::HourlyCount> &hours, const QTimeZone &zone);
// GET /rest/connections/audit/weekly-error:
// {"<all>":{"previous_week":{1 date},"current_week":{7 dates},"current_week_total":N},...}
SymfonyJson weeklyErrors(const Period &period, const QStringList &connectionCodes,
                         const QList<AuditCountStore::HourlyCount> &hours, const QTimeZone &zone);
// GET /rest/connections/audit/error-count-per-connection: {"<code>":N,...}, or [] when no
// connection is counted (PHP's empty map).
SymfonyJson countPerConnection(const QStringList &connectionCodes,
                               const QList<AuditCountStore::HourlyCount> &hours);

} // namespace AuditReport
