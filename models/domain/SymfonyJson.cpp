#include "domain/SymfonyJson.h"

#include <algorithm>
#include <cmath>

SymfonyJson::SymfonyJson(bool value)
    : m_kind(Kind::Bool)
    , m_bool(value)
{}
SymfonyJson::SymfonyJson(int value)
    : SymfonyJson(qint64(value))
{}
SymfonyJson::SymfonyJson(qint64 value)
    : m_kind(Kind::Integer)
    , m_integer(value)
{}
SymfonyJson::SymfonyJson(double value)
    : m_kind(Kind::Double)
    , m_double(value)
{}
SymfonyJson::SymfonyJson(const QString &value)
    : m_kind(Kind::String)
    , m_string(value)
{}
SymfonyJson::SymfonyJson(const char *utf8)
    : m_kind(Kind::String)
    , m_string(QString::fromUtf8(utf8))
{}

SymfonyJson SymfonyJson::array(std::initializer_list<SymfonyJson> items)
{
    SymfonyJson value;
    value.m_kind = Kind::Array;
    for (const SymfonyJson &item : items)
        value.m_items.append(item);
    return value;
}

SymfonyJson SymfonyJson::object(std::initializer_list<QPair<QString, SymfonyJson>> members)
{
    SymfonyJson value;
    value.m_kind = Kind::Object;
    for (const auto &member : members)
        value.insert(member.first, member.second);
    return value;
}

SymfonyJson SymfonyJson::stringOrNull(const QString &value)
{
    return value.isEmpty() ? SymfonyJson() : SymfonyJson(value);
}

SymfonyJson SymfonyJson::stringOrNull(const std::optional<QString> &value)
{
    return value ? SymfonyJson(*value) : SymfonyJson();
}

SymfonyJson &SymfonyJson::insert(const QString &key, const SymfonyJson &value)
{
    Q_ASSERT(m_kind == Kind::Object);
    const qsizetype at = m_keys.indexOf(key);
    if (at >= 0) {
        m_items[at] = value;
    } else {
        m_keys.append(key);
        m_items.append(value);
    }
    return *this;
}

SymfonyJson &SymfonyJson::append(const SymfonyJson &value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_items.append(value);
    return *this;
}

bool SymfonyJson::isEmptyContainer() const
{
    return (m_kind == Kind::Array || m_kind == Kind::Object) && m_items.isEmpty();
}

QByteArray SymfonyJson::toJson() const
{
    QByteArray out;
    write(out);
    return out;
}

QByteArray SymfonyJson::escapeString(const QString &value)
{
    // What PHP's json_encode writes for these with the PIM's flags: "/" escaped, and
    // JSON_HEX_QUOT, JSON_HEX_TAG (uppercase hex), JSON_HEX_AMP and JSON_HEX_APOS.
    struct Escape
    {
        char16_t unit;
        const char *text;
    };
    static constexpr Escape escapes[] = {
        {u'"', "\\u0022"}, {u'\\', "\\\\"},   {u'/', "\\/"},      {u'<', "\\u003C"},
        {u'>', "\\u003E"}, {u'&', "\\u0026"}, {u'\'', "\\u0027"}, {u'\b', "\\b"},
        {u'\f', "\\f"},    {u'\n', "\\n"},    {u'\r', "\\r"},     {u'\t', "\\t"},
    };
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (const QChar ch : value) {
        const char16_t unit = ch.unicode();
        const auto escape = std::find_if(std::begin(escapes), std::end(escapes),
                                         [unit](const Escape &e) { return e.unit == unit; });
        if (escape != std::end(escapes)) {
            out.append(escape->text);
        } else if (unit < 0x20 || unit > 0x7E) {
            // Lowercase hex, UTF-16 units (surrogates one by one).
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(hex[(unit >> shift) & 0xF]);
        } else {
            out.append(static_cast<char>(unit));
        }
    }
    out.append('"');
    return out;
}

void SymfonyJson::write(QByteArray &out) const
{
    switch (m_kind) {
    case Kind::Null:
        out.append("null");
        return;
    case Kind::Bool:
        out.append(m_bool ? "true" : "false");
        return;
    case Kind::Integer:
        out.append(QByteArray::number(m_integer));
        return;
    case Kind::Double:
        if (!std::isfinite(m_double))
            out.append("0");
        else if (std::floor(m_double) == m_double && std::fabs(m_double) < 1e15)
            out.append(QByteArray::number(static_cast<qint64>(m_double)) + ".0");
        else
            out.append(QByteArray::number(m_double, 'g', 17));
        return;
    case Kind::String:
        out.append(escapeString(m_string));
        return;
    case Kind::Array:
        out.append('[');
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i)
                out.append(',');
            m_items.at(i).write(out);
        }
        out.append(']');
        return;
    case Kind::Object:
        // An empty object is written {}. Where PHP sends an empty map as [] (the
        // wrong-credentials answer, docs/pim-api.md §2), the caller builds an empty array instead.
        out.append('{');
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i)
                out.append(',');
            out.append(escapeString(m_keys.at(i)));
            out.append(':');
            m_items.at(i).write(out);
        }
        out.append('}');
        return;
    }
}
