#include "ManPages.h"

#include "AppCommandLine.h"
#include "CliCommandSpec.h"
#include "HelpText.h"

namespace {

QString header(const QString &program, const QString &version, const QString &summary)
{
    return QStringLiteral(".\\\" Made by pim-docgen from the program's --help: do not edit.\n"
                          ".TH %1 1 \"\" \"PIM Connections %2\" \"User Commands\"\n"
                          ".SH NAME\n%3 \\- %4\n")
        .arg(program.toUpper(), version, ManPages::escape(program), ManPages::escape(summary));
}

// ".TP" with "\fB--server\fR \fIURL\fR" and the text.
QString taggedParagraph(const QStringList &names, const QString &valueName, const QString &text)
{
    QStringList bold;
    for (const QString &name : names)
        bold.append(QStringLiteral("\\fB%1\\fR").arg(ManPages::escape(name)));
    QString tag = bold.join(QStringLiteral(", "));
    if (!valueName.isEmpty())
        tag += QStringLiteral(" \\fI%1\\fR").arg(ManPages::escape(valueName));
    return QStringLiteral(".TP\n%1\n%2\n").arg(tag, ManPages::escape(HelpText::oneLine(text)));
}

QString section(const QString &title)
{
    return QStringLiteral(".SH %1\n").arg(title);
}

} // namespace

QString ManPages::escape(const QString &text)
{
    QString result = text;
    result.replace(u'\\', QStringLiteral("\\e"));
    result.replace(u'-', QStringLiteral("\\-"));
    if (result.startsWith(u'.') || result.startsWith(u'\''))
        result.prepend(QStringLiteral("\\&"));
    // Plain ASCII, so that groff reads it without preconv: "›" as \[u203A].
    QString ascii;
    for (const QChar character : std::as_const(result)) {
        if (character.unicode() < 128)
            ascii += character;
        else
            ascii += QStringLiteral("\\[u%1]").arg(
                QString::number(character.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return ascii;
}

QString ManPages::cli(const QString &version)
{
    const QString help = CliCommands::globalHelp();
    const QStringList paragraphs = HelpText::paragraphs(help);
    QString page = header(CliCommands::program(), version,
                          QStringLiteral("manage the connections of an Akeneo PIM from the "
                                         "command line"));

    // "Usage: pim-connections-cli [--server URL] ... COMMAND [ARGUMENTS]"
    const QString usage = paragraphs.value(0);
    const QString prefix = QStringLiteral("Usage: %1 ").arg(CliCommands::program());
    page +=
        section(QStringLiteral("SYNOPSIS")) +
        QStringLiteral(".B %1\n%2\n")
            .arg(
                escape(CliCommands::program()),
                escape(HelpText::oneLine(usage.mid(usage.startsWith(prefix) ? prefix.size() : 0))));

    page += section(QStringLiteral("DESCRIPTION"));
    for (const QString &paragraph : paragraphs.mid(1)) {
        if (!HelpText::isBlock(paragraph))
            page += QStringLiteral(".PP\n%1\n").arg(escape(HelpText::oneLine(paragraph)));
    }

    page += section(QStringLiteral("COMMANDS"));
    for (const CliCommandSpec &spec : CliCommands::all())
        page += taggedParagraph({HelpText::oneLine(spec.synopsis)}, QString(), spec.description);

    page += section(QStringLiteral("OPTIONS"));
    for (const HelpText::Option &option : HelpText::options(help))
        page += taggedParagraph(option.names, option.valueName, option.help);

    page += section(QStringLiteral("SEE ALSO")) + QStringLiteral(".BR pim\\-connections (1)\n");
    return page;
}

QString ManPages::app(const QString &version)
{
    QString page = header(QStringLiteral("pim-connections"), version,
                          QStringLiteral("desktop administration of Akeneo PIM connections"));
    QStringList synopsis;
    for (const QCommandLineOption &option : AppCommandLine::options()) {
        const QString name = QStringLiteral("--") + option.names().constLast();
        if (name != u"--help" && name != u"--version")
            synopsis.append(u'[' + QString(name + u' ' + option.valueName()).trimmed() + u']');
    }
    page += section(QStringLiteral("SYNOPSIS")) +
            QStringLiteral(".B pim\\-connections\n%1\n").arg(escape(synopsis.join(u' ')));
    page += section(QStringLiteral("DESCRIPTION")) +
            QStringLiteral(".PP\n%1\n").arg(escape(AppCommandLine::description()));

    page += section(QStringLiteral("OPTIONS"));
    for (const QCommandLineOption &option : AppCommandLine::options()) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        page += taggedParagraph(names, option.valueName(), option.description());
    }

    // "\nEnvironment:\n  PIM_PASSWORD  The password..."
    page += section(QStringLiteral("ENVIRONMENT"));
    const QStringList lines = AppCommandLine::environmentHelp().trimmed().split(u'\n').mid(1);
    for (const QString &line : lines) {
        const QString entry = line.trimmed();
        const qsizetype gap = entry.indexOf(QStringLiteral("  "));
        page += taggedParagraph({entry.left(gap)}, QString(), entry.mid(gap));
    }

    page +=
        section(QStringLiteral("SEE ALSO")) + QStringLiteral(".BR pim\\-connections\\-cli (1)\n");
    return page;
}
