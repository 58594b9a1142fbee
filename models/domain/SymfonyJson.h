#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <initializer_list>

// A JSON value that keeps the order of an object's keys and serialises the way Symfony's
// JsonResponse does (docs/pim-api.md §2): "/" as "\/", < > & ' " as \u003C \u003E \u0026
// \u0027 \u0022, and every non-ASCII character as a \u00e9-style escape (surrogate pairs
// outside the BMP). QJsonDocument sorts keys and writes UTF-8, so it cannot produce the
// PIM's shapes byte for byte; the sandbox and the CLI's --json use this instead.
class SymfonyJson
{
public:
    enum class Kind { Null, Bool, Integer, Double, String, Array, Object };

    SymfonyJson() = default; // null
    SymfonyJson(std::nullptr_t) {}
    SymfonyJson(bool value);
    SymfonyJson(int value);
    SymfonyJson(qint64 value);
    SymfonyJson(double value);
    SymfonyJson(const QString &value);
    SymfonyJson(const char *utf8);

    static SymfonyJson array(std::initializer_list<SymfonyJson> items = {});
    static SymfonyJson object(std::initializer_list<QPair<QString, SymfonyJson>> members = {});
    // A nullable string: null when the optional string is empty.
    static SymfonyJson stringOrNull(const QString &value);

    // Objects: appends a member, or replaces the value of an existing key in place.
    SymfonyJson &insert(const QString &key, const SymfonyJson &value);
    // Arrays: appends an item.
    SymfonyJson &append(const SymfonyJson &value);

    Kind kind() const { return m_kind; }
    bool isEmptyContainer() const;

    QByteArray toJson() const;
    static QByteArray escapeString(const QString &value);

private:
    void write(QByteArray &out) const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;
    QList<SymfonyJson> m_items;
    QList<QString> m_keys; // parallel to m_items for objects
};
