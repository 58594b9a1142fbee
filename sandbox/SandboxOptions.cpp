#include "SandboxOptions.h"

#include "domain/ConnectionRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too: a plain Tr::tr()
// helper in a namespace, or in a class without Q_OBJECT, hides it from lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)
};

bool parseAccount(const QString &value, const QString &option, SandboxOptions::Account *out,
                  QString *message)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == value.size() - 1) {
        *message = Tr::tr("--%1 takes USER:PASSWORD, both non-empty").arg(option);
        return false;
    }
    *out = {value.left(colon), value.mid(colon + 1)};
    return true;
}

bool parsePositive(const QString &value, const QString &option, int *out, QString *message)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number <= 0) {
        *message =
            Tr::tr("--%1 takes a number of seconds greater than 0, not \"%2\"").arg(option, value);
        return false;
    }
    *out = number;
    return true;
}

const char *const Description = QT_TRANSLATE_NOOP(
    "SandboxOptions",
    "A local Akeneo PIM for PIM Connections: it speaks sections 1 to 5 of the connection\n"
    "contract (back-office sign-in, /rest/connections, logos, roles and groups, the public\n"
    "API's OAuth token and products) over HTTP, and keeps its data in SQLite.\n"
    "\n"
    "Once listening, the first line on standard output is\n"
    "  pim-sandbox listening on http://HOST:PORT\n"
    "SIGTERM or SIGINT stops it cleanly. Bad options exit with code 2.\n"
    "\n"
    "Seeds (on a new store only): \"demo\" adds the connections erp and retail_hub (sources)\n"
    "and web_shop (destination), each with a logo; \"empty\" adds none. Roles and user groups\n"
    "are always installed.");

} // namespace

SandboxOptions::Outcome SandboxOptions::parse(const QStringList &arguments, SandboxOptions *options,
                                              QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(Description));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     Tr::tr("Show the version and exit."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  Tr::tr("Port to listen on; 0 picks a free one (default 8080)."),
                                  QStringLiteral("N"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  Tr::tr("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        Tr::tr("Directory of the SQLite store and the images; data survives a restart on the same "
               "directory. Without it, a temporary store removed at exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        Tr::tr("A back-office user with every right, \"Manage connections settings\" included "
               "(default admin:admin)."),
        QStringLiteral("USER:PASSWORD"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Tr::tr(
            "A back-office user without \"Manage connections settings\": listing works, reading, "
            "creating, changing, deleting and regenerating answer 403. Repeatable."),
        QStringLiteral("USER:PASSWORD"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        Tr::tr("What a new store starts with: demo or empty (default demo)."),
        QStringLiteral("demo|empty"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      Tr::tr("Lifetime of API access tokens in seconds (default "
                                             "3600); refresh tokens live 14 days."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption sessionTtl(
        QStringLiteral("session-ttl"),
        Tr::tr("Back-office sessions end after this many idle seconds (default 3600)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption app(
        QStringLiteral("app"),
        Tr::tr(
            "Adds a connected App (type \"app\") unless its code exists: it counts in the limit of "
            "50 and in code uniqueness, and the connection routes do not show it. Repeatable."),
        QStringLiteral("CODE:LABEL"));
    parser.addOptions(
        {help, version, port, host, data, admin, user, seed, tokenTtl, sessionTtl, app});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Outcome::Help;
    }
    if (parser.isSet(version)) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                   QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return Outcome::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message =
            Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    SandboxOptions result;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            *message =
                Tr::tr("--port takes a number from 0 to 65535, not \"%1\"").arg(parser.value(port));
            return Outcome::Error;
        }
        result.port = static_cast<quint16>(value);
    }
    if (parser.isSet(host)) {
        result.host = parser.value(host);
        if (result.host == QLatin1String("localhost"))
            result.address = QHostAddress(QHostAddress::LocalHost);
        else if (!result.address.setAddress(result.host)) {
            *message = Tr::tr("--host takes an IP address, not \"%1\"").arg(result.host);
            return Outcome::Error;
        }
    }
    result.dataDirectory = parser.value(data);
    if (parser.isSet(data) && result.dataDirectory.isEmpty()) {
        *message = Tr::tr("--data takes a directory");
        return Outcome::Error;
    }
    if (parser.isSet(admin) &&
        !parseAccount(parser.value(admin), QStringLiteral("admin"), &result.admin, message))
        return Outcome::Error;
    for (const QString &value : parser.values(user)) {
        Account account;
        if (!parseAccount(value, QStringLiteral("user"), &account, message))
            return Outcome::Error;
        if (account.username == result.admin.username) {
            *message = Tr::tr("--user %1 is already the --admin user").arg(account.username);
            return Outcome::Error;
        }
        result.users.append(account);
    }
    if (parser.isSet(seed)) {
        result.seed = parser.value(seed);
        if (result.seed != QLatin1String("demo") && result.seed != QLatin1String("empty")) {
            *message = Tr::tr("--seed takes demo or empty, not \"%1\"").arg(result.seed);
            return Outcome::Error;
        }
    }
    if (parser.isSet(tokenTtl) &&
        !parsePositive(parser.value(tokenTtl), QStringLiteral("token-ttl"), &result.tokenTtlSeconds,
                       message))
        return Outcome::Error;
    if (parser.isSet(sessionTtl) &&
        !parsePositive(parser.value(sessionTtl), QStringLiteral("session-ttl"),
                       &result.sessionTtlSeconds, message))
        return Outcome::Error;
    for (const QString &value : parser.values(app)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const App entry{value.left(colon), colon < 0 ? QString() : value.mid(colon + 1)};
        if (colon <= 0 || ConnectionRules::codeError(entry.code) ||
            ConnectionRules::labelError(entry.label) ||
            ConnectionRules::trimmed(entry.code) != entry.code) {
            *message =
                Tr::tr("--app takes CODE:LABEL with a valid connection code (3 to 100 letters, "
                       "digits or underscores) and label (3 to 100 characters), not \"%1\"")
                    .arg(value);
            return Outcome::Error;
        }
        result.apps.append(entry);
    }
    *options = result;
    return Outcome::Run;
}
