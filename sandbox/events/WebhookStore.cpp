#include "WebhookStore.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Columns = QStringLiteral("SELECT code, webhook_enabled, webhook_url, webhook_secret,"
                                       " webhook_is_using_uuid FROM connections");

WebhookStore::Webhook read(const QSqlQuery &query)
{
    WebhookStore::Webhook webhook;
    webhook.connectionCode = query.value(0).toString();
    webhook.enabled = query.value(1).toInt() != 0;
    if (!query.value(2).isNull())
        webhook.url = query.value(2).toString();
    if (!query.value(3).isNull())
        webhook.secret = query.value(3).toString();
    webhook.isUsingUuid = query.value(4).toInt() != 0;
    return webhook;
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

int countWhere(QSqlDatabase db, const QString &condition, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!Database::run(query, QStringLiteral("SELECT count(*) FROM connections WHERE ") + condition,
                       values, "count event subscriptions") ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace

WebhookStore::WebhookStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<WebhookStore::Webhook> WebhookStore::find(const QString &code) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query, Columns + QStringLiteral(" WHERE code = ?"), {code},
                       "read an event subscription") ||
        !query.next())
        return std::nullopt;
    return read(query);
}

bool WebhookStore::save(const Webhook &webhook)
{
    QSqlQuery query(m_db);
    return Database::run(
               query,
               QStringLiteral("UPDATE connections SET webhook_enabled = ?, webhook_url = ?,"
                              " webhook_secret = ?, webhook_is_using_uuid = ?"
                              " WHERE code = ?"),
               {webhook.enabled ? 1 : 0, nullable(webhook.url), nullable(webhook.secret),
                webhook.isUsingUuid ? 1 : 0, webhook.connectionCode},
               "save an event subscription") &&
           query.numRowsAffected() == 1;
}

bool WebhookStore::setSecret(const QString &code, const QString &secret)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("UPDATE connections SET webhook_secret = ? WHERE code = ?"),
                         {secret, code}, "store an event subscription secret") &&
           query.numRowsAffected() == 1;
}

int WebhookStore::countEnabled() const
{
    return countWhere(m_db, QStringLiteral("webhook_enabled = 1"), {});
}

int WebhookStore::countOthersEnabledWithUrl(const QString &code) const
{
    return countWhere(m_db,
                      QStringLiteral("webhook_enabled = 1 AND webhook_url IS NOT NULL"
                                     " AND code != ?"),
                      {code});
}

QList<WebhookStore::Webhook> WebhookStore::active() const
{
    QList<Webhook> out;
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       Columns + QStringLiteral(" WHERE webhook_enabled = 1 AND webhook_url IS NOT"
                                                " NULL AND webhook_secret IS NOT NULL"
                                                " ORDER BY created_at, id"),
                       {}, "list the active event subscriptions"))
        return out;
    while (query.next())
        out.append(read(query));
    return out;
}
