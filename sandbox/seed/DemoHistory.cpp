#include "DemoHistory.h"

#include "Clock.h"
#include "monitoring/ErrorContent.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <algorithm>

namespace {

constexpr int Days = 8;

// Per day, from today (index 0) back to seven days ago.
constexpr qint64 Created[Days] = {12, 27, 4, 18, 31, 9, 22, 14};
constexpr qint64 Updated[Days] = {33, 71, 19, 52, 85, 37, 63, 48};
constexpr qint64 ReadByDestination[Days] = {64, 175, 30, 88, 142, 160, 95, 120};
constexpr qint64 ReadByApp[Days] = {25, 58, 12, 47, 66, 18, 52, 40};
constexpr qint64 Technical[Days] = {1, 1, 0, 0, 3, 1, 0, 2};

constexpr int WorkingHours[] = {9, 11, 14, 16};

using Kind = ProductUpdater::Failure::Kind;

// What went wrong in one business error of the history.
enum class What { UnknownOption, UnknownFamily, UnknownAttribute, UnknownCategory, NoProduct };

struct DemoError
{
    int daysAgo;
    int hour;
    int minute;
    What what;
    const char *identifier;
    const char *family; // of a product not in the catalogue
    const char *attribute;
    const char *code; // the unknown option, family, attribute or category
};

const DemoError Errors[] = {
    {7, 10, 5, What::UnknownAttribute, "1111111171", nullptr, nullptr, "weight"},
    {6, 10, 12, What::UnknownOption, "1111111172", nullptr, "color", "purple"},
    {6, 15, 40, What::UnknownFamily, "sneaker-runner-01", nullptr, nullptr, "footwear"},
    {5, 9, 5, What::UnknownAttribute, "1111111171", nullptr, nullptr, "material"},
    {4, 11, 30, What::UnknownOption, "1111111173", nullptr, "size", "xxl"},
    {4, 11, 31, What::UnknownOption, "1111111173", nullptr, "color", "navy"},
    {3, 14, 2, What::UnknownCategory, "1111111172", nullptr, nullptr, "winter_sale"},
    {2, 9, 45, What::NoProduct, "old-tote-2019", nullptr, nullptr, nullptr},
    {1, 16, 20, What::UnknownOption, "cotton-cap-02", "clothing", "color", "beige"},
    {0, 9, 10, What::UnknownFamily, "wool-beanie-01", nullptr, nullptr, "hats"},
};

SymfonyJson contentOf(const DemoError &demo, const ErrorContent::Product &product)
{
    const QString code = QString::fromLatin1(demo.code);
    switch (demo.what) {
    case What::UnknownOption:
        return ErrorContent::violation(
            {QString::fromLatin1(demo.attribute), std::nullopt, std::nullopt, code}, product);
    case What::UnknownFamily:
        return ErrorContent::domainError(
            ProductUpdater::unknownReference(Kind::UnknownFamily, code), product);
    case What::UnknownAttribute:
        return ErrorContent::domainError(
            ProductUpdater::unknownReference(Kind::UnknownAttribute, code), product);
    case What::UnknownCategory:
        return ErrorContent::domainError(
            ProductUpdater::unknownReference(Kind::UnknownCategory, code), product);
    case What::NoProduct:
        break;
    }
    return ErrorContent::unknownProduct(product.identifier);
}

} // namespace

DemoHistory::DemoHistory(Store &store, const Clock &clock, const QTimeZone &zone)
    : m_store(store)
    , m_now(clock.nowSeconds())
    , m_today(clock.nowUtc().toTimeZone(zone).date())
    , m_zone(zone)
{}

qint64 DemoHistory::at(int daysAgo, int hour, int minute) const
{
    const qint64 instant =
        QDateTime(m_today.addDays(-daysAgo), QTime(hour, minute), m_zone).toSecsSinceEpoch();
    return std::min(instant, m_now);
}

bool DemoHistory::spread(const QString &code, const QString &kind, int daysAgo, qint64 count)
{
    const int parts = int(std::size(WorkingHours));
    bool stored = true;
    for (int i = 0; i < parts; ++i) {
        const qint64 share = count * (i + 1) / parts - count * i / parts;
        if (share > 0)
            stored = stored &&
                     m_store.auditCounts().add(code, kind, at(daysAgo, WorkingHours[i], 0), share);
    }
    return stored;
}

bool DemoHistory::writeBusinessErrors(const QString &source)
{
    bool stored = true;
    for (const DemoError &demo : Errors) {
        const QString identifier = QString::fromLatin1(demo.identifier);
        const auto product = m_store.products().find(identifier);
        ProductStore::Product missing;
        missing.identifier = identifier;
        if (demo.family)
            missing.family = QString::fromLatin1(demo.family);
        const SymfonyJson content = contentOf(
            demo, ErrorContent::productOf(product.value_or(missing), product.has_value()));
        const qint64 when = at(demo.daysAgo, demo.hour, demo.minute);
        stored = stored && m_store.businessErrors().add({source, when, content.toJson()}) &&
                 m_store.auditCounts().add(source, AuditCountStore::businessError(), when, 1);
    }
    return stored;
}

bool DemoHistory::write(const QString &source, const QString &destination, const QString &app)
{
    Transaction transaction(m_store.db());
    bool stored = writeBusinessErrors(source);
    for (int daysAgo = 0; daysAgo < Days; ++daysAgo) {
        stored = stored &&
                 spread(source, AuditCountStore::productCreated(), daysAgo, Created[daysAgo]) &&
                 spread(source, AuditCountStore::productUpdated(), daysAgo, Updated[daysAgo]) &&
                 spread(source, AuditCountStore::technicalError(), daysAgo, Technical[daysAgo]) &&
                 spread(destination, AuditCountStore::productRead(), daysAgo,
                        ReadByDestination[daysAgo]) &&
                 spread(app, AuditCountStore::productRead(), daysAgo, ReadByApp[daysAgo]);
    }
    return stored && transaction.commit();
}
