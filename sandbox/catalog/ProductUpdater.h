#pragma once

#include "store/ProductStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the PIM's product updater and validator do with a body of the public API, for the
// sandbox's catalogue (docs/pim-api.md §9.1 describes the errors a connector gets).
namespace ProductUpdater {

// Why the updater stopped. The PIM's updater throws at the first problem: a domain error (a
// reference to something the catalogue does not have, recorded as a business error) or any other
// exception, which the error monitoring counts as a technical error (§9.2).
struct Failure
{
    enum class Kind { Technical, UnknownFamily, UnknownAttribute, UnknownCategory };

    Kind kind = Kind::Technical;
    QString message; // the exception's message, as the PIM words it
    QString code;    // the unknown family, attribute or category
};

// The failure for a reference to a family, attribute or category the catalogue does not have:
// "The shoes2 family does not exist in your PIM."
Failure unknownReference(Failure::Kind kind, const QString &code);

// A value the validator refuses after the update: an option a simple select does not have.
struct Violation
{
    QString attribute;
    std::optional<QString> locale;
    std::optional<QString> scope;
    QString option;
};

// Applies the fields of the body in this order: enabled, family, categories, values. Values
// merge per attribute, locale and scope; a null data removes one. `product` keeps what was
// applied before a failure, like the PIM's product object does.
std::optional<Failure> apply(const QJsonObject &body, ProductStore::Product *product);

// The violations of a product once updated, by attribute.
QList<Violation> validate(const ProductStore::Product &product);

// "The unknown_color value is not in the color attribute option list."
QString violationMessage(const Violation &violation);
QString violationTemplate();

// PHP's gettype() of a JSON value, which the PIM's messages quote: "string", "array", ...
QString phpType(const QJsonValue &value);

} // namespace ProductUpdater
