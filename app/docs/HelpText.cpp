#include "HelpText.h"

#include <QRegularExpression>

namespace HelpText {

QString oneLine(const QString &text)
{
    return text.simplified();
}

QStringList paragraphs(const QString &text)
{
    QStringList result;
    for (QString paragraph : text.split(QStringLiteral("\n\n"))) {
        while (paragraph.startsWith(u'\n'))
            paragraph.remove(0, 1);
        while (paragraph.endsWith(u'\n'))
            paragraph.chop(1);
        if (!paragraph.trimmed().isEmpty())
            result.append(paragraph);
    }
    return result;
}

bool isBlock(const QString &paragraph, QString *title)
{
    const QStringList lines = paragraph.split(u'\n');
    if (lines.size() < 2 || !lines.first().endsWith(u':') || lines.first().startsWith(u' '))
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QStringLiteral("  ")))
            return false;
    }
    if (title)
        *title = lines.first().chopped(1);
    return true;
}

QList<Option> options(const QString &text)
{
    // "  -h, --help     text", "  --server URL   text" or, from QCommandLineParser,
    // "  --server <URL>  text"; the name and the text are apart by two spaces or more.
    static const QRegularExpression optionLine(
        QStringLiteral("^  (-[^ ,]+(?:, -[^ ,]+)*)(?: <?([A-Z][A-Z_]*)>?)?(?:\\s{2,}(.*))?$"));
    QList<Option> result;
    for (const QString &paragraph : paragraphs(text)) {
        QString title;
        if (!isBlock(paragraph, &title) || title != u"Options")
            continue;
        const QStringList lines = paragraph.split(u'\n').mid(1);
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = optionLine.match(line);
            if (match.hasMatch()) {
                result.append({match.captured(1).split(QStringLiteral(", ")), match.captured(2),
                               match.captured(3).trimmed()});
            } else if (!result.isEmpty()) {
                result.last().help = oneLine(result.last().help + u' ' + line);
            }
        }
    }
    return result;
}

QString valueInSynopsis(const QString &synopsis, const QString &option)
{
    const QRegularExpression value(
        QStringLiteral("--%1[ =]([^\\s\\]\\[]+)").arg(QRegularExpression::escape(option)));
    const QRegularExpressionMatch match = value.match(synopsis);
    if (!match.hasMatch() || match.captured(1).startsWith(u'-'))
        return {};
    return match.captured(1);
}

QStringList choices(const QString &value)
{
    QStringList result;
    if (!value.contains(u'|'))
        return result;
    for (const QString &alternative : value.split(u'|')) {
        if (!alternative.isEmpty() && alternative == alternative.toLower())
            result.append(alternative);
    }
    return result;
}

} // namespace HelpText
