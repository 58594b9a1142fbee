#pragma once

#include "domain/PimTime.h"

#include <QDate>
#include <QUrlQuery>

#include <optional>

// The optional end_date (YYYY-MM-DD) of the dashboard's routes (docs/pim-api.md §10) and of the
// business errors (§9.1). Left out, the PIM takes today: in the user's zone for §10, in UTC for
// §9.1. A real PIM answers 500 to a malformed one (§10), so only a valid day is ever sent.
namespace AuditQuery {

inline QUrlQuery withEndDate(QUrlQuery query, const std::optional<QDate> &endDate)
{
    if (endDate && endDate->isValid())
        query.addQueryItem(QStringLiteral("end_date"), PimTime::formatDay(*endDate));
    return query;
}

} // namespace AuditQuery
