#pragma once

// CacheDatabase::read(): one read transaction around `body`, so that a read sees one consistent
// state even while another connection writes (WAL); for the files that read
// (CacheDatabaseReads.cpp, CacheDatabaseMonitoring.cpp). Internal to CacheDatabase.

#include "store/CacheDatabase.h"
#include "store/StoreLogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

template<typename T, typename Body> CacheValue<T> CacheDatabase::read(const char *what, Body &&body)
{
    CacheValue<T> result;
    if (!isOpen()) {
        result.error = notOpen().error;
        return result;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN"))) {
        error = begin.lastError().databaseText();
    } else {
        const bool ok = body(db, &result.value, &error);
        QSqlQuery(db).exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    }
    if (!error.isEmpty()) {
        qCWarning(lcCache) << "reading" << what << "failed:" << error;
        oweCheck(); // the next opening checks the file
        result.value = T();
        result.error = tr("The offline copy of your connections could not be read: %1.").arg(error);
    }
    return result;
}
