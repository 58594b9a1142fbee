#include "domain/EventSubscription.h"

#include "domain/JsonRead.h"
#include "domain/WebhookErrors.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventSubscription)
};

bool requiredBool(const QJsonObject &object, const QString &key, bool *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        JsonRead::setError(error, Tr::tr("\"%1\" is missing").arg(key));
        return false;
    }
    if (!value.isBool())
        return JsonRead::wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "a boolean"), value, error);
    *out = value.toBool();
    return true;
}

bool readLimit(const QJsonValue &value, EventSubscriptionLimit *out, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true; // the default of §8.6
    if (!value.isObject())
        return JsonRead::wrongType(QStringLiteral("active_event_subscriptions_limit"),
                                   QT_TRANSLATE_NOOP("JsonRead", "an object"), value, error);
    const QJsonObject object = value.toObject();
    qint64 limit = out->limit;
    qint64 current = out->current;
    if (object.contains(QStringLiteral("limit")) &&
        !JsonRead::count(object.value(QStringLiteral("limit")), QStringLiteral("limit"), &limit,
                         error))
        return false;
    if (object.contains(QStringLiteral("current")) &&
        !JsonRead::count(object.value(QStringLiteral("current")), QStringLiteral("current"),
                         &current, error))
        return false;
    out->limit = int(qMin<qint64>(limit, INT_MAX));
    out->current = int(qMin<qint64>(current, INT_MAX));
    return true;
}

} // namespace

std::optional<EventSubscriptionForm> EventSubscriptionForm::fromJson(const QByteArray &body,
                                                                     QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    if (!root.isObject()) {
        JsonRead::setError(error, Tr::tr("the event subscription is not a JSON object"));
        return std::nullopt;
    }
    const QJsonValue item = root.toObject().value(QStringLiteral("event_subscription"));
    if (!item.isObject()) {
        if (item.isUndefined())
            JsonRead::setError(error, Tr::tr("\"event_subscription\" is missing"));
        else
            JsonRead::wrongType(QStringLiteral("event_subscription"),
                                QT_TRANSLATE_NOOP("JsonRead", "an object"), item, error);
        return std::nullopt;
    }
    const QJsonObject object = item.toObject();
    EventSubscriptionForm form;
    EventSubscription &s = form.subscription;
    if (!JsonRead::requiredString(object, QStringLiteral("connectionCode"), &s.connectionCode,
                                  error) ||
        !requiredBool(object, QStringLiteral("enabled"), &s.enabled, error) ||
        !JsonRead::nullableString(object, QStringLiteral("secret"), &s.secret, error) ||
        !JsonRead::nullableString(object, QStringLiteral("url"), &s.url, error))
        return std::nullopt;
    const QJsonValue uuid = object.value(QStringLiteral("isUsingUuid"));
    if (!uuid.isUndefined() && !uuid.isNull()) {
        bool value = false;
        if (!requiredBool(object, QStringLiteral("isUsingUuid"), &value, error))
            return std::nullopt;
        s.usesUuid = value;
    }
    if (!readLimit(root.toObject().value(QStringLiteral("active_event_subscriptions_limit")),
                   &form.activeLimit, error))
        return std::nullopt;
    return form;
}

SymfonyJson EventSubscriptionForm::toSymfonyJson() const
{
    SymfonyJson item = SymfonyJson::object({
        {QStringLiteral("connectionCode"), subscription.connectionCode},
        {QStringLiteral("enabled"), subscription.enabled},
        {QStringLiteral("secret"), SymfonyJson::stringOrNull(subscription.secret)},
        {QStringLiteral("url"), SymfonyJson::stringOrNull(subscription.url)},
    });
    if (subscription.usesUuid)
        item.insert(QStringLiteral("isUsingUuid"), *subscription.usesUuid);
    return SymfonyJson::object({
        {QStringLiteral("event_subscription"), item},
        {QStringLiteral("active_event_subscriptions_limit"),
         SymfonyJson::object({{QStringLiteral("limit"), activeLimit.limit},
                              {QStringLiteral("current"), activeLimit.current}})},
    });
}

EventSubscriptionForm EventSubscriptionForm::withoutSecret() const
{
    EventSubscriptionForm copy = *this;
    if (copy.subscription.secret)
        copy.subscription.secret = QString(); // "has one", not its value
    return copy;
}

SymfonyJson EventSubscriptionUpdate::toSymfonyJson() const
{
    return SymfonyJson::object({
        {QStringLiteral("code"), code},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("url"), SymfonyJson::stringOrNull(url)},
        {QStringLiteral("is_using_uuid"), usesUuid},
    });
}

EventSubscriptionUpdate EventSubscriptionUpdate::from(const EventSubscription &current)
{
    return EventSubscriptionUpdate{current.connectionCode, current.enabled,
                                   current.url.value_or(QString()),
                                   current.usesUuid.value_or(false)};
}

std::optional<ReachabilityResult> ReachabilityResult::fromJson(const QByteArray &body,
                                                               QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    if (!root.isObject()) {
        JsonRead::setError(error, Tr::tr("the result of the test is not a JSON object"));
        return std::nullopt;
    }
    ReachabilityResult result;
    if (!requiredBool(root.toObject(), QStringLiteral("success"), &result.success, error) ||
        !JsonRead::optionalString(root.toObject(), QStringLiteral("message"), &result.message,
                                  error))
        return std::nullopt;
    return result;
}

SymfonyJson ReachabilityResult::toSymfonyJson() const
{
    return SymfonyJson::object(
        {{QStringLiteral("success"), success}, {QStringLiteral("message"), message}});
}

QString ReachabilityResult::text() const
{
    return WebhookErrors::message(message);
}
