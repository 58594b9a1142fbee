#include "net/ErrorMapping.h"

#include "domain/JsonRead.h"
#include "net/PimNetworkAccessManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ErrorMapping {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorMapping", text);
}

QJsonObject jsonObject(const QByteArray &body)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, nullptr))
        return {};
    return root.toObject();
}

ApiError validation(int status, const QString &message)
{
    ApiError error = ApiError::make(ApiError::Kind::Validation, status, message);
    if (!message.isEmpty())
        error.fieldErrors.append(FieldError{QString(), message});
    return error;
}

// A refusal with the PIM's JSON message, or else `fallback`.
ApiError validationOr(const HttpAnswer &answer, const QString &fallback)
{
    const QString message = jsonMessage(answer.body);
    return validation(answer.status, message.isEmpty() ? fallback : message);
}

// Section 4: {"errors":[{"name":"code","reason":"..."}, ...], "message":"..."}.
bool readViolations(const QJsonObject &object, FieldErrors *out, QString *why)
{
    const QJsonValue errors = object.value(QStringLiteral("errors"));
    if (!errors.isArray()) {
        JsonRead::setError(why, tr("\"errors\" is not a list"));
        return false;
    }
    for (const QJsonValue &item : errors.toArray()) {
        if (!item.isObject()) {
            JsonRead::setError(why, tr("a validation error is not a JSON object"));
            return false;
        }
        FieldError error;
        if (!JsonRead::optionalString(item.toObject(), QStringLiteral("name"), &error.field, why) ||
            !JsonRead::requiredString(item.toObject(), QStringLiteral("reason"), &error.reason,
                                      why))
            return false;
        out->append(error);
    }
    return true;
}

// Section 2, POST /image-media: {"<property path>":{"message":"...","invalid_value":...}}.
bool readPropertyPathMessages(const QJsonObject &object, FieldErrors *out)
{
    if (object.isEmpty())
        return false;
    FieldErrors errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue message = it.value().toObject().value(QStringLiteral("message"));
        if (!message.isString())
            return false;
        errors.append(FieldError{it.key(), message.toString()});
    }
    *out = errors;
    return true;
}

ApiError badRequest(const HttpAnswer &answer)
{
    const QJsonObject object = jsonObject(answer.body);
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (message.isString())
        return validation(answer.status, message.toString());
    ApiError error = ApiError::make(ApiError::Kind::Validation, answer.status);
    if (object.contains(QStringLiteral("errors")) &&
        readViolations(object, &error.fieldErrors, nullptr))
        return error;
    if (readPropertyPathMessages(object, &error.fieldErrors)) {
        QStringList lines;
        for (const FieldError &field : std::as_const(error.fieldErrors))
            lines.append(field.reason);
        error.detail = lines.join(QLatin1Char('\n'));
        return error;
    }
    // Not JSON, or JSON we cannot read: the request was still refused.
    error.detail = tr("The PIM refused the request (HTTP %1).").arg(answer.status);
    return error;
}

ApiError unprocessable(const HttpAnswer &answer)
{
    QJsonValue root;
    QString why;
    if (!JsonRead::parse(answer.body, &root, &why))
        return malformed(answer, why);
    if (!root.isObject())
        return malformed(answer, tr("a validation answer is not a JSON object"));
    const QJsonObject object = root.toObject();
    if (!object.contains(QStringLiteral("errors"))) {
        const QJsonValue message = object.value(QStringLiteral("message"));
        if (message.isString())
            return validation(answer.status, message.toString());
        return malformed(answer, tr("a validation answer has neither \"errors\" nor "
                                    "\"message\""));
    }
    ApiError error = ApiError::make(ApiError::Kind::Validation, answer.status);
    if (!readViolations(object, &error.fieldErrors, &why))
        return malformed(answer, why);
    return error;
}

ApiError redirected(const HttpAnswer &answer)
{
    if (!answer.location.isEmpty() &&
        PimNetworkAccessManager::redirectKind(answer.url, answer.location) ==
            PimNetworkAccessManager::RedirectKind::SignedOut)
        return ApiError::make(ApiError::Kind::SignedOut, answer.status);
    return redirectedElsewhere(answer);
}

} // namespace

ApiError redirectedElsewhere(const HttpAnswer &answer)
{
    const QString where = answer.location.isEmpty()
                              ? tr("nowhere")
                              : answer.location.toDisplayString(QUrl::RemoveUserInfo);
    return ApiError::make(ApiError::Kind::Server, answer.status, tr("redirected to %1").arg(where));
}

QString jsonMessage(const QByteArray &body)
{
    return jsonObject(body).value(QStringLiteral("message")).toString();
}

ApiError fromTransport(const HttpAnswer &answer)
{
    if (answer.error == QNetworkReply::SslHandshakeFailedError || !answer.sslErrors.isEmpty()) {
        const QString detail = answer.sslErrors.isEmpty()
                                   ? answer.errorString
                                   : answer.sslErrors.join(QStringLiteral("; "));
        return ApiError::make(ApiError::Kind::Tls, 0, detail);
    }
    switch (answer.error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts the reply
        return ApiError::make(ApiError::Kind::Timeout);
    case QNetworkReply::NoError:
        return ApiError::make(ApiError::Kind::Network, 0, tr("no answer"));
    default:
        return ApiError::make(ApiError::Kind::Network, 0, answer.errorString);
    }
}

std::optional<ApiError> cutShort(const HttpAnswer &answer)
{
    if (answer.headerDropped)
        return ApiError::make(ApiError::Kind::Malformed, answer.status,
                              tr("the answer's header could not be read: it is too large or "
                                 "not valid"));
    // Qt's transport errors are below 100; the codes from 100 up say what the status said.
    const bool transportFailed = answer.error != QNetworkReply::NoError && answer.error < 100;
    if (!transportFailed || answer.status < 200 || answer.status >= 300)
        return std::nullopt;
    if (answer.error == QNetworkReply::TimeoutError ||
        answer.error == QNetworkReply::OperationCanceledError)
        return ApiError::make(ApiError::Kind::Timeout);
    return ApiError::make(ApiError::Kind::Malformed, answer.status,
                          tr("the answer was cut short: %1").arg(answer.errorString));
}

namespace {

// What every route's answer without an HTTP status, or redirected, means.
std::optional<ApiError> fromTransportOrRedirect(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus())
        return fromTransport(answer);
    if (answer.status >= 300 && answer.status < 400)
        return redirected(answer);
    return std::nullopt;
}

} // namespace

ApiError fromStatus(const HttpAnswer &answer)
{
    if (const auto error = fromTransportOrRedirect(answer))
        return *error;
    const int status = answer.status;
    switch (status) {
    case 400:
        return badRequest(answer);
    case 401:
        return ApiError::make(ApiError::Kind::SignedOut, status);
    case 403:
        return ApiError::make(ApiError::Kind::Forbidden, status, jsonMessage(answer.body));
    case 404:
        return ApiError::make(ApiError::Kind::NotFound, status);
    case 413:
        return validationOr(answer, tr("The request is too large for the PIM."));
    case 415:
        return validationOr(answer, tr("The PIM does not accept this type of content."));
    case 422:
        return unprocessable(answer);
    default:
        break;
    }
    // 5xx, or a status docs/pim-api.md does not list. Only a JSON message is shown: an HTML
    // error page says nothing useful and may be long.
    return ApiError::make(ApiError::Kind::Server, status, jsonMessage(answer.body));
}

ApiError fromPublicApiStatus(const HttpAnswer &answer)
{
    if (const auto error = fromTransportOrRedirect(answer))
        return *error;
    const int status = answer.status;
    if (status >= 400 && status < 500)
        return validationOr(answer, tr("The PIM's API refused the request (HTTP %1).").arg(status));
    return ApiError::make(ApiError::Kind::Server, status, jsonMessage(answer.body));
}

ApiError fromAppsStatus(const HttpAnswer &answer, AppsScope scope)
{
    switch (answer.status) {
    case 403:
        return ApiError::make(
            ApiError::Kind::Unavailable, 403,
            tr("Your PIM user may not manage connected Apps: it needs the "
               "permission \"Manage apps\". Ask the PIM's administrator for it."));
    case 404:
        return ApiError::make(
            ApiError::Kind::Unavailable, 404,
            scope == AppsScope::List
                ? tr("Connected Apps are not available on this PIM: the feature is turned off, "
                     "as it usually is on a self-hosted Community Edition.")
                : tr("This App is no longer connected to the PIM, or connected Apps are turned "
                     "off on this PIM. Refresh the list of Apps."));
    case 422: {
        // {"error":"Wrong type for parameters"}; the section 4 format goes to fromStatus().
        const QJsonValue words = jsonObject(answer.body).value(QStringLiteral("error"));
        if (words.isString())
            return validation(422, words.toString());
        break;
    }
    default:
        break;
    }
    return fromStatus(answer);
}

ApiError malformed(const HttpAnswer &answer, const QString &why)
{
    return ApiError::make(ApiError::Kind::Malformed, answer.status, why);
}

} // namespace ErrorMapping
