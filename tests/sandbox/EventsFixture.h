#pragma once

#include "HttpClient.h"
#include "MonitoringFixture.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QString>
#include <QUrl>

// What the tests of the Events API (docs/pim-api.md §8) share: its paths and calls.
namespace EventsFixture {

inline const QByteArray Keys = "akeneo_connectivity.connection.";

inline QString webhookPath(const QString &code, const QString &tail = QString())
{
    return QStringLiteral("/rest/connections/") + code + QStringLiteral("/webhook") + tail;
}

// POST .../webhook as the web UI sends it (§8.3); url empty: null.
inline HttpReply update(HttpClient &client, const QString &code, bool enabled, const QString &url,
                        bool uuid = false)
{
    QJsonObject body{{QStringLiteral("code"), code},
                     {QStringLiteral("enabled"), enabled},
                     {QStringLiteral("url"), url.isEmpty() ? QJsonValue() : QJsonValue(url)},
                     {QStringLiteral("is_using_uuid"), uuid}};
    return client.postJson(webhookPath(code), MonitoringFixture::json(body));
}

inline QJsonObject subscription(HttpClient &client, const QString &code)
{
    return client.get(webhookPath(code)).json()[QStringLiteral("event_subscription")].toObject();
}

// POST .../check-reachability with {"url","secret"} (§8.5).
inline HttpReply check(HttpClient &client, const QString &code, const QString &url,
                       const QString &secret)
{
    return client.postJson(webhookPath(code, QStringLiteral("/check-reachability")),
                           MonitoringFixture::json(
                               {{QStringLiteral("url"), url}, {QStringLiteral("secret"), secret}}));
}

inline QString searchPath(const QString &code, const QByteArray &filters,
                          const QString &searchAfter = QString())
{
    QString path = QStringLiteral("/rest/events-api-debug/search-event-subscription-logs"
                                  "?connection_code=") +
                   code + QStringLiteral("&filters=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(filters)));
    if (!searchAfter.isEmpty())
        path += QStringLiteral("&search_after=") +
                QString::fromLatin1(QUrl::toPercentEncoding(searchAfter));
    return path;
}

inline QString downloadPath(const QString &code)
{
    return QStringLiteral("/rest/events-api-debug/download-event-subscription-logs"
                          "?connection_code=") +
           code;
}

// §8.5 and §8.8: HMAC-SHA256 of "{timestamp}.{body}" keyed with the secret, lowercase hex.
inline QByteArray signature(const QString &secret, const QByteArray &timestamp,
                            const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(timestamp + '.' + body, secret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace EventsFixture
