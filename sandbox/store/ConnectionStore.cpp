#include "ConnectionStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Columns =
    QStringLiteral("SELECT id, code, label, flow_type, image, auditable, type, user_id, client_id"
                   " FROM connections");

ConnectionStore::Record read(const QSqlQuery &query)
{
    ConnectionStore::Record record;
    record.id = query.value(0).toLongLong();
    record.code = query.value(1).toString();
    record.label = query.value(2).toString();
    record.flowType = query.value(3).toString();
    if (!query.value(4).isNull())
        record.image = query.value(4).toString();
    record.auditable = query.value(5).toInt() != 0;
    record.type = query.value(6).toString();
    record.userId = query.value(7).toLongLong();
    record.clientId = query.value(8).toLongLong();
    return record;
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ConnectionStore::ConnectionStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<qint64> ConnectionStore::insert(const Record &record, qint64 createdAtMs)
{
    QSqlQuery query(m_db);
    if (!Database::run(
            query,
            QStringLiteral(
                "INSERT INTO connections (code, label, flow_type, image, auditable, type, user_id,"
                " client_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record.code, record.label, record.flowType, nullable(record.image),
             record.auditable ? 1 : 0, record.type, record.userId, record.clientId, createdAtMs},
            "create a connection"))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

QList<ConnectionStore::Record> ConnectionStore::list(const QStringList &types) const
{
    QList<Record> out;
    QSqlQuery query(m_db);
    if (!Database::run(query, Columns + QStringLiteral(" ORDER BY created_at, id"), {},
                       "list connections"))
        return out;
    while (query.next()) {
        Record record = read(query);
        if (types.isEmpty() || types.contains(record.type))
            out.append(record);
    }
    return out;
}

std::optional<ConnectionStore::Record> ConnectionStore::findWhere(const QString &condition,
                                                                  const QVariant &value) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query, Columns + QStringLiteral(" WHERE ") + condition, {value},
                       "find a connection") ||
        !query.next())
        return std::nullopt;
    return read(query);
}

std::optional<ConnectionStore::Record> ConnectionStore::findByCode(const QString &code) const
{
    return findWhere(QStringLiteral("code = ?"), code); // the column is COLLATE NOCASE
}

std::optional<ConnectionStore::Record> ConnectionStore::findByClientId(qint64 clientId) const
{
    return findWhere(QStringLiteral("client_id = ?"), clientId);
}

std::optional<ConnectionStore::Record> ConnectionStore::findByUserId(qint64 userId) const
{
    return findWhere(QStringLiteral("user_id = ?"), userId);
}

int ConnectionStore::count() const
{
    QSqlQuery query(m_db);
    if (!Database::run(query, QStringLiteral("SELECT count(*) FROM connections"), {},
                       "count connections") ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool ConnectionStore::update(const Record &record)
{
    QSqlQuery query(m_db);
    return Database::run(
               query,
               QStringLiteral("UPDATE connections SET label = ?, flow_type = ?, image = ?,"
                              " auditable = ? WHERE id = ?"),
               {record.label, record.flowType, nullable(record.image), record.auditable ? 1 : 0,
                record.id},
               "update a connection") &&
           query.numRowsAffected() == 1;
}

bool ConnectionStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM connections WHERE id = ?"), {id},
                         "delete a connection") &&
           query.numRowsAffected() == 1;
}
