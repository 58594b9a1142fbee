#include "CliMonitoringOutput.h"

#include "CliOutput.h"
#include "domain/FlowType.h"

#include <algorithm>

namespace {

QString safe(const QString &text)
{
    return CliOutput::printable(text);
}

} // namespace

QString CliMonitoringOutput::eventTitle(AuditEventType type)
{
    switch (type) {
    case AuditEventType::ProductCreated:
        return tr("Products created");
    case AuditEventType::ProductUpdated:
        return tr("Products updated");
    case AuditEventType::ProductRead:
        return tr("Products sent");
    }
    return {};
}

QString CliMonitoringOutput::dayTable(const WeeklyAudit &audit)
{
    const AuditSeries *all = audit.all();
    const QList<AuditDay> days = all ? all->days() : QList<AuditDay>();
    QStringList header{tr("CONNECTION")};
    for (const AuditDay &day : days)
        header.append(day.date.toString(QStringLiteral("MM-dd")));
    header.append(tr("TOTAL"));
    QList<QStringList> rows{header};
    for (const AuditSeries &series : audit.series) {
        QStringList row{safe(series.code)};
        const QList<AuditDay> own = series.days();
        for (const AuditDay &day : days) {
            const auto found = std::find_if(
                own.begin(), own.end(), [&day](const AuditDay &d) { return d.date == day.date; });
            row.append(QString::number(found == own.end() ? 0 : found->count));
        }
        row.append(QString::number(series.total));
        rows.append(row);
    }
    return CliOutput::table(rows, 1);
}

QString CliMonitoringOutput::dashboard(const DataFlows &flows, AuditEventType eventType)
{
    const WeeklyAudit &events = flows.events(eventType);
    const AuditSeries *all = events.all();
    QString out;
    if (all && !all->days().isEmpty()) {
        //: %1 is "Products created", "Products updated" or "Products sent"; %2 and %3 are days
        out += tr("%1 per day, %2 to %3\n(the first day is the day before the week; TOTAL "
                  "counts the last 7 days)\n")
                   .arg(eventTitle(eventType), all->days().constFirst().date.toString(Qt::ISODate),
                        all->days().constLast().date.toString(Qt::ISODate));
    } else {
        out += eventTitle(eventType) + u'\n';
    }
    out += dayTable(events);
    out += u'\n' + tr("Errors per day on the data sources (business and technical errors)\n");
    out += dayTable(flows.errors);
    out += u'\n' + tr("Business errors over the last 7 days, per data source\n");
    if (flows.businessErrors.counts.isEmpty()) {
        out += tr("No data source is tracked.\n");
    } else {
        QList<QStringList> rows{{tr("CONNECTION"), tr("ERRORS")}};
        for (const auto &[code, count] : flows.businessErrors.counts)
            rows.append({safe(code), QString::number(count)});
        out += CliOutput::table(rows, 1);
    }
    return out;
}

QString CliMonitoringOutput::errorsText(const QList<BusinessError> &errors, qsizetype total,
                                        const QTimeZone &zone)
{
    QString out;
    for (const BusinessError &error : errors) {
        out += error.localDateTime(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
               QStringLiteral("  ") + safe(error.message) + u'\n';
        QStringList details;
        if (error.product) {
            const ErrorProduct &product = *error.product;
            if (!product.label.isEmpty() || !product.identifier.isEmpty())
                details.append(
                    tr("Product: %1 (ID: %2)").arg(safe(product.label), safe(product.identifier)));
            if (!product.family.isEmpty())
                details.append(tr("Family: %1").arg(safe(product.family)));
        }
        if (!error.locale.isEmpty())
            details.append(tr("Locale: %1").arg(safe(error.locale)));
        if (!error.scope.isEmpty())
            details.append(tr("Channel: %1").arg(safe(error.scope)));
        if (!details.isEmpty())
            out += QStringLiteral("  ") + details.join(QStringLiteral("; ")) + u'\n';
    }
    if (total == 0)
        out += tr("No error found.\n");
    else if (errors.size() == total)
        out += tr("Errors: %1\n").arg(total);
    else
        out += tr("Errors that match the search: %1 of %2\n").arg(errors.size()).arg(total);
    return out;
}

QString CliMonitoringOutput::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

QByteArray CliMonitoringOutput::errorsCsv(const QList<BusinessError> &errors, const QTimeZone &zone)
{
    // Column names, not prose: the same in every language, for scripts.
    QByteArray out = "date_time,message,product,product_id,family,locale,channel\r\n";
    for (const BusinessError &error : errors) {
        const ErrorProduct product = error.product.value_or(ErrorProduct());
        const QStringList fields{error.localDateTime(zone).toString(Qt::ISODate),
                                 error.message,
                                 product.label,
                                 product.identifier,
                                 product.family,
                                 error.locale,
                                 error.scope};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QString CliMonitoringOutput::status(const ConnectedApp &app, bool withKind)
{
    QStringList notes;
    if (withKind && app.certified)
        notes.append(tr("certified"));
    if (withKind && app.isCustomApp)
        notes.append(tr("custom App"));
    if (app.isPending)
        notes.append(tr("pending"));
    if (app.hasOutdatedScopes)
        notes.append(tr("new access authorization required"));
    return notes.join(QStringLiteral(", "));
}

QString CliMonitoringOutput::optional(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? safe(*value) : tr("none");
}

QString CliMonitoringOutput::appsTable(const QList<CachedApp> &apps)
{
    if (apps.isEmpty())
        return tr("No apps connected yet.\n");
    QList<QStringList> rows{{tr("CODE"), tr("NAME"), tr("AUTHOR"), tr("STATUS")}};
    for (const CachedApp &item : apps) {
        const ConnectedApp &app = item.app;
        rows.append(
            {safe(app.connectionCode), safe(app.name), optional(app.author), status(app, true)});
    }
    return CliOutput::table(rows);
}

QString CliMonitoringOutput::appText(const ConnectedApp &app,
                                     const std::optional<AppMonitoringSettings> &settings,
                                     const QString &settingsNote)
{
    auto list = [](const QStringList &items) {
        QStringList shown;
        for (const QString &item : items)
            shown.append(safe(item));
        return shown.isEmpty() ? tr("none") : shown.join(QStringLiteral(", "));
    };
    QList<QPair<QString, QString>> lines{
        {tr("Code"), safe(app.connectionCode)},
        {tr("Name"), safe(app.name)},
        {tr("ID"), safe(app.id)},
        {tr("Author"), optional(app.author)},
        {tr("Partner"), optional(app.partner)},
        {tr("Username"), safe(app.connectionUsername)},
        {tr("User group"), optional(app.userGroupName)},
        {tr("Categories"), list(app.categories)},
        {tr("Scopes"), list(app.scopes)},
        {tr("Logo"), optional(app.logo)},
        {tr("Certified"), CliOutput::yesNo(app.certified)},
        {tr("Custom App"), CliOutput::yesNo(app.isCustomApp)},
    };
    if (const QString notes = status(app, false); !notes.isEmpty())
        lines.append({tr("Status"), notes});
    if (settings) {
        lines.append({tr("Flow type"), FlowTypes::displayName(settings->flowType)});
        lines.append({tr("Tracked"), CliOutput::yesNo(settings->auditable)});
    } else if (!settingsNote.isEmpty()) {
        lines.append({tr("Monitoring settings"), settingsNote});
    }
    return CliOutput::fields(lines);
}

QString CliMonitoringOutput::settingsText(const AppMonitoringSettings &settings)
{
    return CliOutput::fields({{tr("Flow type"), FlowTypes::displayName(settings.flowType)},
                              {tr("Tracked"), CliOutput::yesNo(settings.auditable)}});
}
