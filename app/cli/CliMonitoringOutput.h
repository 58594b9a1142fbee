#pragma once

#include "domain/AuditCounts.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"
#include "store/CachedMonitoring.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

// What the monitoring commands of pim-connections-cli print (docs/pim-api.md §9 to §11):
// readable, translated text where everything from the PIM goes through CliOutput::printable();
// CSV (data, RFC 4180); the PIM's own JSON is written by the domain types.
class CliMonitoringOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliMonitoringOutput)

public:
    // The counts of one event type, then the errors per day and the business errors per
    // source: one table each, a row per connection in the PIM's order ("<all>" first).
    static QString dashboard(const DataFlows &flows, AuditEventType eventType);

    // One block per error: local date and time and message, then product, family, locale,
    // channel when given; then how many there are (`total`: before the search).
    static QString errorsText(const QList<BusinessError> &errors, qsizetype total,
                              const QTimeZone &zone = QTimeZone::systemTimeZone());
    // A header row, then a row per error; CRLF line ends, fields quoted when they hold a comma,
    // a quote or a line end (RFC 4180). The date and time is ISO 8601 in `zone`, with offset.
    static QByteArray errorsCsv(const QList<BusinessError> &errors,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    // One CSV field, quoted when needed (RFC 4180).
    static QString csvField(const QString &text);

    static QString appsTable(const QList<CachedApp> &apps);
    // The App's fields, then its settings when known (`settingsNote` otherwise, when given).
    static QString appText(const ConnectedApp &app,
                           const std::optional<AppMonitoringSettings> &settings,
                           const QString &settingsNote = QString());
    static QString settingsText(const AppMonitoringSettings &settings);

    static QString eventTitle(AuditEventType type);

private:
    static QString dayTable(const WeeklyAudit &audit);
    // Pending, new authorization needed; with `withKind`, certified and custom first.
    static QString status(const ConnectedApp &app, bool withKind);
    static QString optional(const std::optional<QString> &value);
};
