#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class QByteArray;

// Reading a JSON request body strictly: the sandbox answers 400 with a JSON message where a real
// PIM would fail with a 500 (docs/pim-api.md §2), and names the key that is wrong.
namespace JsonBody {

// nullopt when the bytes are not JSON at all ("Invalid json message received").
std::optional<QJsonValue> parse(const QByteArray &body);

// Each returns false and sets *error ("The key \"label\" must be a string.").
bool requiredString(const QJsonObject &object, const QString &key, QString *out, QString *error);
// A string or null; the key must be present.
bool nullableString(const QJsonObject &object, const QString &key, std::optional<QString> *out,
                    QString *error);
// A boolean, or absent/null for `fallback`.
bool optionalBool(const QJsonObject &object, const QString &key, bool fallback, bool *out,
                  QString *error);

} // namespace JsonBody
