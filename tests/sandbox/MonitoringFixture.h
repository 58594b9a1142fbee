#pragma once

#include "HttpClient.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

// What the tests of the monitoring (docs/pim-api.md §9 to §12) share: connections with an API
// token, product calls, and HEAD requests (QNetworkAccessManager's custom verbs would wait for
// the body a HEAD answer announces, so HEAD goes over a plain socket).
namespace MonitoringFixture {

struct ApiConnection
{
    QString code;
    QString clientId;
    QString secret;
    QString username;
    QString password;
    QString token; // a valid access token for the connection's own username
};

// Creates a connection, sets its flow type and "Track in Data flows dashboard", and gets it a
// token. Any failure leaves `token` empty.
inline ApiConnection apiConnection(HttpClient &admin, const QString &code, const QString &flowType,
                                   bool tracked)
{
    ApiConnection out;
    const HttpReply created =
        admin.postJson(QStringLiteral("/rest/connections"),
                       SandboxFixture::compact({{QStringLiteral("code"), code},
                                                {QStringLiteral("label"), code},
                                                {QStringLiteral("flow_type"), flowType}}));
    if (created.status != 201)
        return out;
    const QJsonObject c = created.json().toObject();
    out.code = code;
    out.clientId = c[QStringLiteral("client_id")].toString();
    out.secret = c[QStringLiteral("secret")].toString();
    out.username = c[QStringLiteral("username")].toString();
    out.password = c[QStringLiteral("password")].toString();
    const HttpReply updated =
        admin.postJson(QStringLiteral("/rest/connections/") + code,
                       SandboxFixture::compact(
                           {{QStringLiteral("code"), code},
                            {QStringLiteral("label"), code},
                            {QStringLiteral("flow_type"), flowType},
                            {QStringLiteral("image"), QJsonValue::Null},
                            {QStringLiteral("auditable"), tracked},
                            {QStringLiteral("user_role_id"), c[QStringLiteral("user_role_id")]},
                            {QStringLiteral("user_group_id"), QJsonValue::Null}}));
    if (updated.status != 204)
        return out;
    out.token = admin.accessToken(out.clientId, out.secret, out.username, out.password);
    return out;
}

// A call to the public API with a bearer token; bodies are JSON.
inline HttpReply api(HttpClient &client, const QByteArray &method, const QString &path,
                     const QString &token, const QByteArray &body = {})
{
    HttpClient::Headers headers = {{"Authorization", "Bearer " + token.toUtf8()}};
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return client.send(method, path, body, headers);
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// {"attribute":[{"locale":null,"scope":null,"data":"..."}]}
inline QJsonObject values(const QList<QPair<QString, QString>> &attributes)
{
    QJsonObject out;
    for (const auto &[attribute, data] : attributes)
        out.insert(attribute, QJsonArray{QJsonObject{{QStringLiteral("locale"), QJsonValue::Null},
                                                     {QStringLiteral("scope"), QJsonValue::Null},
                                                     {QStringLiteral("data"), data}}});
    return out;
}

// PATCH /api/rest/v1/products/{identifier} with a family and values.
inline HttpReply patchProduct(HttpClient &client, const QString &token, const QString &identifier,
                              const QString &family,
                              const QList<QPair<QString, QString>> &attributes = {})
{
    QJsonObject body{{QStringLiteral("identifier"), identifier}};
    if (!family.isEmpty())
        body.insert(QStringLiteral("family"), family);
    if (!attributes.isEmpty())
        body.insert(QStringLiteral("values"), values(attributes));
    return api(client, "PATCH", QStringLiteral("/api/rest/v1/products/") + identifier, token,
               json(body));
}

// HEAD over a plain socket with the client's session: status, headers and whatever body came.
inline HttpReply head(const HttpClient &client, const QString &path, bool xmlHttpRequest = true)
{
    QByteArray request = "HEAD " + path.toUtf8() +
                         " HTTP/1.1\r\nHost: " + client.base().authority().toUtf8() +
                         "\r\nConnection: close\r\n";
    const QByteArray session = client.cookie("BAPID");
    if (!session.isEmpty())
        request += "Cookie: BAPID=" + session + "\r\n";
    if (xmlHttpRequest)
        request += "X-Requested-With: XMLHttpRequest\r\n";
    const QByteArray answer = client.raw(request + "\r\n", 3000);
    HttpReply reply;
    const qsizetype end = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = answer.left(end).split('\n');
    if (end < 0 || lines.isEmpty())
        return reply;
    reply.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    reply.body = answer.mid(end + 4);
    return reply;
}

// The answer's date_time values ("2020-01-07T23:30:12+00:00") with their seconds as "SS": the
// sandbox's pinned clock runs on, so the seconds depend on how fast a test goes.
inline QByteArray withoutSeconds(QByteArray body)
{
    static const QRegularExpression dateTime(QStringLiteral("(T\\d\\d:\\d\\d:)\\d\\d\\+00:00"));
    return QString::fromUtf8(body).replace(dateTime, QStringLiteral("\\1SS+00:00")).toUtf8();
}

} // namespace MonitoringFixture
