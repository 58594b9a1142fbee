#include "CliExit.h"

#include "workspace/FailureClass.h"

namespace CliExit {

Code forError(const ApiError &error)
{
    switch (FailureClasses::of(error)) {
    case FailureClass::Unreachable:
    case FailureClass::NeedsPassword:
        return Unreachable;
    case FailureClass::Refused:
    case FailureClass::Ignored:
        break;
    }
    return error.isError() ? Refused : Success;
}

} // namespace CliExit
