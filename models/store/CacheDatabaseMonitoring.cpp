// The monitoring part of CacheDatabase (docs/pim-api.md §9 to §11): the Data flows dashboard,
// the business errors and the connected Apps, each with the time it was fetched.
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

} // namespace

bool CacheDatabase::writeAuditReport(const QString &instanceId, const QString &report,
                                     const QList<AuditSeries> &series, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery insertSeries(db);
    insertSeries.prepare(QStringLiteral("INSERT INTO audit_series (instance_id, report, position, "
                                        "code, total) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertDay(db);
    insertDay.prepare(QStringLiteral("INSERT INTO audit_days (instance_id, report, code, day, "
                                     "count, before_week) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < series.size(); ++i) {
        const AuditSeries &s = series.at(i);
        insertSeries.bindValue(0, instanceId);
        insertSeries.bindValue(1, report);
        insertSeries.bindValue(2, i);
        insertSeries.bindValue(3, nonNull(s.code));
        insertSeries.bindValue(4, s.total);
        if (!exec(insertSeries, error))
            return false;
        for (const bool beforeWeek : {true, false}) {
            for (const AuditDay &day : beforeWeek ? s.previous : s.week) {
                insertDay.bindValue(0, instanceId);
                insertDay.bindValue(1, report);
                insertDay.bindValue(2, nonNull(s.code));
                insertDay.bindValue(3, PimTime::formatDay(day.date));
                insertDay.bindValue(4, day.count);
                insertDay.bindValue(5, beforeWeek ? 1 : 0);
                if (!exec(insertDay, error))
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
        QSqlQuery mark(QSqlDatabase::database(m_connectionName, false));
        mark.prepare(
            QStringLiteral("UPDATE instances SET data_flows_as_of = ? WHERE instance_id = ?"));
        mark.addBindValue(date(asOfOrNow(asOf)));
        mark.addBindValue(instanceId);
        return exec(mark, error);
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
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery list(db);
        list.prepare(QStringLiteral(
            "INSERT INTO business_error_lists (instance_id, code, as_of) VALUES (?, ?, ?)"));
        list.addBindValue(instanceId);
        list.addBindValue(code);
        list.addBindValue(date(asOfOrNow(asOf)));
        if (!exec(list, error))
            return false;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO business_errors (instance_id, code, position, "
                                      "date_time, message, item) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < qMin(int(errors.size()), MaxBusinessErrors); ++i) {
            const BusinessError &e = errors.at(i);
            insert.bindValue(0, instanceId);
            insert.bindValue(1, code);
            insert.bindValue(2, i);
            insert.bindValue(3, nonNull(PimTime::formatTimestamp(e.dateTime)));
            insert.bindValue(4, nonNull(e.message));
            insert.bindValue(5, QString::fromLatin1(e.toSymfonyJson().toJson()));
            if (!exec(insert, error))
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
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // The settings known for an App survive a new list, which has none.
        QHash<QString, QList<QVariant>> known;
        {
            QSqlQuery old(db);
            old.prepare(QStringLiteral("SELECT code, flow_type, auditable, settings_as_of FROM "
                                       "connected_apps WHERE instance_id = ?"));
            old.addBindValue(instanceId);
            if (!exec(old, error))
                return false;
            while (old.next())
                known.insert(old.value(0).toString(), {old.value(1), old.value(2), old.value(3)});
        }
        if (!deleteRows({QStringLiteral("connected_apps")}, instanceId, QString(), error))
            return false;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO connected_apps (instance_id, code, position, id, name, scopes, logo, "
            "author, user_group_name, connection_username, categories, certified, partner, "
            "is_custom_app, is_pending, has_outdated_scopes, flow_type, auditable, "
            "settings_as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < apps.size(); ++i) {
            const ConnectedApp &app = apps.at(i);
            const QList<QVariant> settings =
                known.value(app.connectionCode, {nullText(), nullInteger(), nullText()});
            const QList<QVariant> values = {instanceId,
                                            nonNull(app.connectionCode),
                                            i,
                                            nonNull(app.id),
                                            nonNull(app.name),
                                            jsonStrings(app.scopes),
                                            optionalText(app.logo),
                                            optionalText(app.author),
                                            optionalText(app.userGroupName),
                                            nonNull(app.connectionUsername),
                                            jsonStrings(app.categories),
                                            app.certified ? 1 : 0,
                                            optionalText(app.partner),
                                            app.isCustomApp ? 1 : 0,
                                            app.isPending ? 1 : 0,
                                            app.hasOutdatedScopes ? 1 : 0,
                                            settings.at(0),
                                            settings.at(1),
                                            settings.at(2)};
            for (int column = 0; column < values.size(); ++column)
                insert.bindValue(column, values.at(column));
            if (!exec(insert, error))
                return false;
        }
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE instances SET apps_as_of = ? WHERE instance_id = ?"));
        mark.addBindValue(date(asOfOrNow(asOf)));
        mark.addBindValue(instanceId);
        return exec(mark, error);
    });
}

CacheStatus CacheDatabase::storeAppMonitoringSettings(const QString &instanceId,
                                                      const QString &code,
                                                      const AppMonitoringSettings &settings,
                                                      const QDateTime &asOf)
{
    return write(tr("settings of %1").arg(code), instanceId, [&](QString *error) {
        QSqlQuery update(QSqlDatabase::database(m_connectionName, false));
        update.prepare(QStringLiteral("UPDATE connected_apps SET flow_type = ?, auditable = ?, "
                                      "settings_as_of = ? WHERE instance_id = ? AND code = ?"));
        update.addBindValue(FlowTypes::toApi(settings.flowType));
        update.addBindValue(settings.auditable ? 1 : 0);
        update.addBindValue(date(asOfOrNow(asOf)));
        update.addBindValue(instanceId);
        update.addBindValue(code);
        if (!exec(update, error))
            return false;
        if (update.numRowsAffected() == 0) {
            *error = tr("the App %1 is not in the offline copy").arg(code);
            return false;
        }
        return true;
    });
}

CacheStatus CacheDatabase::removeApp(const QString &instanceId, const QString &code)
{
    return write(tr("removal of %1").arg(code), instanceId, [&](QString *error) {
        return deleteRows({QStringLiteral("connected_apps"), QStringLiteral("business_errors"),
                           QStringLiteral("business_error_lists")},
                          instanceId, nonNull(code), error);
    });
}

CacheValue<Dated<DataFlows>> CacheDatabase::loadDataFlows(const QString &instanceId)
{
    CacheValue<Dated<DataFlows>> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    Dated<DataFlows> &dated = result.value;
    const QString error = readTransaction(m_connectionName, [&](const QSqlDatabase &db,
                                                                QString *error) {
        QSqlQuery instance(db);
        instance.prepare(
            QStringLiteral("SELECT data_flows_as_of FROM instances WHERE instance_id = ?"));
        instance.addBindValue(instanceId);
        if (!run(instance, error))
            return false;
        if (!instance.next() || instance.value(0).isNull())
            return true; // never stored
        dated.asOf = toDate(instance.value(0));
        DataFlows &flows = dated.value;
        const auto reports = weeklyReports(flows);
        auto reportNamed = [&reports](const QString &name) -> WeeklyAudit * {
            for (const auto &[report, audit] : reports) {
                if (report == name)
                    return audit;
            }
            return nullptr;
        };

        QSqlQuery series(db);
        series.prepare(QStringLiteral("SELECT report, code, total FROM audit_series WHERE "
                                      "instance_id = ? ORDER BY report, position"));
        series.addBindValue(instanceId);
        if (!run(series, error))
            return false;
        while (series.next()) {
            const QString report = series.value(0).toString();
            const QString code = series.value(1).toString();
            const qint64 total = series.value(2).toLongLong();
            if (report == BusinessErrorCountReport)
                flows.businessErrors.counts.append({code, total});
            else if (WeeklyAudit *audit = reportNamed(report))
                audit->series.append(AuditSeries{code, {}, {}, total});
        }

        QSqlQuery days(db);
        days.prepare(QStringLiteral("SELECT report, code, day, count, before_week FROM audit_days "
                                    "WHERE instance_id = ? ORDER BY report, code, day"));
        days.addBindValue(instanceId);
        if (!run(days, error))
            return false;
        while (days.next()) {
            WeeklyAudit *audit = reportNamed(days.value(0).toString());
            const QString code = days.value(1).toString();
            AuditSeries *owner = nullptr;
            for (qsizetype i = 0; audit && !owner && i < audit->series.size(); ++i) {
                if (audit->series.at(i).code == code)
                    owner = &audit->series[i];
            }
            if (!owner)
                continue; // a day without its series: nothing to draw it in
            const AuditDay day{PimTime::parseDay(days.value(2).toString()),
                               days.value(3).toLongLong()};
            (days.value(4).toInt() != 0 ? owner->previous : owner->week).append(day);
        }
        return true;
    });
    if (!error.isEmpty()) {
        qCWarning(lcCache) << "loading the Data flows of" << instanceId << "failed:" << error;
        result.value = {};
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    }
    return result;
}

CacheValue<Dated<QList<BusinessError>>> CacheDatabase::loadBusinessErrors(const QString &instanceId,
                                                                          const QString &code)
{
    CacheValue<Dated<QList<BusinessError>>> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    Dated<QList<BusinessError>> &dated = result.value;
    const QString error = readTransaction(m_connectionName, [&](const QSqlDatabase &db,
                                                                QString *error) {
        QSqlQuery list(db);
        list.prepare(QStringLiteral(
            "SELECT as_of FROM business_error_lists WHERE instance_id = ? AND code = ?"));
        list.addBindValue(instanceId);
        list.addBindValue(code);
        if (!run(list, error))
            return false;
        if (!list.next())
            return true; // never stored
        dated.asOf = toDate(list.value(0));
        QSqlQuery rows(db);
        rows.prepare(QStringLiteral("SELECT item FROM business_errors WHERE instance_id = ? AND "
                                    "code = ? ORDER BY position"));
        rows.addBindValue(instanceId);
        rows.addBindValue(code);
        if (!run(rows, error))
            return false;
        while (rows.next()) {
            QString why;
            const auto item = SymfonyJson::parse(rows.value(0).toString().toUtf8(), &why);
            const auto parsed = item ? BusinessError::fromJson(*item, &why) : std::nullopt;
            if (parsed)
                dated.value.append(*parsed);
            else // only a hand-edited file gets here: show the others
                qCWarning(lcCache)
                    << "a stored business error of" << code << "is unreadable:" << why;
        }
        return true;
    });
    if (!error.isEmpty()) {
        result.value = {};
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    }
    return result;
}

CacheValue<Dated<QList<CachedApp>>> CacheDatabase::loadConnectedApps(const QString &instanceId)
{
    CacheValue<Dated<QList<CachedApp>>> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    Dated<QList<CachedApp>> &dated = result.value;
    const QString error = readTransaction(m_connectionName, [&](const QSqlDatabase &db,
                                                                QString *error) {
        QSqlQuery instance(db);
        instance.prepare(QStringLiteral("SELECT apps_as_of FROM instances WHERE instance_id = ?"));
        instance.addBindValue(instanceId);
        if (!run(instance, error))
            return false;
        if (!instance.next() || instance.value(0).isNull())
            return true; // never stored
        dated.asOf = toDate(instance.value(0));
        QSqlQuery rows(db);
        rows.prepare(QStringLiteral(
            "SELECT code, id, name, scopes, logo, author, user_group_name, connection_username, "
            "categories, certified, partner, is_custom_app, is_pending, has_outdated_scopes, "
            "flow_type, auditable, settings_as_of FROM connected_apps WHERE instance_id = ? "
            "ORDER BY position"));
        rows.addBindValue(instanceId);
        if (!run(rows, error))
            return false;
        while (rows.next()) {
            CachedApp cached;
            ConnectedApp &app = cached.app;
            app.connectionCode = rows.value(0).toString();
            app.id = rows.value(1).toString();
            app.name = rows.value(2).toString();
            app.scopes = stringsFromJson(rows.value(3).toString());
            app.logo = toOptionalText(rows.value(4));
            app.author = toOptionalText(rows.value(5));
            app.userGroupName = toOptionalText(rows.value(6));
            app.connectionUsername = rows.value(7).toString();
            app.categories = stringsFromJson(rows.value(8).toString());
            app.certified = rows.value(9).toInt() != 0;
            app.partner = toOptionalText(rows.value(10));
            app.isCustomApp = rows.value(11).toInt() != 0;
            app.isPending = rows.value(12).toInt() != 0;
            app.hasOutdatedScopes = rows.value(13).toInt() != 0;
            const auto flowType = FlowTypes::fromApi(rows.value(14).toString());
            if (flowType && !rows.value(15).isNull()) {
                cached.settings = AppMonitoringSettings{*flowType, rows.value(15).toInt() != 0};
                cached.settingsAsOf = toDate(rows.value(16));
            }
            dated.value.append(cached);
        }
        return true;
    });
    if (!error.isEmpty()) {
        result.value = {};
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    }
    return result;
}
