#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Times as the PIM writes them, and as the screens show them.
namespace PimTime {

// A PIM timestamp such as "2020-01-07T00:00:00+00:00" (PHP's DATE_ATOM; docs/pim-api.md §9.1)
// or "...Z". The zone is required: a time without one would be read in this computer's zone,
// which is not what the PIM meant. Invalid (and *error set) when the text is not such a time.
QDateTime parseTimestamp(const QString &text, QString *error);

// The same instant written as the PIM writes it: "2020-01-07T00:00:00+00:00", in the offset
// the time carries (UTC for a UTC time).
QString formatTimestamp(const QDateTime &time);

// The instant in the user's time zone (this computer's by default), for the screens.
QDateTime toLocal(const QDateTime &time, const QTimeZone &zone = QTimeZone::systemTimeZone());

// A day as "YYYY-MM-DD" (the dashboard's days and end_date, §10; business errors' end_date,
// §9.1). Invalid for anything else, "2020-1-7" and "2020-02-30" included.
QDate parseDay(const QString &text);
QString formatDay(const QDate &day);

} // namespace PimTime
