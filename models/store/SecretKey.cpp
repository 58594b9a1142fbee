#include "store/SecretKey.h"

#include "domain/PimAddress.h"

SecretKey::SecretKey(Kind kind, const QUrl &instance, const QString &name)
    : m_kind(kind)
    , m_instance(normalizedInstance(instance))
    , m_name(name.trimmed())
{}

SecretKey SecretKey::adminPassword(const QUrl &instance, const QString &username)
{
    return SecretKey(Kind::AdminPassword, instance, username);
}

SecretKey SecretKey::connectionSecret(const QUrl &instance, const QString &code)
{
    return SecretKey(Kind::ConnectionSecret, instance, code);
}

SecretKey SecretKey::connectionPassword(const QUrl &instance, const QString &code)
{
    return SecretKey(Kind::ConnectionPassword, instance, code);
}

SecretKey SecretKey::webhookSecret(const QUrl &instance, const QString &code)
{
    return SecretKey(Kind::WebhookSecret, instance, code);
}

QString SecretKey::normalizedInstance(const QUrl &instance)
{
    // Well-formed is enough: the entries of a PIM kept with plain http from before that rule
    // can still be read and removed.
    const PimAddress address = PimAddress::fromUrl(instance);
    // Fully encoded: '#' can only be the separator below.
    return address.isWellFormed() ? address.url().toString(QUrl::FullyEncoded) : QString();
}

QString SecretKey::toString() const
{
    switch (m_kind) {
    case Kind::AdminPassword:
        return m_instance + QLatin1String("#admin/") + m_name;
    case Kind::ConnectionSecret:
        return m_instance + QLatin1String("#connection/") + m_name + QLatin1String("/secret");
    case Kind::ConnectionPassword:
        return m_instance + QLatin1String("#connection/") + m_name + QLatin1String("/password");
    case Kind::WebhookSecret:
        return m_instance + QLatin1String("#connection/") + m_name +
               QLatin1String("/webhook-secret");
    }
    return {};
}

QString SecretKey::describe() const
{
    switch (m_kind) {
    case Kind::AdminPassword:
        return tr("the password of %1 on %2").arg(m_name, m_instance);
    case Kind::ConnectionSecret:
        return tr("the secret of the connection %1 on %2").arg(m_name, m_instance);
    case Kind::ConnectionPassword:
        return tr("the password of the connection %1 on %2").arg(m_name, m_instance);
    case Kind::WebhookSecret:
        return tr("the event subscription secret of the connection %1 on %2")
            .arg(m_name, m_instance);
    }
    return {};
}
