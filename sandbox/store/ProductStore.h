#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The products of the public API (docs/pim-api.md §5, §9), oldest first.
class ProductStore
{
public:
    struct Product
    {
        qint64 id = 0; // 0 until stored
        QString identifier;
        bool enabled = true;
        std::optional<QString> family;
        QStringList categories;
        // {"attribute":[{"locale":..,"scope":..,"data":..}]}, as the API writes values
        QJsonObject values;
        qint64 createdAt = 0; // seconds since the epoch, UTC
        qint64 updatedAt = 0;

        // What a change of the product is about; the dates are not part of it.
        bool sameContentAs(const Product &other) const;
    };

    explicit ProductStore(QSqlDatabase db);

    std::optional<qint64> insert(const Product &product);
    bool update(const Product &product);
    // Identifiers compare without regard to case, like the PIM's.
    std::optional<Product> find(const QString &identifier) const;
    QList<Product> list(qint64 offset, int limit) const;
    int count() const;
    bool remove(qint64 id);

private:
    QSqlDatabase m_db;
};
