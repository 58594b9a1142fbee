#include "workspace/FailureClass.h"

namespace FailureClasses {

FailureClass of(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        return FailureClass::Ignored;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Offline:
        return FailureClass::Unreachable;
    case ApiError::Kind::SignInRefused:
    case ApiError::Kind::SignedOut:
        return FailureClass::NeedsPassword;
    case ApiError::Kind::Server:
        // Gateway answers: the proxy is there, the PIM behind it is not.
        if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
            return FailureClass::Unreachable;
        return FailureClass::Refused;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Unavailable:
        return FailureClass::Refused;
    }
    return FailureClass::Refused;
}

bool couldNotReach(const ApiError &error)
{
    return of(error) == FailureClass::Unreachable && error.kind != ApiError::Kind::Malformed &&
           error.kind != ApiError::Kind::Offline;
}

} // namespace FailureClasses
