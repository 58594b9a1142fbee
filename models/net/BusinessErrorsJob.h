#pragma once

#include "domain/BusinessError.h"
#include "net/NetworkJob.h"

#include <optional>

// GET /rest/connections/{code}/business-errors[?end_date=YYYY-MM-DD] (docs/pim-api.md §9.1)
// → at most 100 errors, newest first, of the 7 UTC days that end with end_date. No ACL; an
// unknown code gives an empty list, not a 404.
class BusinessErrorsJob : public NetworkJob
{
    Q_OBJECT

public:
    BusinessErrorsJob(PimSession *session, const QString &code,
                      std::optional<QDate> endDate = std::nullopt, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const QList<BusinessError> &errors);

private:
    QString m_code;
};
