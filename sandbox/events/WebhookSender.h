#pragma once

#include "domain/SymfonyJson.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

// Sends the PIM's requests to an event subscription URL (docs/pim-api.md §8.5 and §8.8): a POST
// with the signature headers, no redirect followed, a timeout; never waits on the event loop.
// The host is resolved first (asynchronously): an address ExternalUrl refuses is not contacted.
// Unless anyHost, only loopback addresses are contacted, and the request goes to the address
// that was checked; any other host is answered as unreachable.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Outcome
    {
        enum class Kind { Answered, NotAllowed, Unreachable, TimedOut };
        Kind kind = Kind::Unreachable;
        int status = 0; // Answered
        QString reason; // Answered: the server's reason phrase
        Headers requestHeaders;
    };
    using Callback = std::function<void(const Outcome &)>;

    WebhookSender(bool anyHost, QObject *parent = nullptr);

    // The headers of §8.5: Content-Type, the HMAC-SHA256 of "{timestamp}.{body}" in lowercase
    // hex keyed with the secret, the timestamp and the User-Agent.
    static Headers signedHeaders(const QString &secret, qint64 timestamp, const QByteArray &body);
    // The headers as the logs show them (§8.7): {"Name":["value"]}.
    static SymfonyJson headersJson(const Headers &headers);
    static QByteArray signature(const QString &secret, qint64 timestamp, const QByteArray &body);

    // The addresses of a host (an address written as one is itself), later; empty when it does
    // not resolve. Not called when `context` is gone.
    void resolve(const QString &host, QObject *context,
                 std::function<void(const QList<QHostAddress> &)> done);
    // Calls `done` once, later (never before send() returns), unless `context` is gone.
    void send(const QUrl &url, const Headers &headers, const QByteArray &body, int timeoutMs,
              QObject *context, Callback done);

private:
    void post(QUrl url, const QList<QHostAddress> &addresses, const Headers &headers,
              const QByteArray &body, int timeoutMs, QObject *context, const Callback &done);

    bool m_anyHost = false;
    QNetworkAccessManager m_network;
};
