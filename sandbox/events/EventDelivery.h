#pragma once

#include "EventLog.h"
#include "EventLogStore.h"
#include "WebhookStore.h"
#include "store/ProductStore.h"

#include <QObject>

class Clock;
class Store;
class WebhookSender;

// What the PIM does when a product changes (docs/pim-api.md §8.8): each active event
// subscription gets the event, signed with its secret, in a POST of its own (one event per
// request here), and the event logs say what happened (§8.7): "info" when the endpoint answered
// 2xx, "error" when it answered another status or did not answer in time (a refused connection
// counts as not answering), "notice" for the connection whose own API call raised the event,
// which is not sent. Sending never waits on the event loop.
class EventDelivery : public QObject
{
    Q_OBJECT

public:
    // §8.6's webhook_timeout, by default.
    static constexpr int DefaultTimeoutMs = 500;

    EventDelivery(Store &store, const Clock &clock, WebhookSender &sender, int timeoutMs,
                  QObject *parent = nullptr);

    // "product.created", "product.updated" or "product.removed", by the user authorUserId through
    // the public API of the PIM at pimSource ("http://127.0.0.1:8080").
    void productChanged(const QString &action, const ProductStore::Product &product,
                        qint64 authorUserId, const QString &pimSource);

    // A stable UUID for a sandbox product (the sandbox's products have none of their own).
    static QString productUuid(const ProductStore::Product &product);
    // Writes a log entry now (and drops what is no longer kept).
    void log(const QString &level, const QString &message, const QString &connectionCode,
             const SymfonyJson &context);

private:
    WebhookStore m_webhooks;
    EventLogStore m_logs;
    Store &m_store;
    const Clock &m_clock;
    WebhookSender &m_sender;
    int m_timeoutMs;
};
