#include "AppCommandLine.h"

#include "domain/PimAddress.h"

#include <QCommandLineParser>

QString AppCommandLine::description()
{
    return tr("Manage the connections of an Akeneo PIM (System › Connections) from the desktop.");
}

QList<QCommandLineOption> AppCommandLine::options()
{
    return {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           tr("Show this help and exit.")),
        QCommandLineOption(QStringLiteral("version"), tr("Show the version and exit.")),
        QCommandLineOption(
            QStringLiteral("server"),
            tr("The PIM's address (https:// is assumed when no scheme is given; http:// only for "
               "a PIM on this computer). It is added to the known PIMs when new, and opened."),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("user"),
                           tr("The username to sign in with (needs --server)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("offline"),
            tr("Never call the PIM: show the connections saved on this computer, read-only.")),
    };
}

QString AppCommandLine::environmentHelp()
{
    return tr("\nEnvironment:\n  PIM_PASSWORD  The password for --user: sign in at "
              "once, without the dialog.\n");
}

AppCommandLine::Outcome AppCommandLine::parse(const QStringList &arguments,
                                              const QProcessEnvironment &environment,
                                              Options *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QList<QCommandLineOption> all = AppCommandLine::options();
    parser.addOptions(all);
    const QCommandLineOption &help = all.at(0);
    const QCommandLineOption &version = all.at(1);
    const QCommandLineOption &server = all.at(2);
    const QCommandLineOption &user = all.at(3);
    const QCommandLineOption &offline = all.at(4);

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText() + environmentHelp();
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
