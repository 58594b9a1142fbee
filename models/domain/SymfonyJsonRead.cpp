// SymfonyJson's reading side: an order-keeping parser and the accessors. JsonRead::parse checks
// the text first (and words the errors); the reader below then only has valid JSON to walk.
#include "domain/SymfonyJson.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cctype>

struct SymfonyJson::Reader
{
    static constexpr int MaxDepth = 512;

    const char *at;
    const char *end;
    int depth = 0;

    void skipSpace()
    {
        while (at < end && (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r'))
            ++at;
    }

    bool read(SymfonyJson *out)
    {
        skipSpace();
        if (at >= end)
            return false;
        switch (*at) {
        case '{':
            return readObject(out);
        case '[':
            return readArray(out);
        case '"':
            out->m_kind = Kind::String;
            return readString(&out->m_string);
        case 't':
            return readWord("true", out, Kind::Bool, true);
        case 'f':
            return readWord("false", out, Kind::Bool, false);
        case 'n':
            return readWord("null", out, Kind::Null, false);
        default:
            return readNumber(out);
        }
    }

    bool readWord(const char *word, SymfonyJson *out, Kind kind, bool value)
    {
        const qsizetype length = qstrlen(word);
        if (end - at < length || qstrncmp(at, word, length) != 0)
            return false;
        at += length;
        out->m_kind = kind;
        out->m_bool = value;
        return true;
    }

    bool readNumber(SymfonyJson *out)
    {
        const char *start = at;
        bool integral = true;
        while (at < end && (std::isdigit(static_cast<unsigned char>(*at)) || *at == '-' ||
                            *at == '+' || *at == '.' || *at == 'e' || *at == 'E')) {
            if (*at == '.' || *at == 'e' || *at == 'E')
                integral = false;
            ++at;
        }
        const QByteArray text(start, at - start);
        bool ok = false;
        if (integral) {
            out->m_integer = text.toLongLong(&ok);
            if (ok) {
                out->m_kind = Kind::Integer;
                return true;
            }
        }
        out->m_double = text.toDouble(&ok); // an integer beyond 64 bits becomes a double
        out->m_kind = Kind::Double;
        return ok;
    }

    bool readString(QString *out)
    {
        ++at; // the opening quote
        QByteArray utf8;
        while (at < end && *at != '"') {
            if (*at != '\\') {
                utf8.append(*at++);
                continue;
            }
            if (++at >= end)
                return false;
            const char escaped = *at++;
            switch (escaped) {
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                if (end - at < 4)
                    return false;
                bool ok = false;
                const ushort unit = QByteArray(at, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                at += 4;
                // UTF-16 units one by one: a surrogate pair is joined again in the QString.
                out->append(QString::fromUtf8(utf8));
                utf8.clear();
                out->append(QChar(unit));
                break;
            }
            default: // " \ /
                utf8.append(escaped);
                break;
            }
        }
        if (at >= end)
            return false;
        ++at; // the closing quote
        out->append(QString::fromUtf8(utf8));
        return true;
    }

    template<typename Item> bool readContainer(char close, Item &&readItem)
    {
        if (++depth > MaxDepth)
            return false;
        ++at; // the opening bracket
        skipSpace();
        if (at < end && *at == close) {
            ++at;
            --depth;
            return true;
        }
        while (at < end) {
            if (!readItem())
                return false;
            skipSpace();
            if (at < end && *at == ',') {
                ++at;
                continue;
            }
            if (at < end && *at == close) {
                ++at;
                --depth;
                return true;
            }
            return false;
        }
        return false;
    }

    bool readArray(SymfonyJson *out)
    {
        out->m_kind = Kind::Array;
        return readContainer(']', [this, out] {
            SymfonyJson item;
            if (!read(&item))
                return false;
            out->m_items.append(item);
            return true;
        });
    }

    bool readObject(SymfonyJson *out)
    {
        out->m_kind = Kind::Object;
        return readContainer('}', [this, out] {
            skipSpace();
            QString key;
            if (at >= end || *at != '"' || !readString(&key))
                return false;
            skipSpace();
            if (at >= end || *at != ':')
                return false;
            ++at;
            SymfonyJson value;
            if (!read(&value))
                return false;
            out->insert(key, value); // a repeated key keeps its first place and its last value
            return true;
        });
    }
};

std::optional<SymfonyJson> SymfonyJson::parse(const QByteArray &json, QString *error)
{
    QJsonValue checked;
    if (!JsonRead::parse(json, &checked, error))
        return std::nullopt;
    SymfonyJson result;
    Reader reader{json.constData(), json.constData() + json.size()};
    if (!reader.read(&result)) {
        JsonRead::setError(error, QCoreApplication::translate(
                                      "JsonRead", "the answer could not be read: it is nested too "
                                                  "deeply or holds a number out of range"));
        return std::nullopt;
    }
    return result;
}

SymfonyJson SymfonyJson::value(const QString &key) const
{
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? SymfonyJson() : m_items.at(index);
}

QString SymfonyJson::scalarText() const
{
    switch (m_kind) {
    case Kind::String:
        return m_string;
    case Kind::Integer:
    case Kind::Double:
        return QString::fromLatin1(toJson());
    case Kind::Bool:
    case Kind::Null:
    case Kind::Array:
    case Kind::Object:
        break;
    }
    return {};
}

QJsonValue SymfonyJson::toJsonValue() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return m_bool;
    case Kind::Integer:
        return double(m_integer);
    case Kind::Double:
        return m_double;
    case Kind::String:
        return m_string;
    case Kind::Array: {
        QJsonArray array;
        for (const SymfonyJson &item : m_items)
            array.append(item.toJsonValue());
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (qsizetype i = 0; i < m_items.size(); ++i)
            object.insert(m_keys.at(i), m_items.at(i).toJsonValue());
        return object;
    }
    }
    return {};
}
