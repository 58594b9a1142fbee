#pragma once

#include "http/Router.h"
#include "store/UserStore.h"

#include <functional>

class BackOfficeAuth;

// Wraps a back-office handler with what the PIM does before its controllers (docs/pim-api.md §1
// and §2): a live signed-in session (else 401 with the login page), a body of reasonable size (else
// 413), a JSON body that parses when it says it is JSON (else 400), and, for the routes that need
// it, the "Manage connections settings" right (else 403).
namespace BackOfficeRoute {

inline constexpr qint64 MaxJsonBodyBytes = 1024 * 1024;

enum class Right { None, ManageConnections };

using Handler =
    std::function<HttpResponse(const HttpRequest &, const RouteParams &, const UserStore::User &)>;

RouteHandler wrap(BackOfficeAuth &auth, Right right, Handler handler,
                  qint64 maxBodyBytes = MaxJsonBodyBytes);

} // namespace BackOfficeRoute
