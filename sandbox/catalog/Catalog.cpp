#include "Catalog.h"

namespace Catalog {

const QStringList &families()
{
    static const QStringList list = {QStringLiteral("bags"), QStringLiteral("clothing"),
                                     QStringLiteral("shoes")};
    return list;
}

const QStringList &categories()
{
    static const QStringList list = {QStringLiteral("bags"), QStringLiteral("sneakers"),
                                     QStringLiteral("summer_collection"),
                                     QStringLiteral("tshirts")};
    return list;
}

const QList<Attribute> &attributes()
{
    static const QList<Attribute> list = {
        {identifierAttribute(), AttributeType::Identifier, {}},
        {QStringLiteral("name"), AttributeType::Text, {}},
        {QStringLiteral("description"), AttributeType::Text, {}},
        {QStringLiteral("color"),
         AttributeType::SimpleSelect,
         {QStringLiteral("black"), QStringLiteral("blue"), QStringLiteral("green"),
          QStringLiteral("red"), QStringLiteral("white")}},
        {QStringLiteral("size"),
         AttributeType::SimpleSelect,
         {QStringLiteral("s"), QStringLiteral("m"), QStringLiteral("l"), QStringLiteral("xl")}},
    };
    return list;
}

const Attribute *attribute(const QString &code)
{
    for (const Attribute &candidate : attributes()) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

} // namespace Catalog
