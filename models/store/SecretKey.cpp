#include "store/SecretKey.h"

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

QString SecretKey::normalizedInstance(const QUrl &instance)
{
    if (!instance.isValid() || instance.host().isEmpty())
        return {};
    QUrl url = instance.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // StripTrailingSlash keeps a lone slash
    // Fully encoded: '#' can only be the separator below.
    return url.toString(QUrl::FullyEncoded);
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
    }
    return {};
}
