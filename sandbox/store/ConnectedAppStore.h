#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What a connected App shows besides its connection (docs/pim-api.md §11.2): the App Store's
// description of it. An App added with --app has none stored; ConnectedAppService then makes one
// up from the connection.
class ConnectedAppStore
{
public:
    struct Metadata
    {
        QString id; // a UUID
        QString name;
        QStringList scopes;
        QString logo; // a file name under :/sandbox/apps/
        QString author;
        QString userGroupName;
        QStringList categories;
        bool certified = false;
        std::optional<QString> partner;
        bool isCustomApp = false;
    };

    explicit ConnectedAppStore(QSqlDatabase db);

    bool upsert(const QString &connectionCode, const Metadata &metadata);
    std::optional<Metadata> find(const QString &connectionCode) const;
    bool remove(const QString &connectionCode);

private:
    QSqlDatabase m_db;
};
