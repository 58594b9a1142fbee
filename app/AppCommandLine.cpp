#include "AppCommandLine.h"

#include "domain/PimAddress.h"

#include <QCommandLineParser>

AppCommandLine::Outcome AppCommandLine::parse(const QStringList &arguments,
                                              const QProcessEnvironment &environment,
                                              Options *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the connections of an Akeneo PIM (System › Connections) from the desktop."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        tr("The PIM's address (https:// is assumed when no scheme is given; http:// only for a "
           "PIM on this computer). It is added to the known PIMs when new, and opened."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The username to sign in with (needs --server)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        tr("Never call the PIM: show the connections saved on this computer, read-only."));
    parser.addOptions({help, version, server, user, offline});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText() +
                   tr("\nEnvironment:\n  PIM_PASSWORD  The password for --user: sign in at "
                      "once, without the dialog.\n");
        return Outcome::Help;
    }
    if (parser.isSet(version)) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                   QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return Outcome::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("unexpected argument \"%1\" (see --help)")
                       .arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    Options result;
    if (parser.isSet(server)) {
        // The CLI's rules (PimAddress); the value is not repeated: it may hold a password.
        const PimAddress address = PimAddress::parse(parser.value(server));
        if (!address.isValid()) {
            *message = tr("--server: %1").arg(address.error());
            return Outcome::Error;
        }
        result.server = address.url();
    }
    if (parser.isSet(user)) {
        result.username = parser.value(user).trimmed();
        if (result.username.isEmpty()) {
            *message = tr("--user needs a username");
            return Outcome::Error;
        }
        if (result.server.isEmpty()) {
            *message = tr("--user needs --server: which PIM is it for?");
            return Outcome::Error;
        }
    }
    result.offline = parser.isSet(offline);
    if (environment.contains(QStringLiteral("PIM_PASSWORD")))
        result.password = environment.value(QStringLiteral("PIM_PASSWORD"));
    *options = result;
    return Outcome::Run;
}
