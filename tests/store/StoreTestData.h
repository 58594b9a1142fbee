#pragma once

// Sample data for the storage tests: a snapshot that uses every field the cache keeps.
#include "store/CacheSnapshot.h"
#include "domain/CredentialFormat.h"

namespace StoreTestData {

using namespace Qt::StringLiterals;

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// A secret as the PIM makes them (about 50 random base-36 characters): it cannot appear in a
// file by chance.
inline QString randomSecret()
{
    return CredentialFormat::randomToken();
}

inline ConnectionDetails details(const QString &code, FlowType flow, const QString &image,
                                 const QString &secret, std::optional<QString> password)
{
    ConnectionDetails d;
    d.connection.code = code;
    d.connection.label = u"Label of "_s + code + u" — Café <&> 'x'"_s;
    d.connection.flowType = flow;
    d.connection.image = image;
    d.connection.auditable = flow != FlowType::Other;
    d.credentials.clientId = u"3_"_s + code + u"clientidrandompart"_s;
    d.credentials.secret = secret;
    d.credentials.username = code + u"_0427"_s;
    d.credentials.password = std::move(password);
    d.userRoleId = u"2"_s;
    d.userGroupId = u"4"_s;
    return d;
}

// Three connections (one of each flow type; one without details, one without group), logos,
// wrong credentials (one code with uses, one without), roles, groups, limit, sync time.
inline CacheSnapshot fullSnapshot()
{
    CacheSnapshot s;
    CachedConnection erp =
        CachedConnection::fromDetails(details(u"erp"_s, FlowType::Source, u"a/b/c/d/1f2e_erp.png"_s,
                                              randomSecret(), std::nullopt),
                                      utc("2026-11-24T10:00:00.123Z"));
    CachedConnection shop = CachedConnection::fromDetails(details(u"shop"_s, FlowType::Destination,
                                                                  u"e/f/0/1/9a8b_shop.svg"_s,
                                                                  randomSecret(), u"3f9a1c0e7"_s),
                                                          utc("2026-11-24T10:01:00.000Z"));
    shop.userGroupId = std::nullopt;
    Connection misc;
    misc.code = u"misc_app"_s;
    misc.label = u"Misc"_s;
    misc.flowType = FlowType::Other;
    misc.type = u"app"_s;
    s.connections = {erp, shop, CachedConnection::fromListItem(misc)};
    s.logos.insert(u"a/b/c/d/1f2e_erp.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0binary", 18));
    s.logos.insert(u"e/f/0/1/9a8b_shop.svg"_s, QByteArray("<svg xmlns='x'/>"));
    s.wrongCredentials.byCode.insert(u"erp"_s, {{u"someone"_s, utc("2020-01-02T12:34:23Z")},
                                                {u"other"_s, utc("2020-01-03T08:00:00Z")}});
    s.wrongCredentials.byCode.insert(u"shop"_s, {});
    s.maxLimitReached = true;
    s.roles = QList<UserRole>{{u"1"_s, u"ROLE_USER"_s, u"User"_s, u"default"_s},
                              {u"2"_s, u"ROLE_ADMINISTRATOR"_s, u"Administrator"_s, u"default"_s}};
    s.groups = QList<UserGroup>{{u"3"_s, u"All"_s, true}, {u"4"_s, u"IT support"_s, false}};
    s.syncedAt = utc("2026-11-24T10:02:03.456Z");
    return s;
}

} // namespace StoreTestData
