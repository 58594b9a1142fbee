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
    return Database::run(
        query,
        QStringLiteral(
            "INSERT OR REPLACE INTO connected_apps (connection_code, id, name, scopes, logo,"
            " author, user_group_name, categories, certified, partner, is_custom_app)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {connectionCode, metadata.id, metadata.name, toJson(metadata.scopes), metadata.logo,
         metadata.author, metadata.userGroupName, toJson(metadata.categories),
         metadata.certified ? 1 : 0,
         metadata.partner ? QVariant(*metadata.partner) : QVariant(QMetaType::fromType<QString>()),
         metadata.isCustomApp ? 1 : 0},
        "describe a connected App");
}

std::optional<ConnectedAppStore::Metadata>
ConnectedAppStore::find(const QString &connectionCode) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT id, name, scopes, logo, author, user_group_name,"
                                      " categories, certified, partner, is_custom_app"
                                      " FROM connected_apps WHERE connection_code = ?"),
                       {connectionCode}, "find a connected App") ||
        !query.next())
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
    return Database::run(query,
                         QStringLiteral("DELETE FROM connected_apps WHERE connection_code = ?"),
                         {connectionCode}, "forget a connected App");
}
