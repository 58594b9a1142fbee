#pragma once

#include "domain/ApiError.h"

// The exit codes of pim-connections-cli (README, "Command line").
namespace CliExit {

enum Code {
    Success = 0,
    Refused = 1, // the PIM refused (validation, unknown code, no right...): its reasons on stderr
    Usage = 2,   // unknown command or option, missing argument, not confirmed
    Unreachable = 3, // the PIM cannot be reached, or signing in failed
};

// A failed call: 3 when the PIM could not be used (FailureClass Unreachable or NeedsPassword,
// and Offline), else 1.
Code forError(const ApiError &error);

} // namespace CliExit
