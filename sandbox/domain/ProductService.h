#pragma once

#include "catalog/ProductUpdater.h"
#include "monitoring/ErrorContent.h"
#include "store/ProductStore.h"

#include <QJsonObject>

#include <optional>

class Clock;
class Store;

// The products of the public API (docs/pim-api.md §5 and §9): creation, update (an upsert, as
// the PIM's PATCH is), reading and deletion, with the checks of the PIM's product controller,
// updater and validator, in that order.
class ProductService
{
public:
    struct Outcome
    {
        enum class Kind {
            Created,
            Updated,
            Unchanged,          // a PATCH that changes nothing: no new version, nothing counted
            IdentifierMissing,  // POST without an identifier
            IdentifierTaken,    // POST of an identifier already used
            IdentifierMismatch, // PATCH whose body names another identifier than the path
            UpdateFailed,       // the updater stopped: see failure
            Invalid,            // the validator refused: see violations
            StoreFailed,
        };

        Kind kind = Kind::StoreFailed;
        QString identifier;
        QString bodyIdentifier; // IdentifierMismatch
        std::optional<ProductUpdater::Failure> failure;
        QList<ProductUpdater::Violation> violations;
        // The product the errors are about, as it was when they happened (§9.1's "product").
        ErrorContent::Product product;
    };

    ProductService(Store &store, const Clock &clock);

    Outcome create(const QJsonObject &body);
    Outcome upsert(const QString &identifier, const QJsonObject &body);
    std::optional<ProductStore::Product> find(const QString &identifier) const;
    // Page `page` (from 1) of `limit` products, oldest first.
    QList<ProductStore::Product> page(int page, int limit) const;
    int count() const;
    // False when there is no such product (or the store failed).
    bool remove(const QString &identifier);

private:
    Outcome save(ProductStore::Product product, bool exists, const QJsonObject &body);

    Store &m_store;
    const Clock &m_clock;
};
