#pragma once

#include "HttpClient.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

// What most sandbox tests start from: a sandbox on a free port and a signed-in admin.
namespace SandboxFixture {

inline const HttpClient::Headers NoHeaders;

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The search parameter the settings page sends (docs/pim-api.md §2), URL-encoded.
inline QString defaultTypesQuery()
{
    return QStringLiteral("/rest/connections?search=") +
           QString::fromLatin1(
               QUrl::toPercentEncoding(QStringLiteral("{\"types\":[\"default\"]}")));
}

} // namespace SandboxFixture
