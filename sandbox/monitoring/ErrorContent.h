#pragma once

#include "catalog/ProductUpdater.h"
#include "domain/SymfonyJson.h"
#include "store/ProductStore.h"

#include <optional>

// The `content` of a business error (docs/pim-api.md §9.1), in the PIM's key order: what the
// error monitoring stores for a domain error or a violation, with the product concerned and the
// documentation the PIM adds (links to the help centre, `href`, and to PIM screens, `route`).
namespace ErrorContent {

// The product as the PIM's object was when the error happened: `id` is null for a product not
// yet saved; `family` is the one it had then.
struct Product
{
    std::optional<qint64> id;
    QString identifier;
    QString label;
    std::optional<QString> family;
};

// The product as §9.1 names it; `saved`: whether it is in the store (else its id is null). Its
// label is its name when it has one, its identifier otherwise.
Product productOf(const ProductStore::Product &product, bool saved);

// {"type":"domain_error","message",...,"documentation":[...],"product":{...}}
SymfonyJson domainError(const ProductUpdater::Failure &failure, const Product &product);
// {"property":"values","message",...,"type":"violation_error",...,"product":{...}}
SymfonyJson violation(const ProductUpdater::Violation &violation, const Product &product);
// The domain error of a product that does not exist (a 404 on a monitored route).
SymfonyJson unknownProduct(const QString &identifier);

} // namespace ErrorContent
