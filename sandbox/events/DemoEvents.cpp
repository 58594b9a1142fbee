#include "DemoEvents.h"

#include "Clock.h"
#include "EventDelivery.h"
#include "EventLogStore.h"
#include "WebhookSender.h"
#include "WebhookStore.h"
#include "domain/CredentialFormat.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

namespace {

struct DemoLog
{
    int minutesAgo;
    const char *level;
    const char *action; // empty: no event (the hourly limit)
    const char *product;
    int status; // 0: not sent, or no answer
};

// Newest last; each a few minutes to hours before now.
const DemoLog Logs[] = {
    {1380, "info", "product.created", "1111111171", 200},
    {1200, "info", "product.updated", "1111111172", 200},
    {960, "notice", "product.updated", "1111111173", 0},
    {840, "error", "product.updated", "1111111171", 500},
    {600, "warning", "", "", 0},
    {420, "error", "product.updated", "1111111172", 0},
    {300, "notice", "product.removed", "1111111179", 0},
    {180, "info", "product.updated", "1111111173", 200},
    {60, "info", "product.updated", "1111111171", 200},
};

const QUuid IdNamespace(QStringLiteral("{0e7c4f6a-52b1-4d0e-8c3a-61f2b9a4d7e3}"));

} // namespace

DemoEvents::DemoEvents(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

bool DemoEvents::write(const QString &subscriber, const QString &author)
{
    WebhookStore webhooks(m_store.db());
    EventLogStore logs(m_store.db());
    const auto connection = m_store.connections().findByCode(author);
    const auto user = connection ? m_store.users().find(connection->userId) : std::nullopt;
    if (!user)
        return false;
    const QString url = QString::fromLatin1(Url);
    // A secret known from run to run, so that the demo's logs are the same every time.
    const QString secret = CredentialFormat::tokenFromBytes(QCryptographicHash::hash(
        "pim-sandbox demo event subscription", QCryptographicHash::Sha256));
    Transaction transaction(m_store.db());
    if (!webhooks.save({subscriber, true, url, secret, false}))
        return false;
    const qint64 now = m_clock.nowSeconds();
    int index = 0;
    for (const DemoLog &demo : Logs) {
        EventLog log;
        log.id = QUuid::createUuidV5(IdNamespace, QString::number(index++))
                     .toString(QUuid::WithoutBraces);
        log.timestamp = now - demo.minutesAgo * 60;
        log.level = QString::fromLatin1(demo.level);
        log.connectionCode = subscriber;
        const QString when = QDateTime::fromSecsSinceEpoch(log.timestamp - 1, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss+00:00"));
        const SymfonyJson event = SymfonyJson::object(
            {{QStringLiteral("action"), demo.action},
             {QStringLiteral("event_id"),
              QUuid::createUuidV5(IdNamespace, QStringLiteral("event %1").arg(index))
                  .toString(QUuid::WithoutBraces)},
             {QStringLiteral("event_datetime"), when},
             {QStringLiteral("author"), user->username},
             {QStringLiteral("author_type"), "api"},
             {QStringLiteral("product_identifier"), demo.product}});
        const QByteArray body = "{\"events\":[" + event.toJson() + "]}";
        if (log.level == QLatin1String("warning")) {
            log.connectionCode.reset();
            log.message = EventLog::rateLimitMessage();
            log.context = SymfonyJson::array();
        } else if (log.level == QLatin1String("notice")) {
            log.message = demo.action == QByteArray("product.removed")
                              ? EventLog::notFoundOrForbiddenMessage()
                              : EventLog::sameConnectionMessage();
            log.context = SymfonyJson::object({{QStringLiteral("event"), event}});
        } else if (demo.status == 0) {
            log.message = EventLog::timeoutMessage(EventDelivery::DefaultTimeoutMs);
            log.context =
                SymfonyJson::object({{QStringLiteral("event_subscription_url"), url},
                                     {QStringLiteral("events"), SymfonyJson::array({event})}});
        } else {
            log.message =
                demo.status < 300 ? EventLog::sentMessage() : EventLog::endpointErrorMessage();
            const SymfonyJson headers = WebhookSender::headersJson(
                WebhookSender::signedHeaders(secret, log.timestamp, body));
            log.context =
                SymfonyJson::object({{QStringLiteral("event_subscription_url"), url},
                                     {QStringLiteral("status_code"), demo.status},
                                     {QStringLiteral("headers"), headers},
                                     {QStringLiteral("events"), SymfonyJson::array({event})}});
        }
        if (!logs.add(log))
            return false;
    }
    return transaction.commit();
}
