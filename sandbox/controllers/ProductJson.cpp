#include "ProductJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace ProductJson {

namespace {

QString dateTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           QStringLiteral("+00:00");
}

SymfonyJson nullableString(const QJsonValue &value)
{
    return value.isString() ? SymfonyJson(value.toString()) : SymfonyJson();
}

SymfonyJson values(const QJsonObject &values)
{
    SymfonyJson out = SymfonyJson::object();
    for (auto it = values.begin(); it != values.end(); ++it) {
        SymfonyJson list = SymfonyJson::array();
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject value = entry.toObject();
            list.append(SymfonyJson::object(
                {{QStringLiteral("locale"), nullableString(value.value(QStringLiteral("locale")))},
                 {QStringLiteral("scope"), nullableString(value.value(QStringLiteral("scope")))},
                 {QStringLiteral("data"), nullableString(value.value(QStringLiteral("data")))}}));
        }
        out.insert(it.key(), list);
    }
    return out;
}

} // namespace

SymfonyJson product(const ProductStore::Product &product, const QString &selfHref)
{
    SymfonyJson out = SymfonyJson::object();
    if (!selfHref.isEmpty())
        out.insert(
            QStringLiteral("_links"),
            SymfonyJson::object({{QStringLiteral("self"),
                                  SymfonyJson::object({{QStringLiteral("href"), selfHref}})}}));
    SymfonyJson categories = SymfonyJson::array();
    for (const QString &category : product.categories)
        categories.append(category);
    out.insert(QStringLiteral("identifier"), product.identifier);
    out.insert(QStringLiteral("enabled"), product.enabled);
    out.insert(QStringLiteral("family"),
               product.family ? SymfonyJson(*product.family) : SymfonyJson());
    out.insert(QStringLiteral("categories"), categories);
    out.insert(QStringLiteral("groups"), SymfonyJson::array());
    out.insert(QStringLiteral("parent"), SymfonyJson());
    // PHP writes an empty map as [].
    out.insert(QStringLiteral("values"),
               product.values.isEmpty() ? SymfonyJson::array() : values(product.values));
    out.insert(QStringLiteral("created"), dateTime(product.createdAt));
    out.insert(QStringLiteral("updated"), dateTime(product.updatedAt));
    return out;
}

SymfonyJson documentedError(const QString &message, const QString &anchor)
{
    return SymfonyJson::object(
        {{QStringLiteral("code"), 422},
         {QStringLiteral("message"),
          QString(message +
                  QStringLiteral(" Check the expected format on the API documentation."))},
         {QStringLiteral("_links"),
          SymfonyJson::object(
              {{QStringLiteral("documentation"),
                SymfonyJson::object(
                    {{QStringLiteral("href"),
                      QString(QStringLiteral("http://api.akeneo.com/api-reference.html#") +
                              anchor)}})}})}});
}

SymfonyJson validationFailed(const SymfonyJson &errors)
{
    return SymfonyJson::object({{QStringLiteral("code"), 422},
                                {QStringLiteral("message"), "Validation failed."},
                                {QStringLiteral("errors"), errors}});
}

SymfonyJson valueError(const ProductUpdater::Violation &violation)
{
    return SymfonyJson::object(
        {{QStringLiteral("property"), "values"},
         {QStringLiteral("message"), ProductUpdater::violationMessage(violation)},
         {QStringLiteral("attribute"), violation.attribute},
         {QStringLiteral("locale"),
          violation.locale ? SymfonyJson(*violation.locale) : SymfonyJson()},
         {QStringLiteral("scope"),
          violation.scope ? SymfonyJson(*violation.scope) : SymfonyJson()}});
}

SymfonyJson propertyError(const QString &property, const QString &message)
{
    return SymfonyJson::object(
        {{QStringLiteral("property"), property}, {QStringLiteral("message"), message}});
}

QString notFoundMessage(const QString &identifier)
{
    return QStringLiteral("Product \"%1\" does not exist or you do not have permission to access "
                          "it.")
        .arg(identifier);
}

} // namespace ProductJson
