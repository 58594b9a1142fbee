#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// A use of a connection's client id with another user's username (docs/pim-api.md §2 and §5).
struct WrongCredentialsUse
{
    QString username;
    QDateTime date; // UTC

    bool operator==(const WrongCredentialsUse &) const = default;
};

// GET /rest/connections/wrong-credentials-combination, keyed by connection code.
// The PIM answers [] (an empty array, not {}) when there is none; both are accepted.
struct WrongCredentials
{
    QMap<QString, QList<WrongCredentialsUse>> byCode;

    bool isEmpty() const { return byCode.isEmpty(); }
    bool contains(const QString &code) const { return byCode.contains(code); }
    QList<WrongCredentialsUse> usesOf(const QString &code) const { return byCode.value(code); }
    bool operator==(const WrongCredentials &) const = default;

    static std::optional<WrongCredentials> fromJson(const QByteArray &body, QString *error);
};

Q_DECLARE_METATYPE(WrongCredentials)
