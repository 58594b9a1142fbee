#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include "window/StartOptions.h"

#include <optional>

// The command line of pim-connections (see --help):
//   pim-connections [--server URL [--user NAME]] [--offline]
// --server/--user pre-fill the sign-in (and pick that PIM among the known ones, adding it when
// new); with PIM_PASSWORD set in the environment the app signs in at once (the README's demo,
// scripted tests). --offline never calls the PIM (Workspace::Options::forceOffline).
// A bad flag gets a clear message and the caller exits with status 2.
class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AppCommandLine)

public:
    enum class Outcome { Run, Help, Version, Error };

    using Options = StartOptions;

    // arguments: with the program name first, as QCoreApplication::arguments() gives them.
    // Fills *options (Run), or *message: the help or version text to print, or the error.
    // What --help and the man page (pim-docgen) show: the summary, the options in order
    // (help, version, server, user, offline) and the environment variables.
    static QString description();
    static QList<QCommandLineOption> options();
    static QString environmentHelp();

    static Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment,
                         Options *options, QString *message);
};
