#pragma once

#include <QString>

// The man pages of the programs, in roff (man(7)), made by pim-docgen at build time from what
// their --help prints: the CLI's command table (CliCommands) and the app's options
// (AppCommandLine), untranslated.
namespace ManPages {

QString cli(const QString &version);
QString app(const QString &version);
// Text for a roff line: backslashes and dashes escaped, a leading "." or "'" neutralised.
QString escape(const QString &text);

} // namespace ManPages
