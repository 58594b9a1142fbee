// The monitoring part of CacheDatabase (docs/pim-api.md §9 to §11): the Data flows dashboard,
// the business errors and the connected Apps, each with the time it was fetched.
#include "store/CacheDatabaseRead.h"
#include "store/CacheDatabaseWrite.h"

#include "domain/PimTime.h"
#include "store/CacheSql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace CacheSql;

namespace {

// audit_series.report for the two reports that are not an event type of /audit/weekly.
const QString WeeklyErrorReport = QStringLiteral("weekly_error");
const QString BusinessErrorCountReport = QStringLiteral("business_error_count");

QString jsonStrings(const QStringList &list)
{
    SymfonyJson array = SymfonyJson::array();
    for (const QString &item : list)
        array.append(item);
    return QString::fromLatin1(array.toJson()); // SymfonyJson writes ASCII only
}

QStringList stringsFromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &item : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(item.toString());
    return list;
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<int>());
}

QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(nonNull(*value)) : nullText();
}

// The weekly reports of a DataFlows, by their audit_series.report name.
template<typename Flows> auto weeklyReports(Flows &flows)
{
    QList<std::pair<QString, decltype(&flows.errors)>> reports;
    for (AuditEventType type : AuditTypes::allEvents())
        reports.append({AuditTypes::toApi(type), &flows.events(type)});
    reports.append({WeeklyErrorReport, &flows.errors});
    return reports;
}

// The "as of" time of a stored part (the one column `sql` selects); left invalid when the part
// was never stored.
bool readAsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
              QDateTime *asOf, QString *error)
{
    return forEachRow(db, sql, values, error,
                      [asOf](const QSqlQuery &row) { *asOf = toDate(row.value(0)); });
}

} // namespace

bool CacheDatabase::writeAuditReport(const QString &instanceId, const QString &report,
                                     const QList<AuditSeries> &series, QString *error)
{
    for (int i = 0; i < series.size(); ++i) {
        const AuditSeries &s = series.at(i);
        if (!execSql(QStringLiteral("INSERT INTO audit_series (instance_id, report, position, "
                                    "code, total) VALUES (?, ?, ?, ?, ?)"),
                     {instanceId, report, i, nonNull(s.code), s.total}, error))
            return false;
        for (const bool beforeWeek : {true, false}) {
            for (const AuditDay &day : beforeWeek ? s.previous : s.week) {
                if (!execSql(QStringLiteral("INSERT INTO audit_days (instance_id, report, code, "
                                            "day, count, before_week) VALUES (?, ?, ?, ?, ?, ?)"),
                             {instanceId, report, nonNull(s.code), PimTime::formatDay(day.date),
                              day.count, beforeWeek ? 1 : 0},
                             error))
                    return false;
            }
        }
    }
    return true;
}

CacheStatus CacheDatabase::storeDataFlows(const QString &instanceId, const DataFlows &flows,
                                          const QDateTime &asOf)
{
    return write(tr("Data flows"), instanceId, [&](QString *error) {
        if (!deleteRows({QStringLiteral("audit_series"), QStringLiteral("audit_days")}, instanceId,
                        QString(), error))
            return false;
        for (const auto &[report, audit] : weeklyReports(flows)) {
            if (!writeAuditReport(instanceId, report, audit->series, error))
                return false;
        }
        QList<AuditSeries> counts;
        for (const auto &[code, count] : flows.businessErrors.counts)
            counts.append(AuditSeries{code, {}, {}, count});
        if (!writeAuditReport(instanceId, BusinessErrorCountReport, counts, error))
            return false;
        return execSql(
            QStringLiteral("UPDATE instances SET data_flows_as_of = ? WHERE instance_id = ?"),
            {date(asOfOrNow(asOf)), instanceId}, error);
    });
}

CacheStatus CacheDatabase::storeBusinessErrors(const QString &instanceId, const QString &code,
                                               const QList<BusinessError> &errors,
                                               const QDateTime &asOf)
{
    return write(tr("errors of %1").arg(code), instanceId, [&](QString *error) {
        if (code.isEmpty()) {
            *error = tr("a connection without code");
            return false;
        }
        if (!deleteRows({QStringLiteral("business_errors"), QStringLiteral("business_error_lists")},
                        instanceId, code, error))
            return false;
        if (!execSql(QStringLiteral("INSERT INTO business_error_lists (instance_id, code, as_of) "
                                    "VALUES (?, ?, ?)"),
                     {instanceId, code, date(asOfOrNow(asOf))}, error))
            return false;
        for (int i = 0; i < qMin(int(errors.size()), MaxBusinessErrors); ++i) {
            const BusinessError &e = errors.at(i);
            if (!execSql(QStringLiteral("INSERT INTO business_errors (instance_id, code, "
                                        "position, date_time, message, item) VALUES "
                                        "(?, ?, ?, ?, ?, ?)"),
                         {instanceId, code, i, nonNull(PimTime::formatTimestamp(e.dateTime)),
                          nonNull(e.message), QString::fromLatin1(e.toSymfonyJson().toJson())},
                         error))
                return false;
        }
        return true;
    });
}

CacheStatus CacheDatabase::storeConnectedApps(const QString &instanceId,
                                              const QList<ConnectedApp> &apps,
                                              const QDateTime &asOf)
{
    return write(tr("connected Apps"), instanceId, [&](QString *error) {
        // The settings known for an App survive a new list, which has none.
        QHash<QString, QVariantList> known;
        if (!forEachRow(QSqlDatabase::database(m_connectionName, false),
                        QStringLiteral("SELECT code, flow_type, auditable, settings_as_of FROM "
                                       "connected_apps WHERE instance_id = ?"),
                        {instanceId}, error, [&known](const QSqlQuery &old) {
                            known.insert(old.value(0).toString(),
                                         {old.value(1), old.value(2), old.value(3)});
                        }))
            return false;
        QList<QVariantList> rows;
        for (int i = 0; i < apps.size(); ++i) {
            const ConnectedApp &app = apps.at(i);
            rows.append(
                QVariantList{
                    nonNull(app.connectionCode), i, nonNull(app.id), nonNull(app.name),
                    jsonStrings(app.scopes), optionalText(app.logo), optionalText(app.author),
                    optionalText(app.userGroupName), nonNull(app.connectionUsername),
                    jsonStrings(app.categories), app.certified ? 1 : 0, optionalText(app.partner),
                    app.isCustomApp ? 1 : 0, app.isPending ? 1 : 0, app.hasOutdatedScopes ? 1 : 0} +
                known.value(app.connectionCode, {nullText(), nullInteger(), nullText()}));
        }
        return replaceRows(instanceId, QStringLiteral("connected_apps"),
                           {QStringLiteral("code"), QStringLiteral("position"),
                            QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("scopes"),
                            QStringLiteral("logo"), QStringLiteral("author"),
                            QStringLiteral("user_group_name"),
                            QStringLiteral("connection_username"), QStringLiteral("categories"),
                            QStringLiteral("certified"), QStringLiteral("partner"),
                            QStringLiteral("is_custom_app"), QStringLiteral("is_pending"),
                            QStringLiteral("has_outdated_scopes"), QStringLiteral("flow_type"),
                            QStringLiteral("auditable"), QStringLiteral("settings_as_of")},
                           rows, error) &&
               dropUnusedAppLogos(instanceId, error) &&
               execSql(QStringLiteral("UPDATE instances SET apps_as_of = ? WHERE instance_id = ?"),
                       {date(asOfOrNow(asOf)), instanceId}, error);
    });
}

CacheStatus CacheDatabase::storeAppMonitoringSettings(const QString &instanceId,
                                                      const QString &code,
                                                      const AppMonitoringSettings &settings,
                                                      const QDateTime &asOf)
{
    return write(tr("settings of %1").arg(code), instanceId, [&](QString *error) {
        const QVariantList key{instanceId, code};
        bool stored = false;
        if (!forEachRow(QSqlDatabase::database(m_connectionName, false),
                        QStringLiteral("SELECT 1 FROM connected_apps WHERE instance_id = ? AND "
                                       "code = ?"),
                        key, error, [&stored](const QSqlQuery &) { stored = true; }))
            return false;
        if (!stored) {
            *error = tr("the App %1 is not in the offline copy").arg(code);
            return false;
        }
        return execSql(QStringLiteral("UPDATE connected_apps SET flow_type = ?, auditable = ?, "
                                      "settings_as_of = ? WHERE instance_id = ? AND code = ?"),
                       QVariantList{FlowTypes::toApi(settings.flowType), settings.auditable ? 1 : 0,
                                    date(asOfOrNow(asOf))} +
                           key,
                       error);
    });
}

CacheStatus CacheDatabase::removeApp(const QString &instanceId, const QString &code)
{
    return write(tr("removal of %1").arg(code), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connected_apps"), QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists")},
                          instanceId, nonNull(code), error) &&
               dropUnusedAppLogos(instanceId, error);
    });
}

CacheStatus CacheDatabase::storeAppLogo(const QString &instanceId, const QString &url,
                                        const QByteArray &bytes)
{
    return write(tr("logo at %1").arg(url), instanceId, [&](QString *error) {
        if (url.isEmpty() || bytes.isEmpty()) {
            *error = url.isEmpty() ? tr("a logo without address") : tr("an empty logo");
            return false;
        }
        // Only for an address a stored App has (its row goes with the last such App).
        return execSql(QStringLiteral("INSERT INTO app_logos (instance_id, url, bytes) "
                                      "SELECT DISTINCT instance_id, logo, ? FROM connected_apps "
                                      "WHERE instance_id = ? AND logo = ? "
                                      "ON CONFLICT (instance_id, url) "
                                      "DO UPDATE SET bytes = excluded.bytes"),
                       {bytes, instanceId, url}, error);
    });
}

CacheValue<QByteArray> CacheDatabase::loadAppLogo(const QString &instanceId, const QString &url)
{
    return read<QByteArray>(
        "an App's logo", [&](const QSqlDatabase &db, QByteArray *bytes, QString *error) {
            return forEachRow(
                db, QStringLiteral("SELECT bytes FROM app_logos WHERE instance_id = ? AND url = ?"),
                {instanceId, url}, error,
                [bytes](const QSqlQuery &row) { *bytes = row.value(0).toByteArray(); });
        });
}

bool CacheDatabase::dropUnusedAppLogos(const QString &instanceId, QString *error)
{
    return execSql(QStringLiteral("DELETE FROM app_logos WHERE instance_id = ? AND url NOT IN "
                                  "(SELECT logo FROM connected_apps WHERE instance_id = ? "
                                  "AND logo IS NOT NULL)"),
                   {instanceId, instanceId}, error);
}

CacheValue<Dated<DataFlows>> CacheDatabase::loadDataFlows(const QString &instanceId)
{
    return read<Dated<DataFlows>>("the Data flows", [&](const QSqlDatabase &db,
                                                        Dated<DataFlows> *dated, QString *error) {
        const QVariantList instance{instanceId};
        if (!readAsOf(db,
                      QStringLiteral("SELECT data_flows_as_of FROM instances WHERE "
                                     "instance_id = ? AND data_flows_as_of IS NOT NULL"),
                      instance, &dated->asOf, error))
            return false;
        if (!dated->asOf.isValid())
            return true; // never stored
        DataFlows &flows = dated->value;
        const auto reports = weeklyReports(flows);
        auto reportNamed = [&reports](const QString &name) -> WeeklyAudit * {
            for (const auto &[report, audit] : reports) {
                if (report == name)
                    return audit;
            }
            return nullptr;
        };
        return forEachRow(db,
                          QStringLiteral("SELECT report, code, total FROM audit_series WHERE "
                                         "instance_id = ? ORDER BY report, position"),
                          instance, error,
                          [&](const QSqlQuery &row) {
                              const QString report = row.value(0).toString();
                              const QString code = row.value(1).toString();
                              const qint64 total = row.value(2).toLongLong();
                              if (report == BusinessErrorCountReport)
                                  flows.businessErrors.counts.append({code, total});
                              else if (WeeklyAudit *audit = reportNamed(report))
                                  audit->series.append(AuditSeries{code, {}, {}, total});
                          }) &&
               forEachRow(
                   db,
                   QStringLiteral("SELECT report, code, day, count, before_week FROM audit_days "
                                  "WHERE instance_id = ? ORDER BY report, code, day"),
                   instance, error, [&](const QSqlQuery &row) {
                       WeeklyAudit *audit = reportNamed(row.value(0).toString());
                       const QString code = row.value(1).toString();
                       AuditSeries *owner = nullptr;
                       for (qsizetype i = 0; audit && !owner && i < audit->series.size(); ++i) {
                           if (audit->series.at(i).code == code)
                               owner = &audit->series[i];
                       }
                       if (!owner)
                           return; // a day without its series: nothing to draw it in
                       const AuditDay day{PimTime::parseDay(row.value(2).toString()),
                                          row.value(3).toLongLong()};
                       (row.value(4).toInt() != 0 ? owner->previous : owner->week).append(day);
                   });
    });
}

CacheValue<Dated<QList<BusinessError>>> CacheDatabase::loadBusinessErrors(const QString &instanceId,
                                                                          const QString &code)
{
    return read<Dated<QList<BusinessError>>>(
        "business errors",
        [&](const QSqlDatabase &db, Dated<QList<BusinessError>> *dated, QString *error) {
            const QVariantList key{instanceId, code};
            if (!readAsOf(db,
                          QStringLiteral("SELECT as_of FROM business_error_lists WHERE "
                                         "instance_id = ? AND code = ?"),
                          key, &dated->asOf, error))
                return false;
            if (!dated->asOf.isValid())
                return true; // never stored
            return forEachRow(
                db,
                QStringLiteral("SELECT item FROM business_errors WHERE instance_id = ? AND "
                               "code = ? ORDER BY position"),
                key, error, [&](const QSqlQuery &row) {
                    QString why;
                    const auto item = SymfonyJson::parse(row.value(0).toString().toUtf8(), &why);
                    const auto parsed = item ? BusinessError::fromJson(*item, &why) : std::nullopt;
                    if (parsed)
                        dated->value.append(*parsed);
                    else // only a hand-edited file gets here: show the others
                        qCWarning(lcCache)
                            << "a stored business error of" << code << "is unreadable:" << why;
                });
        });
}

CacheValue<Dated<QList<CachedApp>>> CacheDatabase::loadConnectedApps(const QString &instanceId)
{
    return read<Dated<QList<CachedApp>>>("connected Apps", [&](const QSqlDatabase &db,
                                                               Dated<QList<CachedApp>> *dated,
                                                               QString *error) {
        const QVariantList instance{instanceId};
        if (!readAsOf(db,
                      QStringLiteral("SELECT apps_as_of FROM instances WHERE "
                                     "instance_id = ? AND apps_as_of IS NOT NULL"),
                      instance, &dated->asOf, error))
            return false;
        if (!dated->asOf.isValid())
            return true; // never stored
        return forEachRow(
            db,
            QStringLiteral(
                "SELECT code, id, name, scopes, logo, author, user_group_name, "
                "connection_username, categories, certified, partner, is_custom_app, "
                "is_pending, has_outdated_scopes, flow_type, auditable, settings_as_of FROM "
                "connected_apps WHERE instance_id = ? ORDER BY position"),
            instance, error, [&](const QSqlQuery &row) {
                CachedApp cached;
                ConnectedApp &app = cached.app;
                app.connectionCode = row.value(0).toString();
                app.id = row.value(1).toString();
                app.name = row.value(2).toString();
                app.scopes = stringsFromJson(row.value(3).toString());
                app.logo = toOptionalText(row.value(4));
                app.author = toOptionalText(row.value(5));
                app.userGroupName = toOptionalText(row.value(6));
                app.connectionUsername = row.value(7).toString();
                app.categories = stringsFromJson(row.value(8).toString());
                app.certified = row.value(9).toInt() != 0;
                app.partner = toOptionalText(row.value(10));
                app.isCustomApp = row.value(11).toInt() != 0;
                app.isPending = row.value(12).toInt() != 0;
                app.hasOutdatedScopes = row.value(13).toInt() != 0;
                const auto flowType = FlowTypes::fromApi(row.value(14).toString());
                if (flowType && !row.value(15).isNull()) {
                    cached.settings = AppMonitoringSettings{*flowType, row.value(15).toInt() != 0};
                    cached.settingsAsOf = toDate(row.value(16));
                }
                dated->value.append(cached);
            });
    });
}
