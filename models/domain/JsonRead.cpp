#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace JsonRead {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonRead", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

bool wrongType(const QString &key, const char *expected, const QJsonValue &got, QString *error)
{
    setError(error,
             tr("\"%1\" should be %2, not %3")
                 .arg(key, QCoreApplication::translate("JsonRead", expected), typeName(got)));
    return false;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool parse(const QByteArray &body, QJsonValue *out, QString *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("the answer is empty where JSON was expected"));
        return false;
    }
    if (trimmed.startsWith('<')) {
        setError(error, tr("the answer is an HTML page where JSON was expected"));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, tr("the answer is not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return false;
    }
    if (document.isArray())
        *out = document.array();
    else if (document.isObject())
        *out = document.object();
    else {
        setError(error, tr("the answer is neither a JSON object nor a JSON array"));
        return false;
    }
    return true;
}

bool parseArray(const QByteArray &body, QJsonArray *out, const QString &notAnArray, QString *error)
{
    QJsonValue root;
    if (!parse(body, &root, error))
        return false;
    if (!root.isArray()) {
        setError(error, notAnArray);
        return false;
    }
    *out = root.toArray();
    return true;
}

bool requiredString(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        setError(error, tr("\"%1\" is missing").arg(key));
        return false;
    }
    if (!value.isString())
        return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "a string"), value, error);
    *out = value.toString();
    return true;
}

bool optionalString(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    bool present = false;
    if (!nullableString(object, key, out, &present, error))
        return false;
    if (!present)
        out->clear();
    return true;
}

bool nullableString(const QJsonObject &object, const QString &key, QString *out, bool *present,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    *present = false;
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "a string"), value, error);
    *out = value.toString();
    *present = true;
    return true;
}

bool nullableString(const QJsonObject &object, const QString &key, std::optional<QString> *out,
                    QString *error)
{
    QString text;
    bool present = false;
    if (!nullableString(object, key, &text, &present, error))
        return false;
    *out = present ? std::optional<QString>(text) : std::nullopt;
    return true;
}

bool optionalBool(const QJsonObject &object, const QString &key, bool *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return true;
    }
    if (!value.isBool())
        return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "a boolean"), value, error);
    *out = value.toBool();
    return true;
}

bool optionalId(const QJsonObject &object, const QString &key, QString *out, bool *present,
                QString *error)
{
    const QJsonValue value = object.value(key);
    bool dummy = false;
    bool &has = present ? *present : dummy;
    has = false;
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (value.isString()) {
        *out = value.toString();
        has = true;
        return true;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && std::floor(number) == number &&
            number < 9.0e15) {
            *out = QString::number(static_cast<qint64>(number));
            has = true;
            return true;
        }
    }
    return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "an identifier"), value, error);
}

bool optionalStringList(const QJsonObject &object, const QString &key, QStringList *out,
                        QString *error)
{
    const QJsonValue value = object.value(key);
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "an array of strings"), value, error);
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "an array of strings"), item,
                             error);
        out->append(item.toString());
    }
    return true;
}

bool count(const QJsonValue &value, const QString &what, qint64 *out, QString *error)
{
    if (!value.isDouble())
        return wrongType(what, QT_TRANSLATE_NOOP("JsonRead", "a whole number"), value, error);
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || std::floor(number) != number || number >= 9.0e15) {
        setError(error, tr("\"%1\" should be a whole number from 0, not %2")
                            .arg(what, QString::number(number, 'g', 17)));
        return false;
    }
    *out = static_cast<qint64>(number);
    return true;
}

} // namespace JsonRead
