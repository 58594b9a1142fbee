#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Where one secret lives in the keychain: the administrator's password of a PIM instance, or
// the secret or the one-time password of one of its connections (docs/pim-api.md §3). The
// keychain entry is named by toString(), under the app's service name (see QtKeychainBackend):
//
//   https://pim.example.com#admin/julia
//   https://pim.example.com#connection/erp/secret
//   https://pim.example.com#connection/erp/password
//   https://pim.example.com#connection/erp/webhook-secret   (the event subscription's, §8.4)
//
// The instance URL is normalised by PimAddress, so that "https://pim.example.com/" and
// "https://pim.example.com" name the same entries; an address PimAddress refuses (other than
// for plain http) gives an invalid key.
class SecretKey
{
    Q_DECLARE_TR_FUNCTIONS(SecretKey)

public:
    enum class Kind { AdminPassword, ConnectionSecret, ConnectionPassword, WebhookSecret };

    static SecretKey adminPassword(const QUrl &instance, const QString &username);
    static SecretKey connectionSecret(const QUrl &instance, const QString &code);
    static SecretKey connectionPassword(const QUrl &instance, const QString &code);
    static SecretKey webhookSecret(const QUrl &instance, const QString &code);

    static QString normalizedInstance(const QUrl &instance);

    Kind kind() const { return m_kind; }
    QString instance() const { return m_instance; } // normalized
    QString name() const { return m_name; }         // the username or the connection code
    // False for an invalid URL or an empty name: the store refuses such a key.
    bool isValid() const { return !m_instance.isEmpty() && !m_name.isEmpty(); }
    QString toString() const;
    // For messages: "the secret of erp" (translated). Never the value.
    QString describe() const;

    bool operator==(const SecretKey &) const = default;

private:
    SecretKey(Kind kind, const QUrl &instance, const QString &name);

    Kind m_kind = Kind::AdminPassword;
    QString m_instance;
    QString m_name;
};

Q_DECLARE_METATYPE(SecretKey)
