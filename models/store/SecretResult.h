#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// The answer of a SecretStore operation.
struct SecretResult
{
    Q_DECLARE_TR_FUNCTIONS(SecretResult)

public:
    enum class Status {
        Ok,       // done; for a read, `value` holds the text
        NotFound, // nothing stored under that key
        Denied,   // the keychain refused: locked, or access not allowed
        Timeout,  // the keychain did not answer in time (see SecretStore::setTimeout)
        Failed,   // another error of the keychain (see detail)
    };

    Status status = Status::Ok;
    QString value;
    // True when the answer comes from memory, because no keychain is available this session
    // (SecretStore::keychainUnavailable): what is stored is lost when the app quits.
    bool memoryOnly = false;
    QString detail; // the keychain's own words, for logs; never a secret

    bool ok() const { return status == Status::Ok; }
    // A translated sentence: what happened and what to do next. Empty for Ok.
    QString message() const;
};

Q_DECLARE_METATYPE(SecretResult)
