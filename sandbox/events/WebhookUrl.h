#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

// The checks the PIM makes on an event subscription URL (docs/pim-api.md §8.3 and §8.5): Symfony's
// Url constraint (http or https), the 255-character Length, and ExternalUrl (no internal service
// names, no private or reserved address unless allowed). The sandbox's allowed networks are the
// loopback ones (127.0.0.0/8 and ::1), as if the PIM's ALLOWED_NETWORK_WHITELIST named them, so
// that a receiver on 127.0.0.1 can be used; "localhost" is refused by name, as the PIM does.
namespace WebhookUrl {

inline constexpr int MaxLength = 255;

// Symfony's Url constraint: an http or https URL with a host. An empty text passes (NotBlank is
// another constraint).
bool isValid(const QString &text);
// ExternalUrl's host names: localhost, elasticsearch, memcached, object-storage, mysql.
bool isInternalName(const QString &host);
// ExternalUrl's addresses: private or reserved, and not in the allowed (loopback) networks.
bool isRefusedAddress(const QHostAddress &address);
// The host of a valid URL as an address, when it is written as one.
bool hostIsAddress(const QString &text, QHostAddress *address);
QString host(const QString &text);

// The PIM's words (§8.3, §8.5).
QString wrongUrlKey();
QString requiredKey();
QString notFoundKey();
QString limitReachedKey();
QString notAllowedKey();
QString tooLongMessage();
QString notAUrlMessage();
QString blankMessage();

} // namespace WebhookUrl
