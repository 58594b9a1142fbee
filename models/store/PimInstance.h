#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// One PIM the administrator works with (production, staging, a client's PIM). No password
// here: the administrator's password is in the keychain (SecretKey::adminPassword).
struct PimInstance
{
    QString id;       // stable (a UUID), never shown; keys the cache snapshot
    QString name;     // shown in the switcher, unique in the list
    QUrl baseUrl;     // http(s)://host[:port][/path], without user info, query or fragment
    QString username; // the administrator who signs in (docs/pim-api.md §1)

    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const PimInstance &) const = default;
};

Q_DECLARE_METATYPE(PimInstance)
