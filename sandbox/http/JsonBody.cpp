#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace JsonBody {

std::optional<QJsonValue> parse(const QByteArray &body)
{
    // QJsonDocument takes objects and arrays only; wrapping accepts any JSON value, like PHP.
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + body + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

bool requiredString(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = QStringLiteral("The key \"%1\" is missing.").arg(key);
        return false;
    }
    if (!value.isString()) {
        *error = QStringLiteral("The key \"%1\" must be a string.").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool nullableString(const QJsonObject &object, const QString &key, std::optional<QString> *out,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = QStringLiteral("The key \"%1\" is missing.").arg(key);
        return false;
    }
    if (value.isNull()) {
        out->reset();
        return true;
    }
    if (!value.isString()) {
        *error = QStringLiteral("The key \"%1\" must be a string or null.").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool optionalBool(const QJsonObject &object, const QString &key, bool fallback, bool *out,
                  QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isBool()) {
        *error = QStringLiteral("The key \"%1\" must be a boolean.").arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

} // namespace JsonBody
