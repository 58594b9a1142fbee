#include "domain/SymfonyJson.h"

#include <cmath>

SymfonyJson::SymfonyJson(bool value)
    : m_kind(Kind::Bool)
    , m_bool(value)
{}
SymfonyJson::SymfonyJson(int value)
    : m_kind(Kind::Integer)
    , m_integer(value)
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
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    auto unicode = [&out](char16_t unit, bool upper) {
        static const char upperHex[] = "0123456789ABCDEF";
        const char *digits = upper ? upperHex : hex;
        out.append("\\u");
        out.append(digits[(unit >> 12) & 0xF]);
        out.append(digits[(unit >> 8) & 0xF]);
        out.append(digits[(unit >> 4) & 0xF]);
        out.append(digits[unit & 0xF]);
    };
    for (const QChar ch : value) {
        const char16_t unit = ch.unicode();
        switch (unit) {
        case u'"':
            out.append("\\u0022");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'/':
            out.append("\\/");
            break;
        case u'<':
            unicode(unit, true); // PHP's JSON_HEX_TAG writes \u003C and \u003E
            break;
        case u'>':
            unicode(unit, true);
            break;
        case u'&':
            out.append("\\u0026");
            break;
        case u'\'':
            out.append("\\u0027");
            break;
        case u'\b':
            out.append("\\b");
            break;
        case u'\f':
            out.append("\\f");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            if (unit < 0x20 || unit > 0x7E)
                unicode(unit, false); // lowercase hex, UTF-16 units (surrogates one by one)
            else
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
