#include "domain/WrongCredentials.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WrongCredentials", text);
}

} // namespace

std::optional<WrongCredentials> WrongCredentials::fromJson(const QByteArray &body, QString *error)
{
    QJsonValue root;
    if (!JsonRead::parse(body, &root, error))
        return std::nullopt;
    WrongCredentials result;
    if (root.isArray()) {
        if (!root.toArray().isEmpty()) {
            JsonRead::setError(error, tr("expected a map of connections, got a non-empty array"));
            return std::nullopt;
        }
        return result; // PHP's empty map
    }
    const QJsonObject object = root.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject()) {
            JsonRead::setError(error, tr("\"%1\" is not a JSON object").arg(it.key()));
            return std::nullopt;
        }
        const QJsonObject entry = it.value().toObject();
        QString code;
        if (!JsonRead::optionalString(entry, QStringLiteral("code"), &code, error))
            return std::nullopt;
        if (code.isEmpty())
            code = it.key();
        const QJsonValue users = entry.value(QStringLiteral("users"));
        if (!users.isArray() && !users.isUndefined() && !users.isNull()) {
            JsonRead::setError(error, tr("\"users\" of \"%1\" is not an array").arg(code));
            return std::nullopt;
        }
        QList<WrongCredentialsUse> uses;
        for (const QJsonValue &user : users.toArray()) {
            if (!user.isObject()) {
                JsonRead::setError(error, tr("a user of \"%1\" is not a JSON object").arg(code));
                return std::nullopt;
            }
            WrongCredentialsUse use;
            QString date;
            if (!JsonRead::requiredString(user.toObject(), QStringLiteral("username"),
                                          &use.username, error) ||
                !JsonRead::optionalString(user.toObject(), QStringLiteral("date"), &date, error))
                return std::nullopt;
            use.date = QDateTime::fromString(date, Qt::ISODate);
            if (!date.isEmpty() && !use.date.isValid()) {
                JsonRead::setError(error, tr("\"%1\" is not a date").arg(date));
                return std::nullopt;
            }
            use.date = use.date.toUTC();
            uses.append(use);
        }
        result.byCode.insert(code, uses);
    }
    return result;
}
