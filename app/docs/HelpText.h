#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads the programs' --help texts, so that the man pages and the shell completions say what
// --help says (pim-docgen). The texts are the untranslated ones.
namespace HelpText {

// "  --server URL   the PIM's address..." and its indented continuation lines (the CLI's
// help), or "  --server <URL>  The PIM's..." (QCommandLineParser's, the app's).
struct Option
{
    QStringList names; // "-h", "--help"
    QString valueName; // "URL"; empty for a flag
    QString help;      // one line, continuation lines joined
};

// The paragraphs (separated by an empty line), each without its trailing newline.
QStringList paragraphs(const QString &text);
// A block is a paragraph whose first line ends with ":" and whose other lines are indented:
// "Options:\n  --json ...". The title is "Options".
bool isBlock(const QString &paragraph, QString *title = nullptr);
// The options listed in the block titled "Options" of `text`.
QList<Option> options(const QString &text);
// An option's value in a command's synopsis: "--flow-type source|destination|other" gives
// "source|destination|other"; empty when the synopsis does not show one.
QString valueInSynopsis(const QString &synopsis, const QString &option);
// A value's fixed choices: the lower-case alternatives of "source|destination|other" or
// "ID|none" ("none"); empty for "FILE", "LABEL"...
QStringList choices(const QString &value);
// Runs of white space (new lines included) as one space, trimmed.
QString oneLine(const QString &text);

} // namespace HelpText
