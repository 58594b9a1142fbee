#pragma once

#include "store/SecretBackend.h"

#include <qt6keychain/keychain.h>

// The system keychain through QtKeychain (Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager). The only code that talks to QtKeychain.
//
// - service = the app's name (settable), key = SecretKey::toString();
// - the insecure fallback of QtKeychain (a plain-text QSettings file) is always off;
// - jobs are not parented and delete themselves when they finish: a running job is never
//   deleted under QtKeychain's feet, even when this object or the caller is gone; a job that
//   never finishes (a keychain waiting to be unlocked) is leaked on purpose.
class QtKeychainBackend : public SecretBackend
{
public:
    explicit QtKeychainBackend(const QString &service = QString()); // default: applicationName()

    QString service() const { return m_service; }
    void setService(const QString &service) { m_service = service; }

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // How QtKeychain's errors are read. On Linux QtKeychain reports OtherError when it cannot
    // reach the Secret Service at all (no D-Bus session, no service): that is "no keychain".
    static Status statusOf(QKeychain::Error error);

private:
    void run(QKeychain::Job *job, const QString &key, QObject *context, Done done);

    QString m_service;
};
