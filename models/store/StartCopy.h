#pragma once

#include "store/CacheSnapshot.h"
#include "store/CachedMonitoring.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What the app's start reads from the offline copy for the PIM it opens first (the overview's
// snapshot, the connected Apps and their logos), kept in a file of its own beside the SQLite
// file, so that the first frame is drawn without loading SQLite (issue 14: the library and its
// page cache were 1.6 MiB of the start's peak memory). ConnectionCache writes it when the app
// ends, once the database is closed, and reads it at the next start.
//
// It is only a copy: it is used when the database's files are exactly as they were when it was
// written (their size, modification time and inode, "the stamp"), so that any later write, by
// this app, another version of it or the command-line tool, makes it unused; also when it was
// written by another schema or format version, and when any part of it does not read back.
// Nothing secret is in it (CacheSnapshot and CachedApp have no member for a secret); the file
// is written atomically and readable by the user only, like the database.
struct StartCopy
{
    QString instanceId;
    CacheSnapshot snapshot; // as CacheDatabase::loadSnapshot() gives it
    Dated<QList<CachedApp>> apps;
    QHash<QString, QByteArray> appLogos; // by address, those the cache has for `apps`

    // <databasePath>.start
    static QString pathFor(const QString &databasePath);
    // The state of the database's files (the file and its -wal), as the copy is checked
    // against: never equal before and after a write to them.
    static QByteArray stampOf(const QString &databasePath);

    // Writes `copy` to `path` with `stamp`, all or nothing. False with *error set on failure.
    static bool write(const QString &path, const StartCopy &copy, const QByteArray &stamp,
                      QString *error);
    // The copy at `path` when it was written with `stamp` by this format and schema version and
    // reads back whole; nullopt otherwise (missing, outdated, truncated, another version).
    static std::optional<StartCopy> read(const QString &path, const QByteArray &stamp);

    bool operator==(const StartCopy &) const = default;
};
