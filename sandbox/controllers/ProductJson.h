#pragma once

#include "catalog/ProductUpdater.h"
#include "domain/SymfonyJson.h"
#include "store/ProductStore.h"

// The public API's product shapes and errors (docs/pim-api.md §5 and §9.1), in the PIM's key
// order.
namespace ProductJson {

// A product; with `selfHref`, the item of a list (its "_links" first).
SymfonyJson product(const ProductStore::Product &product, const QString &selfHref = QString());

// {"code":422,"message":"<message> Check the expected format on the API documentation.",
//  "_links":{"documentation":{"href":"http://api.akeneo.com/api-reference.html#<anchor>"}}}
SymfonyJson documentedError(const QString &message, const QString &anchor);
// {"code":422,"message":"Validation failed.","errors":[{"property","message",...}]}
SymfonyJson validationFailed(const SymfonyJson &errors);
// One entry of `errors` for a value the validator refused.
SymfonyJson valueError(const ProductUpdater::Violation &violation);
// One entry of `errors` for a property of the product itself ("identifier").
SymfonyJson propertyError(const QString &property, const QString &message);
// "Product \"x\" does not exist or you do not have permission to access it."
QString notFoundMessage(const QString &identifier);

} // namespace ProductJson
