#pragma once

#include <QString>
#include <QStringList>

class InstanceRegistry;

// The connection codes that the shell completions offer:
//   pim-connections-cli __complete-codes [--server URL] [--user NAME]
// prints the codes of the connections and connected Apps kept in the offline copy of that PIM
// (default: the one the app used last), one a line. It never calls the network and never asks
// for anything; with no PIM, no offline copy or a bad option it prints nothing. The command is
// hidden: it is not in the command table, the help or the man page.
class CliCompletion
{
public:
    static QString command() { return QStringLiteral("__complete-codes"); }
    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    static bool isRequested(const QStringList &arguments);
    static QStringList codes(const QStringList &arguments, InstanceRegistry *registry,
                             const QString &cachePath);
};
