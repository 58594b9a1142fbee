#include "ConnectedAppStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QByteArray toJson(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

QStringList fromJson(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        out.append(value.toString());
    return out;
}

} // namespace

ConnectedAppStore::ConnectedAppStore(QSqlDatabase db)
    : m_db(db)
{}

bool ConnectedAppStore::upsert(const QString &connectionCode, const Metadata &metadata)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO connected_apps (connection_code, id, name, scopes, logo, author,"
        " user_group_name, categories, certified, partner, is_custom_app)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(connectionCode);
    query.addBindValue(metadata.id);
    query.addBindValue(metadata.name);
    query.addBindValue(toJson(metadata.scopes));
    query.addBindValue(metadata.logo);
    query.addBindValue(metadata.author);
    query.addBindValue(metadata.userGroupName);
    query.addBindValue(toJson(metadata.categories));
    query.addBindValue(metadata.certified ? 1 : 0);
    query.addBindValue(metadata.partner ? QVariant(*metadata.partner)
                                        : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(metadata.isCustomApp ? 1 : 0);
    return Database::exec(query, "describe a connected App");
}

std::optional<ConnectedAppStore::Metadata>
ConnectedAppStore::find(const QString &connectionCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, scopes, logo, author, user_group_name,"
                                 " categories, certified, partner, is_custom_app"
                                 " FROM connected_apps WHERE connection_code = ?"));
    query.addBindValue(connectionCode);
    if (!Database::exec(query, "find a connected App") || !query.next())
        return std::nullopt;
    Metadata metadata;
    metadata.id = query.value(0).toString();
    metadata.name = query.value(1).toString();
    metadata.scopes = fromJson(query.value(2).toByteArray());
    metadata.logo = query.value(3).toString();
    metadata.author = query.value(4).toString();
    metadata.userGroupName = query.value(5).toString();
    metadata.categories = fromJson(query.value(6).toByteArray());
    metadata.certified = query.value(7).toInt() != 0;
    if (!query.value(8).isNull())
        metadata.partner = query.value(8).toString();
    metadata.isCustomApp = query.value(9).toInt() != 0;
    return metadata;
}

bool ConnectedAppStore::remove(const QString &connectionCode)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM connected_apps WHERE connection_code = ?"));
    query.addBindValue(connectionCode);
    return Database::exec(query, "forget a connected App");
}
