#include "ProductService.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "store/Store.h"

namespace {

using Kind = ProductService::Outcome::Kind;

} // namespace

ProductService::ProductService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

ProductService::Outcome ProductService::create(const QJsonObject &body)
{
    Outcome outcome;
    const QJsonValue identifier = body.value(QStringLiteral("identifier"));
    outcome.identifier = identifier.toString();
    if (!identifier.isString() || outcome.identifier.trimmed().isEmpty()) {
        outcome.kind = Kind::IdentifierMissing;
        return outcome;
    }
    if (m_store.products().find(outcome.identifier)) {
        outcome.kind = Kind::IdentifierTaken;
        return outcome;
    }
    ProductStore::Product product;
    product.identifier = outcome.identifier;
    return save(product, false, body);
}

ProductService::Outcome ProductService::upsert(const QString &identifier, const QJsonObject &body)
{
    const QJsonValue inBody = body.value(QStringLiteral("identifier"));
    if (inBody.isString() && inBody.toString() != identifier) {
        Outcome outcome;
        outcome.kind = Kind::IdentifierMismatch;
        outcome.identifier = identifier;
        outcome.bodyIdentifier = inBody.toString();
        return outcome;
    }
    const auto existing = m_store.products().find(identifier);
    ProductStore::Product product;
    product.identifier = identifier;
    return save(existing.value_or(product), existing.has_value(), body);
}

ProductService::Outcome ProductService::save(ProductStore::Product product, bool exists,
                                             const QJsonObject &body)
{
    const ProductStore::Product before = product;
    Outcome outcome;
    outcome.identifier = product.identifier;
    if (auto failure = ProductUpdater::apply(body, &product)) {
        outcome.kind = Kind::UpdateFailed;
        outcome.failure = failure;
        outcome.product = ErrorContent::productOf(product, exists);
        return outcome;
    }
    outcome.violations = ProductUpdater::validate(product);
    if (!outcome.violations.isEmpty()) {
        outcome.kind = Kind::Invalid;
        outcome.product = ErrorContent::productOf(product, exists);
        return outcome;
    }
    if (exists && product.sameContentAs(before)) {
        outcome.kind = Kind::Unchanged;
        return outcome;
    }
    const qint64 now = m_clock.nowSeconds();
    product.updatedAt = now;
    if (exists) {
        outcome.kind = m_store.products().update(product) ? Kind::Updated : Kind::StoreFailed;
        return outcome;
    }
    product.createdAt = now;
    outcome.kind = m_store.products().insert(product) ? Kind::Created : Kind::StoreFailed;
    if (outcome.kind == Kind::Created)
        qCDebug(lcSandbox, "created the product %s", qPrintable(product.identifier));
    return outcome;
}

std::optional<ProductStore::Product> ProductService::find(const QString &identifier) const
{
    return m_store.products().find(identifier);
}

QList<ProductStore::Product> ProductService::page(int page, int limit) const
{
    return m_store.products().list(qint64(page - 1) * limit, limit);
}

int ProductService::count() const
{
    return m_store.products().count();
}

bool ProductService::remove(const QString &identifier)
{
    const auto product = m_store.products().find(identifier);
    return product && m_store.products().remove(product->id);
}
