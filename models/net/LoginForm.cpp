#include "net/LoginForm.h"

namespace LoginForm {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool startsWithAt(const QString &text, qsizetype at, QLatin1String what)
{
    return QStringView(text).mid(at, what.size()).compare(what, Qt::CaseInsensitive) == 0;
}

// Parses the attributes of a tag whose name ends just before `at`; returns the index after
// '>', or -1 when the page ends inside the tag (a truncated page: nothing in it is trusted).
qsizetype readAttributes(const QString &text, qsizetype at, QHash<QString, QString> *attributes)
{
    const qsizetype size = text.size();
    qsizetype i = at;
    while (i < size) {
        while (i < size && (isSpace(text.at(i)) || text.at(i) == QLatin1Char('/')))
            ++i;
        if (i >= size)
            break;
        if (text.at(i) == QLatin1Char('>'))
            return i + 1;
        const qsizetype nameStart = i;
        while (i < size && !isSpace(text.at(i)) && text.at(i) != QLatin1Char('=') &&
               text.at(i) != QLatin1Char('>') && text.at(i) != QLatin1Char('/'))
            ++i;
        const QString name = text.mid(nameStart, i - nameStart).toLower();
        while (i < size && isSpace(text.at(i)))
            ++i;
        QString value;
        if (i < size && text.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < size && isSpace(text.at(i)))
                ++i;
            if (i < size && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                const QChar quote = text.at(i);
                const qsizetype valueStart = ++i;
                while (i < size && text.at(i) != quote)
                    ++i;
                if (i >= size)
                    return -1;
                value = decodeEntities(QStringView(text).mid(valueStart, i - valueStart));
                ++i; // the closing quote
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isSpace(text.at(i)) && text.at(i) != QLatin1Char('>'))
                    ++i;
                value = decodeEntities(QStringView(text).mid(valueStart, i - valueStart));
            }
        }
        // As in HTML, the first of two attributes with the same name wins.
        if (!name.isEmpty() && !attributes->contains(name))
            attributes->insert(name, value);
    }
    return -1;
}

} // namespace

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            out.append(text.at(i));
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(text.at(i));
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        QString decoded;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x') ||
                                                  name.at(1) == QLatin1Char('X'))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                decoded = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name == QLatin1String("amp")) {
            decoded = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            decoded = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            decoded = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            decoded = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            decoded = QStringLiteral("'");
        }
        if (decoded.isEmpty()) {
            out.append(text.at(i));
            continue;
        }
        out.append(decoded);
        i = semicolon;
    }
    return out;
}

QList<QHash<QString, QString>> inputs(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html);
    QList<QHash<QString, QString>> found;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), i);
        if (open < 0)
            break;
        if (startsWithAt(text, open, QLatin1String("<!--"))) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), open + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        if (startsWithAt(text, open, QLatin1String("<script"))) {
            const qsizetype end =
                text.indexOf(QLatin1String("</script"), open + 7, Qt::CaseInsensitive);
            i = end < 0 ? size : end + 8;
            continue;
        }
        const qsizetype afterName = open + 6;
        if (startsWithAt(text, open, QLatin1String("<input")) &&
            (afterName >= size || isSpace(text.at(afterName)) ||
             text.at(afterName) == QLatin1Char('/') || text.at(afterName) == QLatin1Char('>'))) {
            QHash<QString, QString> attributes;
            const qsizetype end = readAttributes(text, afterName, &attributes);
            if (end < 0)
                break;
            found.append(attributes);
            i = end;
            continue;
        }
        i = open + 1;
    }
    return found;
}

std::optional<QString> csrfToken(const QByteArray &html)
{
    const QString field = QLatin1String(CsrfFieldName);
    for (const auto &attributes : inputs(html)) {
        if (attributes.value(QStringLiteral("name")) != field)
            continue;
        const QString value = attributes.value(QStringLiteral("value"));
        if (value.isEmpty())
            return std::nullopt;
        return value;
    }
    return std::nullopt;
}

} // namespace LoginForm
