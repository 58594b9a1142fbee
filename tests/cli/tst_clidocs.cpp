// The man pages and the completions say what --help says: the programs' real --help output
// (English) against the files the build made (build/docs), and the parts of pim-docgen.
#include "CliCommandSpec.h"
#include "HelpText.h"
#include "ManPages.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The program's standard output, in English, with a private HOME and no display.
QString run(const QString &program, const QStringList &arguments)
{
    static QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Roff to plain text, for what the man pages use.
QString plain(QString roff)
{
    static const QRegularExpression unicode(QStringLiteral("\\\\\\[u([0-9A-F]{4})\\]"));
    for (QRegularExpressionMatch match = unicode.match(roff); match.hasMatch();
         match = unicode.match(roff)) {
        roff.replace(match.capturedStart(), match.capturedLength(),
                     QChar(match.captured(1).toUShort(nullptr, 16)));
    }
    for (const QString &font : {QStringLiteral("\\fB"), QStringLiteral("\\fI"),
                                QStringLiteral("\\fR"), QStringLiteral("\\&")})
        roff.remove(font);
    roff.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    roff.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
    return roff;
}

// A section's ".TP" entries: the tag line and the text, in plain text.
QList<QPair<QString, QString>> taggedParagraphs(const QString &page, const QString &section)
{
    QList<QPair<QString, QString>> entries;
    const QStringList lines = page.split(u'\n');
    const qsizetype start = lines.indexOf(QStringLiteral(".SH ") + section);
    for (qsizetype i = start + 1; start >= 0 && i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral(".SH ")))
            break;
        if (lines.at(i) == u".TP" && i + 2 < lines.size())
            entries.append({plain(lines.at(i + 1)), plain(lines.at(i + 2))});
    }
    return entries;
}

// The entries of a help's block ("Commands"), each line's first word.
QStringList blockNames(const QString &help, const QString &title)
{
    QStringList names;
    for (const QString &paragraph : HelpText::paragraphs(help)) {
        QString found;
        if (!HelpText::isBlock(paragraph, &found) || found != title)
            continue;
        for (const QString &line : paragraph.split(u'\n').mid(1))
            names.append(line.simplified().section(u' ', 0, 0));
    }
    return names;
}

QStringList optionTags(const QList<HelpText::Option> &options)
{
    QStringList tags;
    for (const HelpText::Option &option : options) {
        QString tag = option.names.join(QStringLiteral(", "));
        if (!option.valueName.isEmpty())
            tag += u' ' + option.valueName;
        tags.append(tag);
    }
    return tags;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void cliManPageHasTheCommandsOfHelp()
    {
        const QString help = run(QStringLiteral(PIM_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(help.startsWith(QStringLiteral("Usage: pim-connections-cli")));
        const auto commands = taggedParagraphs(m_cliPage, QStringLiteral("COMMANDS"));
        QStringList manNames;
        for (const auto &[tag, text] : commands)
            manNames.append(tag.section(u' ', 0, 0));
        QCOMPARE(manNames, blockNames(help, QStringLiteral("Commands")));

        // Each command's own --help: its synopsis and description are the man page's.
        for (const auto &[tag, text] : commands) {
            const QString name = tag.section(u' ', 0, 0);
            const QStringList paragraphs = HelpText::paragraphs(
                run(QStringLiteral(PIM_CLI_PATH), {name, QStringLiteral("--help")}));
            const QString usage = QStringLiteral("Usage: pim-connections-cli [OPTIONS] ");
            QVERIFY2(paragraphs.value(0).startsWith(usage), qPrintable(name));
            QCOMPARE(HelpText::oneLine(paragraphs.value(0).mid(usage.size())), tag);
            QCOMPARE(HelpText::oneLine(paragraphs.value(1)), text);
        }
    }

    void cliManPageHasTheOptionsOfHelp()
    {
        const QString help = run(QStringLiteral(PIM_CLI_PATH), {QStringLiteral("--help")});
        const QList<HelpText::Option> options = HelpText::options(help);
        QVERIFY(options.size() >= 7);
        const auto entries = taggedParagraphs(m_cliPage, QStringLiteral("OPTIONS"));
        QStringList tags;
        QStringList texts;
        for (const auto &[tag, text] : entries) {
            tags.append(tag);
            texts.append(text);
        }
        QCOMPARE(tags, optionTags(options));
        for (qsizetype i = 0; i < options.size(); ++i)
            QCOMPARE(texts.at(i), options.at(i).help);
    }

    void appManPageHasTheOptionsOfHelp()
    {
        const QString help = run(QStringLiteral(PIM_APP_PATH), {QStringLiteral("--help")});
        const QList<HelpText::Option> options = HelpText::options(help);
        QVERIFY2(options.size() == 5, qPrintable(help));
        const auto entries = taggedParagraphs(m_appPage, QStringLiteral("OPTIONS"));
        QCOMPARE(entries.size(), options.size());
        QStringList tags;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            tags.append(entries.at(i).first);
            QCOMPARE(entries.at(i).second, options.at(i).help);
        }
        QCOMPARE(tags, optionTags(options));
        QVERIFY(plain(m_appPage).contains(
            QStringLiteral("Manage the connections of an Akeneo PIM (System › Connections)")));
        QVERIFY(help.contains(QStringLiteral("PIM_PASSWORD")));
        QCOMPARE(taggedParagraphs(m_appPage, QStringLiteral("ENVIRONMENT")).value(0).first,
                 QStringLiteral("PIM_PASSWORD"));
    }

    void versionsAreTheProjects()
    {
        QCOMPARE(run(QStringLiteral(PIM_CLI_PATH), {QStringLiteral("--version")}),
                 QStringLiteral("pim-connections-cli " PROJECT_VERSION "\n"));
        QCOMPARE(run(QStringLiteral(PIM_APP_PATH), {QStringLiteral("--version")}),
                 QStringLiteral("pim-connections " PROJECT_VERSION "\n"));
        QVERIFY(m_cliPage.contains(QStringLiteral("\"PIM Connections " PROJECT_VERSION "\"")));
    }

    void theBuiltFilesAreTheGeneratorsOutput()
    {
        QCOMPARE(m_cliPage, ManPages::cli(QStringLiteral(PROJECT_VERSION)));
        QCOMPARE(m_appPage, ManPages::app(QStringLiteral(PROJECT_VERSION)));
    }

    void readsSynopsesAndOptionBlocks()
    {
        const QString synopsis =
            QStringLiteral("update CODE [--label LABEL] [--flow-type source|destination|other]\n"
                           "       [--group ID|none] [--image=FILE] [--yes]");
        QCOMPARE(HelpText::valueInSynopsis(synopsis, QStringLiteral("flow-type")),
                 QStringLiteral("source|destination|other"));
        QCOMPARE(HelpText::valueInSynopsis(synopsis, QStringLiteral("image")),
                 QStringLiteral("FILE"));
        QCOMPARE(HelpText::valueInSynopsis(synopsis, QStringLiteral("yes")), QString());
        QCOMPARE(HelpText::valueInSynopsis(synopsis, QStringLiteral("role")), QString());
        QCOMPARE(HelpText::choices(QStringLiteral("source|destination|other")),
                 QStringList({QStringLiteral("source"), QStringLiteral("destination"),
                              QStringLiteral("other")}));
        QCOMPARE(HelpText::choices(QStringLiteral("ID|none")), QStringList{QStringLiteral("none")});
        QVERIFY(HelpText::choices(QStringLiteral("FILE")).isEmpty());

        const QList<HelpText::Option> options =
            HelpText::options(QStringLiteral("Usage: x\n\nOptions:\n"
                                             "  --server URL   the address; joins\n"
                                             "                 the list\n"
                                             "  -h, --help     this help\n\n"
                                             "Other:\n  --not-an-option  no\n"));
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.at(0).names, QStringList{QStringLiteral("--server")});
        QCOMPARE(options.at(0).valueName, QStringLiteral("URL"));
        QCOMPARE(options.at(0).help, QStringLiteral("the address; joins the list"));
        QCOMPARE(options.at(1).names,
                 QStringList({QStringLiteral("-h"), QStringLiteral("--help")}));
        QVERIFY(options.at(1).valueName.isEmpty());
    }

    void escapesRoff()
    {
        QCOMPARE(ManPages::escape(QStringLiteral(".x -y \\z ›")),
                 QStringLiteral("\\&.x \\-y \\ez \\[u203A]"));
        QCOMPARE(ManPages::escape(QStringLiteral("'quoted")), QStringLiteral("\\&'quoted"));
    }

private:
    const QString m_cliPage = readFile(QStringLiteral(PIM_DOCS_DIR "/pim-connections-cli.1"));
    const QString m_appPage = readFile(QStringLiteral(PIM_DOCS_DIR "/pim-connections.1"));
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
