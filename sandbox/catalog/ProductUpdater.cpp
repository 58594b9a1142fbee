#include "ProductUpdater.h"

#include "Catalog.h"

#include <QJsonArray>

namespace ProductUpdater {

namespace {

// Top-level keys that GET answers and a round trip sends back; the catalogue does not model
// them (no groups, variants or associations), so they are accepted and change nothing.
const QStringList IgnoredKeys = {
    QStringLiteral("groups"),       QStringLiteral("parent"),
    QStringLiteral("associations"), QStringLiteral("quantified_associations"),
    QStringLiteral("created"),      QStringLiteral("updated"),
    QStringLiteral("identifier")};
const QStringList AppliedKeys = {QStringLiteral("enabled"), QStringLiteral("family"),
                                 QStringLiteral("categories"), QStringLiteral("values")};

Failure technical(const QString &message)
{
    return {Failure::Kind::Technical, message, QString()};
}

Failure typeExpected(const QString &property, const QString &expected, const QJsonValue &given)
{
    return technical(QStringLiteral("Property \"%1\" expects %2 as data, \"%3\" given.")
                         .arg(property, expected, phpType(given)));
}

bool isNullOrString(const QJsonValue &value)
{
    return value.isNull() || value.isString();
}

std::optional<QString> optionalString(const QJsonValue &value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

std::optional<Failure> applyFamily(const QJsonValue &value, ProductStore::Product *product)
{
    if (!isNullOrString(value))
        return typeExpected(QStringLiteral("family"), QStringLiteral("a string"), value);
    const std::optional<QString> family = optionalString(value);
    if (family && !Catalog::families().contains(*family))
        return unknownReference(Failure::Kind::UnknownFamily, *family);
    product->family = family;
    return std::nullopt;
}

std::optional<Failure> applyCategories(const QJsonValue &value, ProductStore::Product *product)
{
    if (!value.isArray())
        return typeExpected(QStringLiteral("categories"), QStringLiteral("an array"), value);
    QStringList categories;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return typeExpected(QStringLiteral("categories"), QStringLiteral("an array of strings"),
                                item);
        const QString code = item.toString();
        if (!Catalog::categories().contains(code))
            return unknownReference(Failure::Kind::UnknownCategory, code);
        if (!categories.contains(code))
            categories.append(code);
    }
    product->categories = categories;
    return std::nullopt;
}

// One attribute's list of {"locale","scope","data"}, merged into `current`.
std::optional<Failure> applyValue(const Catalog::Attribute &attribute, const QJsonValue &list,
                                  QJsonArray *current)
{
    if (!list.isArray())
        return typeExpected(attribute.code, QStringLiteral("an array"), list);
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject value = entry.toObject();
        for (const QString &key :
             {QStringLiteral("locale"), QStringLiteral("scope"), QStringLiteral("data")}) {
            if (!entry.isObject() || !value.contains(key))
                return technical(QStringLiteral("Property \"%1\" expects an array with the key "
                                                "\"%2\".")
                                     .arg(attribute.code, key));
        }
        const QJsonValue locale = value.value(QStringLiteral("locale"));
        const QJsonValue scope = value.value(QStringLiteral("scope"));
        const QJsonValue data = value.value(QStringLiteral("data"));
        if (!isNullOrString(locale))
            return typeExpected(attribute.code + QStringLiteral(".locale"),
                                QStringLiteral("a string or null"), locale);
        if (!isNullOrString(scope))
            return typeExpected(attribute.code + QStringLiteral(".scope"),
                                QStringLiteral("a string or null"), scope);
        if (!isNullOrString(data))
            return typeExpected(attribute.code, QStringLiteral("a string"), data);
        for (qsizetype i = current->size() - 1; i >= 0; --i) {
            const QJsonObject existing = current->at(i).toObject();
            if (existing.value(QStringLiteral("locale")) == locale &&
                existing.value(QStringLiteral("scope")) == scope)
                current->removeAt(i);
        }
        if (!data.isNull())
            current->append(QJsonObject{{QStringLiteral("locale"), locale},
                                        {QStringLiteral("scope"), scope},
                                        {QStringLiteral("data"), data}});
    }
    return std::nullopt;
}

std::optional<Failure> applyValues(const QJsonValue &value, ProductStore::Product *product)
{
    if (!value.isObject())
        return typeExpected(QStringLiteral("values"), QStringLiteral("an array"), value);
    const QJsonObject values = value.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Catalog::Attribute *attribute = Catalog::attribute(it.key());
        if (!attribute)
            return unknownReference(Failure::Kind::UnknownAttribute, it.key());
        // The identifier's value is the product's identifier, kept apart.
        if (attribute->type == Catalog::AttributeType::Identifier) {
            QJsonArray ignored;
            if (const auto failure = applyValue(*attribute, it.value(), &ignored))
                return failure;
            continue;
        }
        QJsonArray current = product->values.value(it.key()).toArray();
        if (const auto failure = applyValue(*attribute, it.value(), &current))
            return failure;
        if (current.isEmpty())
            product->values.remove(it.key());
        else
            product->values.insert(it.key(), current);
    }
    return std::nullopt;
}

} // namespace

Failure unknownReference(Failure::Kind kind, const QString &code)
{
    const char *what = kind == Failure::Kind::UnknownFamily      ? "family"
                       : kind == Failure::Kind::UnknownAttribute ? "attribute"
                                                                 : "category";
    return {kind,
            QStringLiteral("The %1 %2 does not exist in your PIM.")
                .arg(code, QString::fromLatin1(what)),
            code};
}

QString phpType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number))
                   ? QStringLiteral("integer")
                   : QStringLiteral("double");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QStringLiteral("array");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("NULL");
}

std::optional<Failure> apply(const QJsonObject &body, ProductStore::Product *product)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!AppliedKeys.contains(it.key()) && !IgnoredKeys.contains(it.key()))
            return technical(QStringLiteral("Property \"%1\" does not exist.").arg(it.key()));
    }
    if (body.contains(QStringLiteral("enabled"))) {
        const QJsonValue enabled = body.value(QStringLiteral("enabled"));
        if (!enabled.isBool())
            return typeExpected(QStringLiteral("enabled"), QStringLiteral("a boolean"), enabled);
        product->enabled = enabled.toBool();
    }
    if (body.contains(QStringLiteral("family"))) {
        if (auto failure = applyFamily(body.value(QStringLiteral("family")), product))
            return failure;
    }
    if (body.contains(QStringLiteral("categories"))) {
        if (auto failure = applyCategories(body.value(QStringLiteral("categories")), product))
            return failure;
    }
    if (body.contains(QStringLiteral("values")))
        return applyValues(body.value(QStringLiteral("values")), product);
    return std::nullopt;
}

QList<Violation> validate(const ProductStore::Product &product)
{
    QList<Violation> out;
    for (auto it = product.values.begin(); it != product.values.end(); ++it) {
        const Catalog::Attribute *attribute = Catalog::attribute(it.key());
        if (!attribute || attribute->type != Catalog::AttributeType::SimpleSelect)
            continue;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject value = entry.toObject();
            const QString option = value.value(QStringLiteral("data")).toString();
            if (!attribute->options.contains(option))
                out.append({it.key(), optionalString(value.value(QStringLiteral("locale"))),
                            optionalString(value.value(QStringLiteral("scope"))), option});
        }
    }
    return out;
}

QString violationTemplate()
{
    return QStringLiteral(
        "The %invalid_option% value is not in the %attribute_code% attribute option list.");
}

QString violationMessage(const Violation &violation)
{
    return violationTemplate()
        .replace(QLatin1String("%invalid_option%"), violation.option)
        .replace(QLatin1String("%attribute_code%"), violation.attribute);
}

} // namespace ProductUpdater
