// ErrorMapping for the event subscription and event log routes (docs/pim-api.md §8).
#include "net/ErrorMapping.h"

#include "domain/WebhookErrors.h"

#include <QCoreApplication>

namespace ErrorMapping {

QString eventsUnavailableMessage()
{
    return QCoreApplication::translate(
        "ErrorMapping", "Event subscriptions and event logs are not available on this PIM: its "
                        "Events API is turned off or retired.");
}

ApiError fromEventsStatus(const HttpAnswer &answer)
{
    if (answer.hasHttpStatus() && answer.status == 404)
        return ApiError::make(ApiError::Kind::Unavailable, 404, eventsUnavailableMessage());
    if (answer.hasHttpStatus() && answer.status == 422) {
        QString why;
        const std::optional<FieldErrors> errors = WebhookErrors::parse(answer.body, &why);
        if (!errors)
            return malformed(answer, why);
        ApiError error = ApiError::make(ApiError::Kind::Validation, 422);
        error.fieldErrors = *errors;
        return error;
    }
    return fromStatus(answer);
}

} // namespace ErrorMapping
