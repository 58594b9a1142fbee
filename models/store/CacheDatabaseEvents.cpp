// The event subscription part of CacheDatabase (docs/pim-api.md §8): the subscription without
// its secret, and the last loaded page of event logs, each with the time it was fetched.
#include "store/CacheDatabaseRead.h"
#include "store/CacheDatabaseWrite.h"

#include "store/CacheSql.h"

using namespace CacheSql;

namespace {

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

} // namespace

CacheStatus CacheDatabase::storeEventSubscription(const QString &instanceId,
                                                  const EventSubscriptionForm &form,
                                                  const QDateTime &asOf)
{
    const EventSubscription &s = form.subscription;
    return write(
        tr("event subscription of %1").arg(s.connectionCode), instanceId, [&](QString *error) {
            if (s.connectionCode.isEmpty()) {
                *error = tr("a connection without code");
                return false;
            }
            // The secret itself is never bound: only whether there is one.
            return deleteRows({QStringLiteral("event_subscriptions")}, instanceId, s.connectionCode,
                              error) &&
                   execSql(QStringLiteral("INSERT INTO event_subscriptions (instance_id, "
                                          "code, enabled, url, uses_uuid, has_secret, "
                                          "active_limit, active_current, as_of) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {instanceId, s.connectionCode, s.enabled ? 1 : 0, text(s.url),
                            optionalBool(s.usesUuid), s.hasSecret() ? 1 : 0, form.activeLimit.limit,
                            form.activeLimit.current, date(asOfOrNow(asOf))},
                           error);
        });
}

CacheValue<Dated<EventSubscriptionForm>>
CacheDatabase::loadEventSubscription(const QString &instanceId, const QString &code)
{
    return read<Dated<EventSubscriptionForm>>(
        "event subscription",
        [&](const QSqlDatabase &db, Dated<EventSubscriptionForm> *dated, QString *error) {
            return forEachRow(
                db,
                QStringLiteral("SELECT enabled, url, uses_uuid, has_secret, active_limit, "
                               "active_current, as_of FROM event_subscriptions WHERE "
                               "instance_id = ? AND code = ?"),
                {instanceId, code}, error, [&](const QSqlQuery &row) {
                    EventSubscription &s = dated->value.subscription;
                    s.connectionCode = code;
                    s.enabled = row.value(0).toInt() != 0;
                    s.url = toOptionalText(row.value(1));
                    if (!row.value(2).isNull())
                        s.usesUuid = row.value(2).toInt() != 0;
                    if (row.value(3).toInt() != 0)
                        s.secret = QString(); // the PIM has one; the keychain may keep it
                    dated->value.activeLimit = {row.value(4).toInt(), row.value(5).toInt()};
                    dated->asOf = toDate(row.value(6));
                });
        });
}

CacheStatus CacheDatabase::storeEventLogs(const QString &instanceId, const QString &code,
                                          const EventLogPage &page, const QDateTime &asOf)
{
    return write(tr("event logs of %1").arg(code), instanceId, [&](QString *error) {
        if (code.isEmpty()) {
            *error = tr("a connection without code");
            return false;
        }
        if (!deleteRows({QStringLiteral("event_log_pages"), QStringLiteral("event_logs")},
                        instanceId, code, error) ||
            !execSql(QStringLiteral("INSERT INTO event_log_pages (instance_id, code, total, "
                                    "as_of) VALUES (?, ?, ?, ?)"),
                     {instanceId, code, page.total, date(asOfOrNow(asOf))}, error))
            return false;
        for (int i = 0; i < page.results.size(); ++i) {
            if (!execSql(QStringLiteral("INSERT INTO event_logs (instance_id, code, position, "
                                        "item) VALUES (?, ?, ?, ?)"),
                         {instanceId, code, i,
                          QString::fromLatin1(page.results.at(i).toSymfonyJson().toJson())},
                         error))
                return false;
        }
        return true;
    });
}

CacheValue<Dated<EventLogPage>> CacheDatabase::loadEventLogs(const QString &instanceId,
                                                             const QString &code)
{
    return read<Dated<EventLogPage>>(
        "event logs", [&](const QSqlDatabase &db, Dated<EventLogPage> *dated, QString *error) {
            const QVariantList key{instanceId, code};
            if (!forEachRow(db,
                            QStringLiteral("SELECT total, as_of FROM event_log_pages WHERE "
                                           "instance_id = ? AND code = ?"),
                            key, error, [&](const QSqlQuery &row) {
                                dated->value.total = row.value(0).toLongLong();
                                dated->asOf = toDate(row.value(1));
                            }))
                return false;
            if (!dated->asOf.isValid())
                return true; // never stored
            return forEachRow(
                db,
                QStringLiteral("SELECT item FROM event_logs WHERE instance_id = ? AND code = ? "
                               "ORDER BY position"),
                key, error, [&](const QSqlQuery &row) {
                    QString why;
                    const auto item = SymfonyJson::parse(row.value(0).toString().toUtf8(), &why);
                    const auto entry = item ? EventLogEntry::fromJson(*item, &why) : std::nullopt;
                    if (entry)
                        dated->value.results.append(*entry);
                    else // only a hand-edited file gets here: show the others
                        qCWarning(lcCache)
                            << "a stored event log of" << code << "is unreadable:" << why;
                });
        });
}
