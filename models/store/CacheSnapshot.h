#pragma once

#include "store/CachedConnection.h"
#include "domain/Permissions.h"
#include "domain/WrongCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QVariant>

#include <optional>

// Everything the cache knows of one PIM instance: enough to draw the overview and a connection's
// page offline. Holds no secret (see CachedConnection).
struct CacheSnapshot
{
    QList<CachedConnection> connections; // in the server's order (docs/pim-api.md §2: oldest first)
    // Logos as the server sent them (PNG, JPEG, SVG... bytes, not decoded), keyed by the image
    // path of the connection (Connection::image).
    QHash<QString, QByteArray> logos;
    // Their tile-sized thumbnails (PNG, made by LogoCache), by the same keys. loadSnapshot()
    // gives a logo that has one here and not in `logos`, so that no full-size logo is read or
    // decoded at start; replaceSnapshot() stores those given (bench and tests; the app stores
    // them with storeLogoThumbnail()).
    QHash<QString, QByteArray> logoThumbnails;
    // Never stored: those thumbnails decoded ahead by ConnectionCache::prefetchSnapshot()'s
    // decoder at the bound decodedThumbnailBound, so that the first frame draws the logos
    // (QImage values: a QVariant, since the store does not link Qt Gui).
    QHash<QString, QVariant> decodedThumbnails;
    QSize decodedThumbnailBound;
    WrongCredentials wrongCredentials;
    // The last answer of max-limit-reached (docs/pim-api.md §3, "Limit"); nullopt when unknown
    // (and, given to replaceSnapshot, "keep what is stored").
    std::optional<bool> maxLimitReached;
    // The lists of GET /rest/user_role/ and /rest/user_group/, so that a connection's page can
    // name its role and group offline; nullopt when never fetched (and, given to
    // CacheDatabase::replaceSnapshot, "not part of this sync: keep what is stored").
    std::optional<QList<UserRole>> roles;
    std::optional<QList<UserGroup>> groups;
    QDateTime syncedAt; // UTC; invalid when the instance was never synced

    bool isEmpty() const
    {
        return connections.isEmpty() && logos.isEmpty() && logoThumbnails.isEmpty() &&
               wrongCredentials.isEmpty() &&
               !maxLimitReached && !roles && !groups && !syncedAt.isValid();
    }
    const CachedConnection *find(const QString &code) const;
    QStringList codes() const;

    bool operator==(const CacheSnapshot &) const = default;
};

Q_DECLARE_METATYPE(CacheSnapshot)
