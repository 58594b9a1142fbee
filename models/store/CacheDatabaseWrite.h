#pragma once

// CacheDatabase::write(): one write transaction around `body`, for the files that write
// (CacheDatabaseWrites.cpp, CacheMonitoringWrites.cpp). Internal to CacheDatabase.

#include "store/CacheDatabase.h"
#include "store/StartCopy.h"
#include "store/StoreLogging.h"

#include <QFile>

template<typename Body>
CacheStatus CacheDatabase::write(const QString &what, const QString &instanceId, Body &&body)
{
    if (!isOpen())
        return notOpen();
    QString error;
    m_statementIndex = 0;
    m_diskFailed = false;
    if (!execSql(QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        qCWarning(lcCache) << what << "could not start:" << error;
        return CacheStatus::failure(
            tr("The offline copy of your connections could not be updated (%1): %2.")
                .arg(what, error));
    }
    // The start copy of this file is outdated by any write, whoever makes it (this app, the
    // command-line tool): it goes first, so that it is never read beside a newer file even if
    // its stamp could not tell (see StartCopy); the app writes it again when it ends.
    QFile::remove(StartCopy::pathFor(m_path));
    m_inWrite = true;
    bool ok = ensureInstance(instanceId, &error) && body(&error);
    if (ok) {
        m_inWrite = false; // COMMIT itself is never refused by the test hook
        ok = execSql(QStringLiteral("COMMIT"), &error);
    }
    m_inWrite = false;
    if (!ok) {
        QString rollbackError;
        if (!execSql(QStringLiteral("ROLLBACK"), &rollbackError))
            qCWarning(lcCache) << "rollback failed:" << rollbackError;
        qCWarning(lcCache) << what << "failed, previous state kept:" << error;
        oweCheck(); // the next opening checks the file
        if (m_diskFailed)
            return CacheStatus::failure(
                tr("The offline copy of your connections could not be updated (%1): the disk is "
                   "full or cannot be written (%2). Free some space; the previous copy is kept.")
                    .arg(what, error));
        return CacheStatus::failure(
            tr("The offline copy of your connections could not be updated (%1): %2. The "
               "previous copy is kept.")
                .arg(what, error));
    }
    return {};
}
