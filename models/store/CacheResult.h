#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one cache operation. `error` is a translated sentence for the user (what
// happened, and that the app goes on without the offline copy); empty on success.
struct CacheStatus
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    static CacheStatus failure(const QString &message) { return CacheStatus{message}; }
};

// The outcome of a read: the value, or an error.
template<typename T> struct CacheValue : CacheStatus
{
    T value{};
};

// What open() found and did.
struct CacheOpenResult
{
    enum class Status {
        Opened,      // an existing cache of the current schema
        Created,     // a new, empty cache
        Migrated,    // an older schema brought up to date, data kept
        Reset,       // the file was unusable: set aside, a fresh one created (see message)
        Unavailable, // no cache at all this session (see message); every operation fails
    };

    Status status = Status::Unavailable;
    int previousVersion = 0; // the schema version found in the file (0 for a new file)
    QString setAsidePath;    // for Reset: where the unusable file now is
    // Translated, for Reset and Unavailable: what happened, what it means, what to do.
    QString message;

    bool isUsable() const { return status != Status::Unavailable; }
};

Q_DECLARE_METATYPE(CacheStatus)
Q_DECLARE_METATYPE(CacheOpenResult)
