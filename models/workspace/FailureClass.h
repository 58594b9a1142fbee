#pragma once

#include "domain/ApiError.h"

// What a failed call to the PIM means for the workspace (see Workspace.h):
//
//  - Unreachable: the PIM cannot be used from here. Network and Timeout obviously; Tls too (a
//    certificate we refuse is, for the user, a PIM that cannot be reached safely); Malformed
//    ("not a PIM?": a captive portal, a proxy's error page, a wrong address); and the gateway
//    statuses 502, 503 and 504, which a reverse proxy answers while the PIM behind it is down or
//    being upgraded. The workspace goes Offline with this reason, keeps showing the cached
//    snapshot (reading keeps working) and tries again later; the reason is shown to the user.
//  - NeedsPassword: the PIM answers but will not let us in (SignInRefused: wrong password;
//    SignedOut: the session is over and there is no password to renew it). Trying again
//    without a new password cannot help: the window asks for one.
//  - Refused: the PIM answered and said no (Forbidden, NotFound, Validation, another 5xx...).
//    The PIM is reachable; the error is reported as it is.
//  - Ignored: Cancelled (we did it ourselves).
enum class FailureClass { Unreachable, NeedsPassword, Refused, Ignored };

namespace FailureClasses {

FailureClass of(const ApiError &error);
// The PIM did not answer at all, or only through a gateway that says it is down (Network,
// Timeout, Tls, 502/503/504): the only failures where the offline copy may stand in for an
// answer. Not a Malformed answer (the PIM, or something, answered) nor a refused session.
bool couldNotReach(const ApiError &error);

} // namespace FailureClasses
