#include "EventDelivery.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "WebhookSender.h"
#include "controllers/ProductJson.h"
#include "store/Store.h"

#include <QDateTime>
#include <QUuid>

namespace {

struct Event
{
    QString action;
    QString id;
    QString dateTime;
    QString author;
    QString authorType;
};

SymfonyJson resource(const QString &action, const ProductStore::Product &product, bool uuid)
{
    SymfonyJson out = SymfonyJson::object();
    if (uuid)
        out.insert(QStringLiteral("uuid"), EventDelivery::productUuid(product));
    if (action == QLatin1String("product.removed")) {
        out.insert(QStringLiteral("identifier"), product.identifier);
        return out;
    }
    const SymfonyJson full = ProductJson::product(product);
    for (qsizetype i = 0; i < full.size(); ++i)
        out.insert(full.keyAt(i), full.at(i));
    return out;
}

// The event as §8.8 sends it.
SymfonyJson sent(const Event &event, const ProductStore::Product &product, bool uuid,
                 const QString &pimSource)
{
    return SymfonyJson::object(
        {{QStringLiteral("action"), event.action},
         {QStringLiteral("event_id"), event.id},
         {QStringLiteral("event_datetime"), event.dateTime},
         {QStringLiteral("author"), event.author},
         {QStringLiteral("author_type"), event.authorType},
         {QStringLiteral("pim_source"), pimSource},
         {QStringLiteral("data"), SymfonyJson::object({{QStringLiteral("resource"),
                                                        resource(event.action, product, uuid)}})}});
}

// The event as the logs show it (§8.7).
SymfonyJson logged(const Event &event, const ProductStore::Product &product, bool uuid)
{
    SymfonyJson out = SymfonyJson::object({{QStringLiteral("action"), event.action},
                                           {QStringLiteral("event_id"), event.id},
                                           {QStringLiteral("event_datetime"), event.dateTime},
                                           {QStringLiteral("author"), event.author},
                                           {QStringLiteral("author_type"), event.authorType}});
    if (uuid)
        out.insert(QStringLiteral("product_uuid"), EventDelivery::productUuid(product));
    out.insert(QStringLiteral("product_identifier"), product.identifier);
    return out;
}

} // namespace

EventDelivery::EventDelivery(Store &store, const Clock &clock, WebhookSender &sender, int timeoutMs,
                             QObject *parent)
    : QObject(parent)
    , m_webhooks(store.db())
    , m_logs(store.db())
    , m_store(store)
    , m_clock(clock)
    , m_sender(sender)
    , m_timeoutMs(timeoutMs)
{}

QString EventDelivery::productUuid(const ProductStore::Product &product)
{
    static const QUuid Namespace(QStringLiteral("{6b1e2d5a-3f0c-4c8e-9a77-0d4f1e2b3c5d}"));
    return QUuid::createUuidV5(Namespace, QStringLiteral("product:%1").arg(product.id))
        .toString(QUuid::WithoutBraces);
}

void EventDelivery::log(const QString &level, const QString &message, const QString &connectionCode,
                        const SymfonyJson &context)
{
    EventLog entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.timestamp = m_clock.nowSeconds();
    entry.level = level;
    entry.message = message;
    entry.connectionCode = connectionCode;
    entry.context = context;
    if (!m_logs.add(entry) || !m_logs.purge(entry.timestamp))
        qCWarning(lcSandbox, "could not write an event log of %s", qPrintable(connectionCode));
}

void EventDelivery::productChanged(const QString &action, const ProductStore::Product &product,
                                   qint64 authorUserId, const QString &pimSource)
{
    const QList<WebhookStore::Webhook> subscriptions = m_webhooks.active();
    if (subscriptions.isEmpty())
        return;
    const auto author = m_store.users().find(authorUserId);
    const auto authorsConnection = m_store.connections().findByUserId(authorUserId);
    Event event;
    event.action = action;
    event.dateTime = m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
                     QStringLiteral("+00:00");
    event.author = author ? author->username : QString();
    event.authorType = author && author->kind == UserStore::Kind::Api ? QStringLiteral("api")
                                                                      : QStringLiteral("ui");
    for (const WebhookStore::Webhook &webhook : subscriptions) {
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SymfonyJson short_ = logged(event, product, webhook.isUsingUuid);
        if (authorsConnection &&
            authorsConnection->code.compare(webhook.connectionCode, Qt::CaseInsensitive) == 0) {
            log(QStringLiteral("notice"), EventLog::sameConnectionMessage(), webhook.connectionCode,
                SymfonyJson::object({{QStringLiteral("event"), short_}}));
            continue;
        }
        const QByteArray body =
            SymfonyJson::object(
                {{QStringLiteral("events"),
                  SymfonyJson::array({sent(event, product, webhook.isUsingUuid, pimSource)})}})
                .toJson();
        const WebhookSender::Headers headers =
            WebhookSender::signedHeaders(*webhook.secret, m_clock.nowSeconds(), body);
        const QString code = webhook.connectionCode;
        const QString url = *webhook.url;
        m_sender.send(
            QUrl(url), headers, body, m_timeoutMs, this,
            [this, code, url, short_](const WebhookSender::Outcome &outcome) {
                const SymfonyJson events = SymfonyJson::array({short_});
                if (outcome.kind != WebhookSender::Outcome::Kind::Answered) {
                    log(QStringLiteral("error"), EventLog::timeoutMessage(m_timeoutMs), code,
                        SymfonyJson::object({{QStringLiteral("event_subscription_url"), url},
                                             {QStringLiteral("events"), events}}));
                    return;
                }
                const bool ok = outcome.status >= 200 && outcome.status < 300;
                log(ok ? QStringLiteral("info") : QStringLiteral("error"),
                    ok ? EventLog::sentMessage() : EventLog::endpointErrorMessage(), code,
                    SymfonyJson::object({{QStringLiteral("event_subscription_url"), url},
                                         {QStringLiteral("status_code"), outcome.status},
                                         {QStringLiteral("headers"),
                                          WebhookSender::headersJson(outcome.requestHeaders)},
                                         {QStringLiteral("events"), events}}));
            });
    }
}
