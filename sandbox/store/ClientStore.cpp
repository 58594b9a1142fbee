#include "ClientStore.h"

#include "Database.h"
#include "domain/CredentialFormat.h"

#include <QSqlQuery>
#include <QVariant>

ClientStore::ClientStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<ClientStore::Client> ClientStore::create(const QString &label)
{
    Client client;
    client.randomId = CredentialFormat::randomToken();
    client.secret = CredentialFormat::randomToken();
    QSqlQuery query(m_db);
    if (!Database::run(
            query,
            QStringLiteral("INSERT INTO clients (random_id, secret, label) VALUES (?, ?, ?)"),
            {client.randomId, client.secret, label}, "create a client"))
        return std::nullopt;
    client.id = query.lastInsertId().toLongLong();
    return client;
}

std::optional<ClientStore::Client> ClientStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("SELECT id, random_id, secret FROM clients WHERE id = ?"),
                       {id}, "find a client") ||
        !query.next())
        return std::nullopt;
    return Client{query.value(0).toLongLong(), query.value(1).toString(),
                  query.value(2).toString()};
}

std::optional<ClientStore::Client> ClientStore::findByPublicId(const QString &publicId) const
{
    const qsizetype underscore = publicId.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 id = publicId.left(underscore).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    std::optional<Client> client = find(id);
    if (!client || client->randomId != publicId.mid(underscore + 1))
        return std::nullopt;
    return client;
}

bool ClientStore::setSecret(qint64 id, const QString &secret)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("UPDATE clients SET secret = ? WHERE id = ?"),
                         {secret, id}, "change a secret") &&
           query.numRowsAffected() == 1;
}

bool ClientStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM clients WHERE id = ?"), {id},
                         "delete a client");
}
