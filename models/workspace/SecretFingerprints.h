#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Which connection secret the keychain was last given (or gave), by code, as a SHA-256 of it,
// in memory only: a details fetch that brings the same secret again writes nothing, so that
// opening a connection's page does not rewrite the keychain every time. The secret itself is
// not kept (a 256-bit random secret cannot be recovered from its hash).
class SecretFingerprints
{
public:
    static QByteArray fingerprint(const QString &secret);

    bool matches(const QString &code, const QByteArray &fingerprint) const
    {
        const auto it = m_byCode.constFind(code);
        return it != m_byCode.cend() && it.value() == fingerprint;
    }
    void remember(const QString &code, const QByteArray &fingerprint)
    {
        m_byCode.insert(code, fingerprint);
    }
    void forget(const QString &code) { m_byCode.remove(code); }
    void clear() { m_byCode.clear(); }

private:
    QHash<QString, QByteArray> m_byCode;
};
