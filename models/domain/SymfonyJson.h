#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

// A JSON value that keeps the order of an object's keys and serialises the way Symfony's
// JsonResponse does (docs/pim-api.md §2): "/" as "\/", < > & ' " as \u003C \u003E \u0026
// \u0027 \u0022, and every non-ASCII character as a \u00e9-style escape (surrogate pairs
// outside the BMP). QJsonDocument sorts keys and writes UTF-8, so it cannot produce the
// PIM's shapes byte for byte; the sandbox and the CLI's --json use this instead.
//
// parse() reads a JSON text the same way round: objects keep their keys in the order of the
// text, integers stay integers, so an answer read with it is written back as it came (the
// monitoring answers of docs/pim-api.md §9 to §11 are kept so, for the CLI's --json).
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
    // The string, or null for nullopt (an empty string stays a string).
    static SymfonyJson stringOrNull(const std::optional<QString> &value);

    // Objects: appends a member, or replaces the value of an existing key in place.
    SymfonyJson &insert(const QString &key, const SymfonyJson &value);
    // Arrays: appends an item.
    SymfonyJson &append(const SymfonyJson &value);

    // Reads a whole JSON text (an object or an array at the top, as every PIM answer). Returns
    // nullopt and sets *error with JsonRead::parse's reasons (HTML, empty, truncated...).
    static std::optional<SymfonyJson> parse(const QByteArray &json, QString *error);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isEmptyContainer() const;

    // Arrays and objects: the items (an object's values) in order; at() is null out of range.
    qsizetype size() const { return m_items.size(); }
    SymfonyJson at(qsizetype index) const { return m_items.value(index); }
    // Objects: the key of the index-th member, and the value of a key (null when absent).
    QString keyAt(qsizetype index) const { return m_keys.value(index); }
    bool contains(const QString &key) const { return m_keys.contains(key); }
    SymfonyJson value(const QString &key) const;
    // Scalars: the string, or an integer or double written as JSON; empty for other kinds.
    QString scalarText() const;

    // The same value for QJsonValue-based readers (JsonRead): keys sorted, numbers as doubles.
    QJsonValue toJsonValue() const;

    QByteArray toJson() const;
    bool operator==(const SymfonyJson &) const = default;
    static QByteArray escapeString(const QString &value);

private:
    struct Reader; // parse(), in SymfonyJsonRead.cpp
    void write(QByteArray &out) const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;
    QList<SymfonyJson> m_items;
    QList<QString> m_keys; // parallel to m_items for objects
};
