#include "domain/WebhookErrors.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace WebhookErrors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebhookErrors", text);
}

} // namespace

QString key(const char *suffix)
{
    return QLatin1String(Prefix) + QLatin1String(suffix);
}
QString wrongUrl()
{
    return key("wrong_url");
}
QString required()
{
    return key("required");
}
QString notFound()
{
    return key("not_found");
}
QString limitReached()
{
    return key("limit_reached");
}
QString notAllowedUrl()
{
    return key("not_allowed_url");
}

std::optional<FieldErrors> parse(const QByteArray &body, QString *why)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, why))
        return std::nullopt;
    if (!root.isObject()) {
        JsonRead::setError(why, tr("a validation answer is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = root.toObject();
    const QJsonValue errors = object.value(QStringLiteral("errors"));
    FieldErrors result;
    if (errors.isUndefined() || errors.isNull()) {
        const QJsonValue message = object.value(QStringLiteral("message"));
        if (!message.isString() ||
            message.toString() == QLatin1String(ValidationKeys::ListException)) {
            JsonRead::setError(why, tr("a validation answer has neither \"errors\" nor "
                                       "\"message\""));
            return std::nullopt;
        }
        result.append(FieldError{QString(), message.toString()});
        return result;
    }
    if (!errors.isArray()) {
        JsonRead::wrongType(QStringLiteral("errors"), QT_TRANSLATE_NOOP("JsonRead", "an array"),
                            errors, why);
        return std::nullopt;
    }
    for (const QJsonValue &item : errors.toArray()) {
        if (!item.isObject()) {
            JsonRead::setError(why, tr("a validation error is not a JSON object"));
            return std::nullopt;
        }
        FieldError error;
        if (!JsonRead::optionalString(item.toObject(), QStringLiteral("field"), &error.field,
                                      why) ||
            !JsonRead::requiredString(item.toObject(), QStringLiteral("message"), &error.reason,
                                      why))
            return std::nullopt;
        result.append(error);
    }
    return result;
}

QString message(const QString &keyOrSentence)
{
    // §8.3's table (jsmessages.en_US.yml). Kept as source texts so that lupdate finds them.
    struct Entry
    {
        const char *suffix;
        const char *text;
    };
    static const Entry entries[] = {
        {"wrong_url", QT_TRANSLATE_NOOP("WebhookErrors", "This value is not a valid URL.")},
        {"required", QT_TRANSLATE_NOOP("WebhookErrors", "This field is required.")},
        {"not_found", QT_TRANSLATE_NOOP("WebhookErrors", "You are trying to update a connection "
                                                         "that does not exist.")},
        {"limit_reached", QT_TRANSLATE_NOOP("WebhookErrors", "You have reached the limit of "
                                                             "active event subscriptions.")},
        {"not_allowed_url", QT_TRANSLATE_NOOP("WebhookErrors", "This url is not allowed.")},
    };
    if (keyOrSentence.startsWith(QLatin1String(Prefix))) {
        const QStringView suffix = QStringView(keyOrSentence).mid(qstrlen(Prefix));
        for (const Entry &entry : entries) {
            if (suffix == QLatin1String(entry.suffix))
                return tr(entry.text);
        }
    }
    return keyOrSentence;
}

} // namespace WebhookErrors
