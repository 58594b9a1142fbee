#pragma once

#include "domain/FlowType.h"
#include "domain/SymfonyJson.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// An App connected to the PIM (docs/pim-api.md §11.2, GET /rest/apps/connected-apps). It has a
// connection of type "app" whose code is connectionCode; the connection routes of §2 must not
// be used for it (§11.1). Holds nothing secret.
struct ConnectedApp
{
    QString id; // a UUID
    QString name;
    QStringList scopes;
    QString connectionCode;
    std::optional<QString> logo; // an absolute URL on another server (not the PIM's storage)
    std::optional<QString> author;
    std::optional<QString> userGroupName;
    QString connectionUsername;
    QStringList categories;
    bool certified = false;
    std::optional<QString> partner;
    bool isCustomApp = false;
    bool isPending = false;
    bool hasOutdatedScopes = false; // "New access authorization required."

    // Only "connection_code" is required; nulls and unknown keys are accepted.
    static std::optional<ConnectedApp> fromJson(const QJsonValue &value, QString *error);
    static std::optional<QList<ConnectedApp>> listFromJson(const QByteArray &body, QString *error);
    // The PIM's key order (§11.2), byte for byte for an item read by fromJson.
    SymfonyJson toSymfonyJson() const;
    static SymfonyJson listToSymfonyJson(const QList<ConnectedApp> &apps);

    bool operator==(const ConnectedApp &) const = default;
};

// GET and POST /rest/apps/connected-apps/{code}/monitoring-settings (docs/pim-api.md §11.2):
// {"flowType":"data_source","auditable":true}.
struct AppMonitoringSettings
{
    FlowType flowType = FlowType::Other;
    bool auditable = false;

    // "flowType" is required (one of §3's three); "auditable" may be missing (false).
    static std::optional<AppMonitoringSettings> fromJson(const QByteArray &body, QString *error);
    SymfonyJson toSymfonyJson() const;

    bool operator==(const AppMonitoringSettings &) const = default;
};

Q_DECLARE_METATYPE(ConnectedApp)
Q_DECLARE_METATYPE(AppMonitoringSettings)
