#include "Transaction.h"

#include "SandboxLog.h"

#include <QSqlError>

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcSandboxStore, "cannot begin a transaction: %s",
                  qPrintable(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcSandboxStore, "cannot roll back: %s", qPrintable(m_db.lastError().text()));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        qCWarning(lcSandboxStore, "cannot commit: %s", qPrintable(m_db.lastError().text()));
        return false; // the destructor rolls back
    }
    m_active = false;
    return true;
}
