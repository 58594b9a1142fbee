#include "OAuthController.h"

#include "domain/SymfonyJson.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"

#include <QJsonObject>

namespace {

const QByteArray JsonType = "application/json";
const QByteArray FormType = "application/x-www-form-urlencoded";

// A parameter read the way the PIM's OAuth server reads it: a string, else absent.
std::optional<QString> jsonParameter(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17); // PHP casts numbers to strings
    return std::nullopt;
}

std::optional<QString> formParameter(const QList<QPair<QString, QString>> &form, const QString &key)
{
    bool present = false;
    const QString value = HttpRequest::formValue(form, key, &present);
    return present ? std::optional<QString>(value) : std::nullopt;
}

} // namespace

OAuthController::OAuthController(OAuthServer &server)
    : m_server(server)
{}

void OAuthController::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/oauth/v1/token"),
               [this](const HttpRequest &r, const RouteParams &) { return token(r); });
}

QString OAuthController::message(OAuthServer::Error error, const std::optional<QString> &grantType)
{
    const bool refresh = grantType == QStringLiteral("refresh_token");
    switch (error) {
    case OAuthServer::Error::InvalidRequest:
        return refresh ? QStringLiteral(
                             "Parameter \"grant_type\" or \"refresh_token\" is missing or empty")
                       : QStringLiteral("Parameter \"grant_type\", \"username\" or \"password\" "
                                        "is missing, empty or invalid");
    case OAuthServer::Error::InvalidClient:
        return QStringLiteral("Parameter \"client_id\" is missing or does not match any client, "
                              "or secret is invalid");
    case OAuthServer::Error::UnauthorizedClient:
        return QStringLiteral("This grant type is not authorized for this client");
    case OAuthServer::Error::InvalidGrant:
        return refresh ? QStringLiteral("Refresh token is invalid or has expired")
                       : QStringLiteral("No user found for the given username and password");
    }
    return {};
}

HttpResponse OAuthController::token(const HttpRequest &request)
{
    const QByteArray mime = request.mimeType();
    if (mime.isEmpty())
        return HttpResponse::apiError(
            415, QStringLiteral("The \"Content-Type\" header is missing. \"application/json\" or "
                                "\"application/x-www-form-urlencoded\" has to be specified as "
                                "value."));
    if (mime != JsonType && mime != FormType)
        return HttpResponse::apiError(
            415, QStringLiteral("\"%1\" in \"Content-Type\" header is not valid. Only "
                                "\"application/json\" or \"application/x-www-form-urlencoded\" "
                                "are allowed.")
                     .arg(QString::fromLatin1(mime)));
    if (request.body.size() > MaxBodyBytes)
        return ErrorResponses::bodyTooLarge(request.path, MaxBodyBytes);

    OAuthServer::GrantRequest grant;
    const QStringList keys = {QStringLiteral("grant_type"), QStringLiteral("username"),
                              QStringLiteral("password"),   QStringLiteral("refresh_token"),
                              QStringLiteral("client_id"),  QStringLiteral("client_secret")};
    QList<std::optional<QString>> values;
    if (mime == JsonType) {
        const auto body = request.body.trimmed().isEmpty()
                              ? std::optional<QJsonValue>(QJsonObject())
                              : JsonBody::parse(request.body);
        if (!body)
            return ErrorResponses::invalidJson(request.path);
        const QJsonObject object = body->toObject(); // not an object: no parameter at all
        for (const QString &key : keys)
            values.append(jsonParameter(object, key));
    } else {
        const auto form = HttpRequest::parseForm(request.body);
        for (const QString &key : keys)
            values.append(formParameter(form, key));
    }
    grant.grantType = values.at(0);
    grant.username = values.at(1);
    grant.password = values.at(2);
    grant.refreshToken = values.at(3);

    // The client authenticates with HTTP Basic, or with client_id and client_secret in the body.
    const QByteArray authorization = request.header("Authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        grant.clientId = QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon));
        grant.clientSecret = colon < 0 ? QString() : QString::fromUtf8(decoded.mid(colon + 1));
    } else {
        grant.clientId = values.at(4);
        grant.clientSecret = values.at(5);
    }

    OAuthServer::Grant issued;
    if (const auto error = m_server.grant(grant, &issued))
        return HttpResponse::apiError(422, message(*error, grant.grantType));
    return HttpResponse::json(200, SymfonyJson::object({
                                       {QStringLiteral("access_token"), issued.accessToken},
                                       {QStringLiteral("expires_in"), issued.expiresIn},
                                       {QStringLiteral("token_type"), "bearer"},
                                       {QStringLiteral("scope"), nullptr},
                                       {QStringLiteral("refresh_token"), issued.refreshToken},
                                   }));
}
