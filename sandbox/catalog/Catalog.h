#pragma once

#include <QString>
#include <QStringList>

// The sandbox's small catalogue structure: what a product of its public API can refer to
// (docs/pim-api.md §9.1 shows the errors of a product that refers to something else). Fixed, like
// the roles and groups: a PIM's administrators would set it up, this project never changes it.
namespace Catalog {

enum class AttributeType { Identifier, Text, SimpleSelect };

struct Attribute
{
    QString code;
    AttributeType type = AttributeType::Text;
    QStringList options; // simple selects only
};

// The identifier attribute, whose value is the product's identifier.
inline QString identifierAttribute()
{
    return QStringLiteral("sku");
}

const QStringList &families();
const QStringList &categories();
const QList<Attribute> &attributes();
// nullptr for a code the catalogue does not have.
const Attribute *attribute(const QString &code);

} // namespace Catalog
