#include "ProductStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Columns = QStringLiteral("SELECT id, identifier, enabled, family, categories,"
                                       " product_values, created_at, updated_at FROM products");

ProductStore::Product read(const QSqlQuery &query)
{
    ProductStore::Product product;
    product.id = query.value(0).toLongLong();
    product.identifier = query.value(1).toString();
    product.enabled = query.value(2).toInt() != 0;
    if (!query.value(3).isNull())
        product.family = query.value(3).toString();
    for (const QJsonValue &category : QJsonDocument::fromJson(query.value(4).toByteArray()).array())
        product.categories.append(category.toString());
    product.values = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    product.createdAt = query.value(6).toLongLong();
    product.updatedAt = query.value(7).toLongLong();
    return product;
}

QByteArray categoriesJson(const QStringList &categories)
{
    return QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact);
}

QByteArray valuesJson(const QJsonObject &values)
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

// The values of enabled, family, categories and product_values, in that order.
QVariantList contentValues(const ProductStore::Product &product)
{
    return {product.enabled ? 1 : 0,
            product.family ? QVariant(*product.family) : QVariant(QMetaType::fromType<QString>()),
            categoriesJson(product.categories), valuesJson(product.values)};
}

} // namespace

bool ProductStore::Product::sameContentAs(const Product &other) const
{
    return identifier == other.identifier && enabled == other.enabled && family == other.family &&
           categories == other.categories && values == other.values;
}

ProductStore::ProductStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<qint64> ProductStore::insert(const Product &product)
{
    QSqlQuery query(m_db);
    if (!Database::run(query,
                       QStringLiteral("INSERT INTO products (identifier, enabled, family,"
                                      " categories, product_values, created_at, updated_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       QVariantList{product.identifier} + contentValues(product) +
                           QVariantList{product.createdAt, product.updatedAt},
                       "create a product"))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ProductStore::update(const Product &product)
{
    QSqlQuery query(m_db);
    return Database::run(query,
                         QStringLiteral("UPDATE products SET enabled = ?, family = ?,"
                                        " categories = ?, product_values = ?, updated_at = ?"
                                        " WHERE id = ?"),
                         contentValues(product) + QVariantList{product.updatedAt, product.id},
                         "update a product") &&
           query.numRowsAffected() == 1;
}

std::optional<ProductStore::Product> ProductStore::find(const QString &identifier) const
{
    QSqlQuery query(m_db);
    // identifier: a COLLATE NOCASE column
    if (!Database::run(query, Columns + QStringLiteral(" WHERE identifier = ?"), {identifier},
                       "find a product") ||
        !query.next())
        return std::nullopt;
    return read(query);
}

QList<ProductStore::Product> ProductStore::list(qint64 offset, int limit) const
{
    QList<Product> out;
    QSqlQuery query(m_db);
    if (!Database::run(query, Columns + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"),
                       {limit, offset}, "list products"))
        return out;
    while (query.next())
        out.append(read(query));
    return out;
}

int ProductStore::count() const
{
    QSqlQuery query(m_db);
    if (!Database::run(query, QStringLiteral("SELECT count(*) FROM products"), {},
                       "count products") ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool ProductStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Database::run(query, QStringLiteral("DELETE FROM products WHERE id = ?"), {id},
                         "delete a product") &&
           query.numRowsAffected() == 1;
}
