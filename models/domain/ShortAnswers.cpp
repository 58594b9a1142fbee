#include "domain/ShortAnswers.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>

namespace {

// {"<key>":"..."} with a string that is not empty; `whenEmpty` says why an empty one is refused.
std::optional<QString> nonEmptyString(const QByteArray &body, const QString &key,
                                      const QString &whenEmpty, QString *error)
{
    QJsonValue root;
    QString value;
    if (!JsonRead::parse(body, &root, error) ||
        !JsonRead::requiredString(root.toObject(), key, &value, error))
        return std::nullopt;
    if (value.isEmpty()) {
        JsonRead::setError(error, whenEmpty);
        return std::nullopt;
    }
    return value;
}

} // namespace

namespace ShortAnswers {

std::optional<QString> newPassword(const QByteArray &body, QString *error)
{
    return nonEmptyString(
        body, QStringLiteral("password"),
        QCoreApplication::translate("RegeneratePasswordJob", "the new password is empty"), error);
}

std::optional<bool> limitReached(const QByteArray &body, QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    const QJsonValue value = root.toObject().value(QStringLiteral("limitReached"));
    if (!value.isBool()) {
        JsonRead::setError(error, QCoreApplication::translate("MaxLimitReachedJob",
                                                              "\"limitReached\" is not a boolean"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> accessToken(const QByteArray &body, QString *error)
{
    return nonEmptyString(
        body, QStringLiteral("access_token"),
        QCoreApplication::translate("TestCredentialsJob", "the access token is empty"), error);
}

} // namespace ShortAnswers
