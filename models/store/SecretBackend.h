#pragma once

#include <QObject>
#include <QString>

#include <functional>

// What SecretStore needs of a keychain: read, write and remove one text entry. The real one is
// QtKeychainBackend; the tests use a fake that can refuse, fail or never answer.
class SecretBackend
{
public:
    enum class Status {
        Ok,
        NotFound,   // no such entry
        NoKeychain, // no keychain service on this system, or it cannot be reached
        Denied,     // the keychain refused (locked, or the user said no)
        Failed,     // anything else
    };
    struct Reply
    {
        Status status = Status::Ok;
        QString value;  // read: the stored text
        QString detail; // the keychain's own words on a failure; never a secret
    };
    using Done = std::function<void(const Reply &)>;

    virtual ~SecretBackend() = default;

    // Each call answers at most once through `done`: later (never from inside the call), on the
    // calling thread, and only while `context` lives. It may never answer at all (a keychain
    // waiting for someone to unlock it): SecretStore puts a timeout on every call.
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};
