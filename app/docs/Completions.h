#pragma once

#include <QString>

// The bash and zsh completions of pim-connections-cli, made by pim-docgen at build time from
// the command table (CliCommands) and the options of --help: commands, their options, the
// options' fixed values (from the synopses: "--flow-type source|destination|other"), files for
// --image, and connection codes from the offline copy (`pim-connections-cli __complete-codes`,
// no network).
namespace Completions {

QString bash();
QString zsh();

} // namespace Completions
