#include "WebhookUrl.h"

#include <QRegularExpression>
#include <QUrl>

namespace WebhookUrl {

namespace {

struct Network
{
    const char *address;
    int prefix;
};

// PHP's FILTER_FLAG_NO_PRIV_RANGE and FILTER_FLAG_NO_RES_RANGE, IPv4 and IPv6.
const Network Refused[] = {
    {"0.0.0.0", 8},      {"10.0.0.0", 8},    {"100.64.0.0", 10},   {"127.0.0.0", 8},
    {"169.254.0.0", 16}, {"172.16.0.0", 12}, {"192.0.0.0", 24},    {"192.0.2.0", 24},
    {"192.168.0.0", 16}, {"198.18.0.0", 15}, {"198.51.100.0", 24}, {"203.0.113.0", 24},
    {"224.0.0.0", 4},    {"240.0.0.0", 4},   {"::", 128},          {"::1", 128},
    {"fc00::", 7},       {"fe80::", 10},     {"2001:db8::", 32},   {"ff00::", 8},
    {"::ffff:0:0", 96},
};
const Network Allowed[] = {{"127.0.0.0", 8}, {"::1", 128}};

template<size_t N> bool inAny(const QHostAddress &address, const Network (&networks)[N])
{
    for (const Network &network : networks) {
        if (address.isInSubnet(QHostAddress(QString::fromLatin1(network.address)), network.prefix))
            return true;
    }
    return false;
}

const QString Prefix = QStringLiteral("akeneo_connectivity.connection.");

} // namespace

bool isValid(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QRegularExpression shape(
        QStringLiteral(
            "^https?://([^\\s/?#@]+@)?(\\[[0-9a-fA-F:.]+\\]|[^\\s/?#:@\\[\\]]+)(:\\d{1,5})?"
            "([/?#][^\\s]*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

bool isInternalName(const QString &host)
{
    static const QStringList names = {QStringLiteral("localhost"), QStringLiteral("elasticsearch"),
                                      QStringLiteral("memcached"), QStringLiteral("object-storage"),
                                      QStringLiteral("mysql")};
    return names.contains(host.toLower());
}

bool isRefusedAddress(const QHostAddress &address)
{
    QHostAddress plain = address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        plain = QHostAddress(v4);
    return inAny(plain, Refused) && !inAny(plain, Allowed);
}

QString host(const QString &text)
{
    return QUrl(text).host();
}

bool hostIsAddress(const QString &text, QHostAddress *address)
{
    return address->setAddress(host(text));
}

QString wrongUrlKey()
{
    return Prefix + QStringLiteral("webhook.error.wrong_url");
}

QString requiredKey()
{
    return Prefix + QStringLiteral("webhook.error.required");
}

QString notFoundKey()
{
    return Prefix + QStringLiteral("webhook.error.not_found");
}

QString limitReachedKey()
{
    return Prefix + QStringLiteral("webhook.error.limit_reached");
}

QString notAllowedKey()
{
    return Prefix + QStringLiteral("webhook.error.not_allowed_url");
}

QString tooLongMessage()
{
    return QStringLiteral("This value is too long. It should have %1 characters or less.")
        .arg(MaxLength);
}

QString notAUrlMessage()
{
    return QStringLiteral("This value is not a valid URL.");
}

QString blankMessage()
{
    return QStringLiteral("This value should not be blank.");
}

} // namespace WebhookUrl
