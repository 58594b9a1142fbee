#pragma once

#include "domain/AuditCounts.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

// What the cache keeps for the monitoring screens (docs/pim-api.md §9 to §11), for the app to
// show them offline and say how old they are.

// A value with the time it was fetched from the PIM ("as of", UTC). An invalid asOf means
// never fetched (the value is then empty).
template<typename T> struct Dated
{
    T value{};
    QDateTime asOf;

    bool isKnown() const { return asOf.isValid(); }
    bool operator==(const Dated &) const = default;
};

// A connected App with its last known monitoring settings (GET .../monitoring-settings), which
// the list route does not give. Nothing secret: an App's credentials are not in either answer.
struct CachedApp
{
    ConnectedApp app;
    std::optional<AppMonitoringSettings> settings; // nullopt: never read
    QDateTime settingsAsOf;                        // UTC; invalid when never read

    bool operator==(const CachedApp &) const = default;
};

Q_DECLARE_METATYPE(CachedApp)
