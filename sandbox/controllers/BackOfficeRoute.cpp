#include "BackOfficeRoute.h"

#include "auth/BackOfficeAuth.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"

namespace BackOfficeRoute {

RouteHandler wrap(BackOfficeAuth &auth, Right right, Handler handler, qint64 maxBodyBytes)
{
    return [&auth, right, handler = std::move(handler), maxBodyBytes](const HttpRequest &request,
                                                                      const RouteParams &params) {
        const auto user = auth.currentUser(request);
        if (!user)
            return auth.unauthorized(request);
        if (request.body.size() > maxBodyBytes)
            return ErrorResponses::bodyTooLarge(request.path, maxBodyBytes);
        if (!request.body.isEmpty() && request.mimeType() == "application/json" &&
            !JsonBody::parse(request.body))
            return ErrorResponses::invalidJson(request.path);
        if (right == Right::ManageConnections && !user->canManageConnections)
            return BackOfficeAuth::forbidden();
        return handler(request, params, *user);
    };
}

} // namespace BackOfficeRoute
