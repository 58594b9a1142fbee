#include "ErrorContent.h"

#include <QJsonArray>

namespace ErrorContent {

namespace {

using Kind = ProductUpdater::Failure::Kind;

const QString HelpCentre = QStringLiteral("https://help.akeneo.com/pim/serenity/articles/");

SymfonyJson href(const QString &title, const QString &page)
{
    return SymfonyJson::object({{QStringLiteral("type"), "href"},
                                {QStringLiteral("href"), QString(HelpCentre + page)},
                                {QStringLiteral("title"), title}});
}

SymfonyJson route(const QString &title, const QString &name,
                  const SymfonyJson &parameters = SymfonyJson::array())
{
    return SymfonyJson::object({{QStringLiteral("type"), "route"},
                                {QStringLiteral("route"), name},
                                {QStringLiteral("routeParameters"), parameters},
                                {QStringLiteral("title"), title}});
}

// One documentation entry; `style` is "text" or "information".
SymfonyJson entry(const QString &message, const SymfonyJson &parameters, const char *style)
{
    return SymfonyJson::object({{QStringLiteral("message"), message},
                                {QStringLiteral("parameters"), parameters},
                                {QStringLiteral("style"), style}});
}

// "Please check your {x}." then "More information about ...: {a} {b}.", as the PIM documents a
// reference to an unknown family, attribute or category.
SymfonyJson unknownReference(const QString &settingsName, const SymfonyJson &settings,
                             const QString &about, const QString &firstName,
                             const SymfonyJson &first, const QString &secondName,
                             const SymfonyJson &second)
{
    SymfonyJson settingsParameters = SymfonyJson::object();
    settingsParameters.insert(settingsName, settings);
    SymfonyJson moreParameters = SymfonyJson::object();
    moreParameters.insert(firstName, first);
    moreParameters.insert(secondName, second);
    return SymfonyJson::array({entry(QStringLiteral("Please check your {%1}.").arg(settingsName),
                                     settingsParameters, "text"),
                               entry(QStringLiteral("More information about %1: {%2} {%3}.")
                                         .arg(about, firstName, secondName),
                                     moreParameters, "information")});
}

SymfonyJson documentation(Kind kind)
{
    switch (kind) {
    case Kind::UnknownFamily:
        return unknownReference(
            QStringLiteral("family_settings"),
            route(QStringLiteral("Family settings"), QStringLiteral("pim_enrich_family_index")),
            QStringLiteral("families"), QStringLiteral("what_is_a_family"),
            href(QStringLiteral("What is a family?"), QStringLiteral("what-is-a-family.html")),
            QStringLiteral("manage_your_families"),
            href(QStringLiteral("Manage your families"),
                 QStringLiteral("manage-your-families.html")));
    case Kind::UnknownAttribute:
        return unknownReference(QStringLiteral("attribute_settings"),
                                route(QStringLiteral("Attributes settings"),
                                      QStringLiteral("pim_enrich_attribute_index")),
                                QStringLiteral("attributes"), QStringLiteral("what_is_attribute"),
                                href(QStringLiteral("What is an attribute?"),
                                     QStringLiteral("what-is-an-attribute.html")),
                                QStringLiteral("manage_attribute"),
                                href(QStringLiteral("Manage your attributes"),
                                     QStringLiteral("manage-your-attributes.html")));
    case Kind::UnknownCategory:
        return unknownReference(
            QStringLiteral("categories_settings"),
            route(QStringLiteral("Categories settings"),
                  QStringLiteral("pim_enrich_categorytree_index")),
            QStringLiteral("catalogs and categories"), QStringLiteral("what_is_a_category"),
            href(QStringLiteral("What is a category?"), QStringLiteral("what-is-a-category.html")),
            QStringLiteral("categorize_a_product"),
            href(QStringLiteral("Categorize a product"),
                 QStringLiteral("categorize-a-product.html")));
    case Kind::Technical:
        break;
    }
    return SymfonyJson::array();
}

// The message's template and its parameter, for a reference to an unknown code.
QPair<QString, QString> templateOf(Kind kind)
{
    switch (kind) {
    case Kind::UnknownFamily:
        return {QStringLiteral("The {family_code} family does not exist in your PIM."),
                QStringLiteral("family_code")};
    case Kind::UnknownAttribute:
        return {QStringLiteral("The {attribute_code} attribute does not exist in your PIM."),
                QStringLiteral("attribute_code")};
    case Kind::UnknownCategory:
        return {QStringLiteral("The {category_code} category does not exist in your PIM."),
                QStringLiteral("category_code")};
    case Kind::Technical:
        break;
    }
    return {};
}

SymfonyJson productJson(const Product &product)
{
    return SymfonyJson::object(
        {{QStringLiteral("id"), product.id ? SymfonyJson(*product.id) : SymfonyJson()},
         {QStringLiteral("identifier"), product.identifier},
         {QStringLiteral("label"), product.label},
         {QStringLiteral("family"),
          product.family ? SymfonyJson(*product.family) : SymfonyJson()}});
}

SymfonyJson nullable(const std::optional<QString> &value)
{
    return value ? SymfonyJson(*value) : SymfonyJson();
}

} // namespace

Product productOf(const ProductStore::Product &product, bool saved)
{
    QString label = product.identifier;
    for (const QJsonValue &value : product.values.value(QStringLiteral("name")).toArray()) {
        const QString name = value.toObject().value(QStringLiteral("data")).toString();
        if (!name.isEmpty()) {
            label = name;
            break;
        }
    }
    return {saved ? std::optional<qint64>(product.id) : std::nullopt, product.identifier, label,
            product.family};
}

SymfonyJson domainError(const ProductUpdater::Failure &failure, const Product &product)
{
    const auto [messageTemplate, parameter] = templateOf(failure.kind);
    SymfonyJson parameters = SymfonyJson::object();
    parameters.insert(parameter, failure.code);
    return SymfonyJson::object({{QStringLiteral("type"), "domain_error"},
                                {QStringLiteral("message"), failure.message},
                                {QStringLiteral("message_template"), messageTemplate},
                                {QStringLiteral("message_parameters"), parameters},
                                {QStringLiteral("documentation"), documentation(failure.kind)},
                                {QStringLiteral("product"), productJson(product)}});
}

SymfonyJson violation(const ProductUpdater::Violation &violation, const Product &product)
{
    SymfonyJson more = SymfonyJson::object();
    more.insert(QStringLiteral("manage_attributes_options"),
                href(QStringLiteral("Manage select attributes options"),
                     QStringLiteral("manage-your-attributes.html"
                                    "#manage-simple-and-multi-selects-attribute-options")));
    SymfonyJson settings = SymfonyJson::object();
    settings.insert(
        QStringLiteral("attribute_options_settings"),
        route(QStringLiteral("Options settings of the %1 attribute").arg(violation.attribute),
              QStringLiteral("pim_enrich_attribute_edit"),
              SymfonyJson::object({{QStringLiteral("code"), violation.attribute}})));
    return SymfonyJson::object(
        {{QStringLiteral("property"), "values"},
         {QStringLiteral("message"), ProductUpdater::violationMessage(violation)},
         {QStringLiteral("attribute"), violation.attribute},
         {QStringLiteral("locale"), nullable(violation.locale)},
         {QStringLiteral("scope"), nullable(violation.scope)},
         {QStringLiteral("type"), "violation_error"},
         {QStringLiteral("message_template"), ProductUpdater::violationTemplate()},
         {QStringLiteral("message_parameters"),
          SymfonyJson::object({{QStringLiteral("%attribute_code%"), violation.attribute},
                               {QStringLiteral("%invalid_option%"), violation.option}})},
         {QStringLiteral("documentation"),
          SymfonyJson::array(
              {entry(QStringLiteral("More information about select attributes: "
                                    "{manage_attributes_options}."),
                     more, "information"),
               entry(QStringLiteral("Please check the {attribute_options_settings}."), settings,
                     "text")})},
         {QStringLiteral("product"), productJson(product)}});
}

SymfonyJson unknownProduct(const QString &identifier)
{
    const QString messageTemplate =
        QStringLiteral("The {product_identifier} product does not exist in your PIM or you do "
                       "not have permission to access it.");
    return SymfonyJson::object(
        {{QStringLiteral("type"), "domain_error"},
         {QStringLiteral("message"),
          QString(messageTemplate).replace(QLatin1String("{product_identifier}"), identifier)},
         {QStringLiteral("message_template"), messageTemplate},
         {QStringLiteral("message_parameters"),
          SymfonyJson::object({{QStringLiteral("product_identifier"), identifier}})}});
}

} // namespace ErrorContent
