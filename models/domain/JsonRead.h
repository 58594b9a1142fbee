#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Small readers for the PIM's JSON answers. Each returns false and sets *error (when given)
// with a readable reason naming the key; none of them throws or asserts on bad input.
namespace JsonRead {

void setError(QString *error, const QString &message);

// Parses a whole body. An HTML page (a login form where JSON was expected), a truncated
// document and an empty body each get their own message.
bool parse(const QByteArray &body, QJsonValue *out, QString *error);
// A whole body that must be a JSON array; `notAnArray` says what else it is.
bool parseArray(const QByteArray &body, QJsonArray *out, const QString &notAnArray, QString *error);

// A string that must be present and non-null.
bool requiredString(const QJsonObject &object, const QString &key, QString *out, QString *error);
// A string that may be missing or null (both give an empty string).
bool optionalString(const QJsonObject &object, const QString &key, QString *out, QString *error);
// A string that may be null; *present tells a string from a null or a missing key.
bool nullableString(const QJsonObject &object, const QString &key, QString *out, bool *present,
                    QString *error);
// The same as an optional: nullopt for a null or a missing key.
bool nullableString(const QJsonObject &object, const QString &key, std::optional<QString> *out,
                    QString *error);
// A boolean that may be missing or null (false).
bool optionalBool(const QJsonObject &object, const QString &key, bool *out, QString *error);
// An identifier sent as a string or as an integer; null or missing leaves *present false.
bool optionalId(const QJsonObject &object, const QString &key, QString *out, bool *present,
                QString *error);
// An array of strings that may be missing or null (an empty list).
bool optionalStringList(const QJsonObject &object, const QString &key, QStringList *out,
                        QString *error);
// A count: a whole number from 0 (a JSON number without fraction). `what` names it in the error.
bool count(const QJsonValue &value, const QString &what, qint64 *out, QString *error);

// Sets *error to "\"key\" should be <expected>, not <what it is>" and returns false. `expected`
// is a QT_TRANSLATE_NOOP("JsonRead", ...) text such as "a string" or "an object".
bool wrongType(const QString &key, const char *expected, const QJsonValue &got, QString *error);

} // namespace JsonRead
