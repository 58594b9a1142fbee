#include "WebhookSender.h"

#include "WebhookUrl.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace {

using Outcome = WebhookSender::Outcome;

Outcome outcomeOf(Outcome::Kind kind, const WebhookSender::Headers &headers)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.requestHeaders = headers;
    return outcome;
}

} // namespace

WebhookSender::WebhookSender(bool anyHost, QObject *parent)
    : QObject(parent)
    , m_anyHost(anyHost)
{}

QByteArray WebhookSender::signature(const QString &secret, qint64 timestamp, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(QByteArray::number(timestamp) + '.' + body,
                                            secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

WebhookSender::Headers WebhookSender::signedHeaders(const QString &secret, qint64 timestamp,
                                                    const QByteArray &body)
{
    return {{"Content-Type", "application/json"},
            {"X-Akeneo-Request-Signature", signature(secret, timestamp, body)},
            {"X-Akeneo-Request-Timestamp", QByteArray::number(timestamp)},
            {"User-Agent", "AkeneoPIM/" + QCoreApplication::applicationVersion().toUtf8()}};
}

SymfonyJson WebhookSender::headersJson(const Headers &headers)
{
    SymfonyJson out = SymfonyJson::object();
    for (const auto &[name, value] : headers)
        out.insert(QString::fromLatin1(name), SymfonyJson::array({QString::fromUtf8(value)}));
    return out;
}

void WebhookSender::resolve(const QString &host, QObject *context,
                            std::function<void(const QList<QHostAddress> &)> done)
{
    const QPointer<QObject> guard(context);
    // Started from the event loop, so that `done` never runs before the caller returns.
    QTimer::singleShot(0, this, [=, this]() {
        if (!guard)
            return;
        QHostAddress literal;
        if (literal.setAddress(host)) {
            done({literal});
            return;
        }
        QHostInfo::lookupHost(host, this, [guard, done](const QHostInfo &info) {
            if (guard)
                done(info.addresses());
        });
    });
}

void WebhookSender::send(const QUrl &url, const Headers &headers, const QByteArray &body,
                         int timeoutMs, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    resolve(url.host(), context, [=, this](const QList<QHostAddress> &addresses) {
        post(url, addresses, headers, body, timeoutMs, guard, done);
    });
}

void WebhookSender::post(QUrl url, const QList<QHostAddress> &addresses, const Headers &headers,
                         const QByteArray &body, int timeoutMs, QObject *context,
                         const Callback &done)
{
    if (addresses.isEmpty())
        return done(outcomeOf(Outcome::Kind::Unreachable, headers));
    for (const QHostAddress &address : addresses) {
        if (WebhookUrl::isRefusedAddress(address))
            return done(outcomeOf(Outcome::Kind::NotAllowed, headers));
    }
    QNetworkRequest request;
    if (!m_anyHost) {
        const QHostAddress &address = addresses.constFirst();
        if (!address.isLoopback())
            return done(outcomeOf(Outcome::Kind::Unreachable, headers));
        // To the address that was checked, with the Host the URL names.
        request.setRawHeader("Host", url.authority(QUrl::FullyEncoded).toUtf8());
        url.setHost(address.toString());
    }
    request.setUrl(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.post(request, body);
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, headers, guard, done]() {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        Outcome outcome = outcomeOf(Outcome::Kind::Unreachable, headers);
        if (status.isValid()) {
            outcome.kind = Outcome::Kind::Answered;
            outcome.status = status.toInt();
            outcome.reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        } else if (reply->error() == QNetworkReply::TimeoutError ||
                   reply->error() == QNetworkReply::OperationCanceledError) {
            outcome.kind = Outcome::Kind::TimedOut;
        }
        if (guard)
            done(outcome);
    });
}
