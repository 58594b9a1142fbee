#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// OAuth clients (docs/pim-api.md §3: client_id "{numeric id}_{random}", secret).
class ClientStore
{
public:
    struct Client
    {
        qint64 id = 0;
        QString randomId;
        QString secret;

        QString publicId() const { return QString::number(id) + QLatin1Char('_') + randomId; }
    };

    explicit ClientStore(QSqlDatabase db);

    // Generates the random id and the secret.
    std::optional<Client> create(const QString &label);
    std::optional<Client> find(qint64 id) const;
    // "12_abc...": the client whose numeric id and random part both match.
    std::optional<Client> findByPublicId(const QString &publicId) const;
    bool setSecret(qint64 id, const QString &secret);
    bool remove(qint64 id);

private:
    QSqlDatabase m_db;
};
