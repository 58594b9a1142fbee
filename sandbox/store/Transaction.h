#pragma once

#include <QSqlDatabase>

// Begins a transaction; rolls it back on destruction unless commit() succeeded. A request either
// writes everything it means to or nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
