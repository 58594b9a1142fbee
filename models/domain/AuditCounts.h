#pragma once

#include "domain/SymfonyJson.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// The answers of the Data flows dashboard's routes (docs/pim-api.md §10). Days are the PIM
// user's days (§10, rule 1): plain dates, never converted to another time zone.

// event_type of GET /rest/connections/audit/weekly.
enum class AuditEventType { ProductCreated, ProductUpdated, ProductRead };
// error_type of GET /rest/connections/audit/error-count-per-connection.
enum class AuditErrorType { Business, Technical };

namespace AuditTypes {
QString toApi(AuditEventType type); // "product_created", "product_updated", "product_read"
QString toApi(AuditErrorType type); // "business", "technical"
std::optional<AuditEventType> eventFromApi(const QString &name);
std::optional<AuditErrorType> errorFromApi(const QString &name);
QList<AuditEventType> allEvents();
} // namespace AuditTypes

struct AuditDay
{
    QDate date;
    qint64 count = 0;

    bool operator==(const AuditDay &) const = default;
};

// One member of a weekly answer: "<all>" (every counted connection together) or a connection.
struct AuditSeries
{
    // The key of the sum of every counted connection (§10, rule 2).
    static QString allCode() { return QStringLiteral("<all>"); }

    QString code;
    // The day before the week (the first of "daily"'s 8 dates, or "previous_week"): the chart
    // starts its first segment there. Not part of `total` (§10, rule 3).
    QList<AuditDay> previous;
    // The 7 days that end with end_date, oldest first.
    QList<AuditDay> week;
    // weekly_total or current_week_total as the PIM gave it (the sum of `week` when missing).
    qint64 total = 0;

    bool isAll() const { return code == allCode(); }
    QList<AuditDay> days() const { return previous + week; }
    // The count of the last day (the chart's "Today"), 0 when there is no day.
    qint64 lastDay() const { return week.isEmpty() ? 0 : week.constLast().count; }

    bool operator==(const AuditSeries &) const = default;
};

// GET /rest/connections/audit/weekly (Shape::Events: {"daily":{8 dates},"weekly_total":n}) or
// GET /rest/connections/audit/weekly-error (Shape::Errors: {"previous_week":{1 date},
// "current_week":{7 dates},"current_week_total":n}), both keyed by "<all>" then by connection.
struct WeeklyAudit
{
    enum class Shape { Events, Errors };

    Shape shape = Shape::Events;
    // In the PIM's order: "<all>" first, then the connections in an order that is not promised.
    QList<AuditSeries> series;

    const AuditSeries *all() const { return find(AuditSeries::allCode()); }
    const AuditSeries *find(const QString &code) const;
    QStringList connectionCodes() const; // without "<all>"

    // Unknown keys are ignored; "<all>" is required, counts must be whole numbers from 0, days
    // "YYYY-MM-DD"; a missing total is computed from the week.
    static std::optional<WeeklyAudit> fromJson(Shape shape, const QByteArray &body, QString *error);
    // fromJson(Shape::Events, ...) and fromJson(Shape::Errors, ...), for the jobs' readers.
    static std::optional<WeeklyAudit> eventsFromJson(const QByteArray &body, QString *error)
    {
        return fromJson(Shape::Events, body, error);
    }
    static std::optional<WeeklyAudit> errorsFromJson(const QByteArray &body, QString *error)
    {
        return fromJson(Shape::Errors, body, error);
    }
    static std::optional<WeeklyAudit> fromParsed(Shape shape, const SymfonyJson &root,
                                                 QString *error);
    // The PIM's shape, byte for byte for an answer read by fromJson (unknown keys left out).
    SymfonyJson toSymfonyJson() const;

    bool operator==(const WeeklyAudit &) const = default;
};

// GET /rest/connections/audit/error-count-per-connection: {"bynder":15,"sap":40}, the errors of
// the last 7 days per connection (no "<all>"); PHP's empty map [] when none is counted.
struct ErrorCounts
{
    QList<std::pair<QString, qint64>> counts; // in the PIM's order

    qint64 countOf(const QString &code) const;
    qint64 total() const;

    static std::optional<ErrorCounts> fromJson(const QByteArray &body, QString *error);
    static std::optional<ErrorCounts> fromParsed(const SymfonyJson &root, QString *error);
    SymfonyJson toSymfonyJson() const;

    bool operator==(const ErrorCounts &) const = default;
};

// Everything the Data flows dashboard shows, fetched in one round trip (DataFlowsJob).
struct DataFlows
{
    WeeklyAudit productCreated;
    WeeklyAudit productUpdated;
    WeeklyAudit productRead;
    WeeklyAudit errors{WeeklyAudit::Shape::Errors, {}};
    ErrorCounts businessErrors; // error_type=business

    const WeeklyAudit &events(AuditEventType type) const;
    WeeklyAudit &events(AuditEventType type);

    bool operator==(const DataFlows &) const = default;
};

Q_DECLARE_METATYPE(WeeklyAudit)
Q_DECLARE_METATYPE(ErrorCounts)
Q_DECLARE_METATYPE(DataFlows)
