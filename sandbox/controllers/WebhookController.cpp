#include "WebhookController.h"

#include "BackOfficeRoute.h"
#include "Clock.h"
#include "domain/CredentialFormat.h"
#include "domain/SymfonyJson.h"
#include "events/WebhookSender.h"
#include "events/WebhookUrl.h"
#include "http/DeferredResponse.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"
#include "store/Store.h"

namespace {

using Outcome = WebhookSender::Outcome;

QJsonObject bodyObject(const HttpRequest &request)
{
    const auto value = JsonBody::parse(request.body);
    return value && value->isObject() ? value->toObject() : QJsonObject();
}

// §8.5's answer.
HttpResponse reachability(bool success, const QString &message)
{
    return HttpResponse::json(200, SymfonyJson::object({{QStringLiteral("success"), success},
                                                        {QStringLiteral("message"), message}}));
}

HttpResponse reachabilityOf(const Outcome &outcome)
{
    switch (outcome.kind) {
    case Outcome::Kind::NotAllowed:
        return reachability(false, WebhookUrl::notAllowedKey());
    case Outcome::Kind::Unreachable:
    case Outcome::Kind::TimedOut:
        return reachability(false, QStringLiteral("Failed to connect to server"));
    case Outcome::Kind::Answered:
        break;
    }
    const QString status = QString::number(outcome.status);
    if (outcome.status >= 300 && outcome.status < 400)
        return reachability(false, status + QStringLiteral(" Server response contains a "
                                                           "redirection. This is not allowed."));
    const QString line = QString(status + QLatin1Char(' ') + outcome.reason).trimmed();
    return reachability(outcome.status < 300, line);
}

} // namespace

WebhookController::WebhookController(Store &store, const Clock &clock, BackOfficeAuth &auth,
                                     WebhookSender &sender, QObject *parent)
    : QObject(parent)
    , m_webhooks(store.db())
    , m_clock(clock)
    , m_auth(auth)
    , m_sender(sender)
{}

void WebhookController::registerRoutes(Router &router)
{
    using BackOfficeRoute::Right;
    using BackOfficeRoute::wrap;
    const QString webhook = QStringLiteral("/rest/connections/{code}/webhook");
    const auto code = [](const RouteParams &p) {
        return p.value(QStringLiteral("code"));
    };
    router.add("GET", webhook,
               wrap(m_auth, Right::None,
                    [this, code](const HttpRequest &, const RouteParams &p, const auto &) {
                        return formData(code(p));
                    }));
    router.add("POST", webhook,
               wrap(m_auth, Right::ManageConnections,
                    [this, code](const HttpRequest &r, const RouteParams &p, const auto &) {
                        return update(r, code(p));
                    }));
    // §8.4: a GET that changes state; HEAD runs it too (§12).
    router.add("GET", webhook + QStringLiteral("/regenerate-secret"),
               wrap(m_auth, Right::None,
                    [this, code](const HttpRequest &, const RouteParams &p, const auto &) {
                        return regenerateSecret(code(p));
                    }));
    // §8.1: the route names no method, so every method (HEAD through GET) sends the test.
    const RouteHandler check =
        wrap(m_auth, Right::None, [this](const HttpRequest &r, const RouteParams &, const auto &) {
            return checkReachability(r);
        });
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        router.add(method, webhook + QStringLiteral("/check-reachability"), check);
}

HttpResponse WebhookController::formData(const QString &code) const
{
    const auto webhook = m_webhooks.find(code);
    if (!webhook)
        return HttpResponse::bytes(404, "application/json", "{}");
    const auto nullable = [](const std::optional<QString> &value) {
        return value ? SymfonyJson(*value) : SymfonyJson();
    };
    return HttpResponse::json(
        200,
        SymfonyJson::object(
            {{QStringLiteral("event_subscription"),
              SymfonyJson::object({{QStringLiteral("connectionCode"), webhook->connectionCode},
                                   {QStringLiteral("enabled"), webhook->enabled},
                                   {QStringLiteral("secret"), nullable(webhook->secret)},
                                   {QStringLiteral("url"), nullable(webhook->url)},
                                   {QStringLiteral("isUsingUuid"), webhook->isUsingUuid}})},
             {QStringLiteral("active_event_subscriptions_limit"),
              SymfonyJson::object({{QStringLiteral("limit"), ActiveLimit},
                                   {QStringLiteral("current"), m_webhooks.countEnabled()}})}}));
}

HttpResponse WebhookController::update(const HttpRequest &request, const QString &code)
{
    const QJsonObject body = bodyObject(request);
    const QJsonValue enabled = body.value(QStringLiteral("enabled"));
    const QJsonValue url = body.value(QStringLiteral("url"));
    const QJsonValue uuid = body.value(QStringLiteral("is_using_uuid"));
    // §8.3: the command's typed constructor fails (500) on these.
    if (!enabled.isBool() || !(url.isString() || url.isNull() || url.isUndefined()) ||
        !(uuid.isBool() || uuid.isNull() || uuid.isUndefined()))
        return ErrorResponses::internalError(request.path);

    WebhookStore::Webhook webhook;
    webhook.connectionCode = code;
    webhook.enabled = enabled.toBool();
    if (!url.toString().isEmpty())
        webhook.url = url.toString();
    webhook.isUsingUuid = uuid.toBool(false);

    // Group ConnectionWebhook: the whole object first, then the URL's constraints.
    QList<Violation> found;
    if (webhook.enabled && !webhook.url)
        found.append({QStringLiteral("url"), WebhookUrl::requiredKey()});
    if (webhook.enabled && m_webhooks.countOthersEnabledWithUrl(code) >= ActiveLimit)
        found.append({QStringLiteral("enabled"), WebhookUrl::limitReachedKey()});
    if (!webhook.url)
        return finishUpdate(webhook, found);
    const QString text = *webhook.url;
    const bool valid = WebhookUrl::isValid(text);
    if (!valid)
        found.append({QStringLiteral("url"), WebhookUrl::wrongUrlKey()});
    if (text.size() > WebhookUrl::MaxLength)
        found.append({QStringLiteral("url"), WebhookUrl::tooLongMessage()});
    if (!valid)
        return finishUpdate(webhook, found);
    if (WebhookUrl::isInternalName(WebhookUrl::host(text))) {
        found.append({QStringLiteral("url"), WebhookUrl::notAllowedKey()});
        return finishUpdate(webhook, found);
    }
    // ExternalUrl resolves the host: the answer waits for it.
    auto *deferred = new DeferredResponse(this);
    m_sender.resolve(WebhookUrl::host(text), deferred,
                     [this, deferred, webhook, found](const QList<QHostAddress> &addresses) {
                         QList<Violation> all = found;
                         for (const QHostAddress &address : addresses) {
                             if (WebhookUrl::isRefusedAddress(address)) {
                                 all.append({QStringLiteral("url"), WebhookUrl::notAllowedKey()});
                                 break;
                             }
                         }
                         deferred->finish(finishUpdate(webhook, all));
                     });
    return HttpResponse::later(deferred);
}

HttpResponse WebhookController::finishUpdate(WebhookStore::Webhook webhook, QList<Violation> found)
{
    if (!found.isEmpty())
        return violations(found);
    // Group Business, only when the first group found nothing.
    const auto stored = m_webhooks.find(webhook.connectionCode);
    if (!stored)
        return violations({{QStringLiteral("code"), WebhookUrl::notFoundKey()}});
    webhook.connectionCode = stored->connectionCode;
    // §8.3: the secret stays, except that the first update makes one.
    webhook.secret = stored->secret ? stored->secret : CredentialFormat::randomToken();
    if (!m_webhooks.save(webhook))
        return ErrorResponses::internalError(QStringLiteral("/rest/connections"));
    return HttpResponse::noContent();
}

HttpResponse WebhookController::regenerateSecret(const QString &code)
{
    const auto webhook = m_webhooks.find(code);
    if (!webhook)
        return HttpResponse::json(404, SymfonyJson(WebhookUrl::notFoundKey()));
    if (!m_webhooks.setSecret(webhook->connectionCode, CredentialFormat::randomToken()))
        return ErrorResponses::internalError(QStringLiteral("/rest/connections"));
    return HttpResponse::noContent();
}

HttpResponse WebhookController::checkReachability(const HttpRequest &request)
{
    const QJsonObject body = bodyObject(request);
    const QString url = body.value(QStringLiteral("url")).toString();
    const QString secret = body.value(QStringLiteral("secret")).toString();
    // §8.5: Url, NotBlank, then ExternalUrl; the first violation answers and nothing is sent.
    if (!WebhookUrl::isValid(url))
        return reachability(false, WebhookUrl::notAUrlMessage());
    if (url.isEmpty())
        return reachability(false, WebhookUrl::blankMessage());
    if (WebhookUrl::isInternalName(WebhookUrl::host(url)))
        return reachability(false, WebhookUrl::notAllowedKey());
    auto *deferred = new DeferredResponse(this);
    m_sender.send(QUrl(url), WebhookSender::signedHeaders(secret, m_clock.nowSeconds(), {}), {},
                  TestTimeoutMs, deferred, [deferred](const Outcome &outcome) {
                      deferred->finish(reachabilityOf(outcome));
                  });
    return HttpResponse::later(deferred);
}

HttpResponse WebhookController::violations(const QList<Violation> &list)
{
    SymfonyJson errors = SymfonyJson::array();
    for (const Violation &violation : list)
        errors.append(SymfonyJson::object({{QStringLiteral("field"), violation.field},
                                           {QStringLiteral("message"), violation.message}}));
    return HttpResponse::json(
        422, SymfonyJson::object(
                 {{QStringLiteral("errors"), errors},
                  {QStringLiteral("message"),
                   "akeneo_connectivity.connection.constraint_violation_list_exception"}}));
}
