#pragma once

#include "events/WebhookStore.h"
#include "http/Router.h"

#include <QJsonObject>
#include <QObject>

class BackOfficeAuth;
class Clock;
class Store;
class WebhookSender;

// The event subscription of a connection (docs/pim-api.md §8.1 to §8.6): the form data, the
// update with its validation (the `field`/`message` errors of §8.3), the GET that regenerates the
// secret, and the "Test" of a URL, which really sends a signed request and answers when it knows
// the outcome. Only the update checks "Manage connections settings" (§11.3).
class WebhookController : public QObject
{
    Q_OBJECT

public:
    // §8.6's webhook_active_event_subscriptions_limit.
    static constexpr int ActiveLimit = 3;
    // The PIM sets none (§8.5); the sandbox gives up after this.
    static constexpr int TestTimeoutMs = 10000;

    WebhookController(Store &store, const Clock &clock, BackOfficeAuth &auth, WebhookSender &sender,
                      QObject *parent = nullptr);

    void registerRoutes(Router &router);

private:
    struct Violation
    {
        QString field;
        QString message;
    };

    HttpResponse formData(const QString &code) const;
    HttpResponse update(const HttpRequest &request, const QString &code);
    // The rest of the update once the URL's host is known to be allowed or not.
    HttpResponse finishUpdate(WebhookStore::Webhook webhook, QList<Violation> violations);
    HttpResponse regenerateSecret(const QString &code);
    HttpResponse checkReachability(const HttpRequest &request);

    static HttpResponse violations(const QList<Violation> &list);

    WebhookStore m_webhooks;
    const Clock &m_clock;
    BackOfficeAuth &m_auth;
    WebhookSender &m_sender;
};
