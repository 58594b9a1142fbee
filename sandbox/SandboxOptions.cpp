#include "SandboxOptions.h"

#include "domain/ConnectionRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

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
    "A local Akeneo PIM for PIM Connections. Over HTTP it answers the back-office sign-in, the\n"
    "connection settings (/rest/connections), logos, roles and groups, the public API's OAuth\n"
    "token and a small product API (/api/rest/v1/products), the error monitoring and the Data\n"
    "flows dashboard (/rest/connections/CODE/business-errors, /rest/connections/audit/...) and\n"
    "the connected Apps (/rest/apps/connected-apps), and the event subscriptions and event logs\n"
    "(/rest/connections/CODE/webhook, /rest/events-api-debug/...). It keeps its data in SQLite.\n"
    "\n"
    "Calls to the product API with a connection's token are recorded as a PIM records them:\n"
    "products created and updated by tracked source connections, products read by tracked\n"
    "destinations, business and technical errors. The dashboard and the error monitoring\n"
    "answer from these records. Products created, updated and deleted through that API are sent\n"
    "to the active event subscriptions, signed with their secret, and written to the event logs.\n"
    "Event requests and the \"Test\" of a URL go only to loopback addresses (127.0.0.1, ::1;\n"
    "\"localhost\" is refused by name, as a PIM does) unless --webhook-any-host is given.\n"
    "\n"
    "Once listening, the first line on standard output is\n"
    "  pim-sandbox listening on http://HOST:PORT\n"
    "SIGTERM or SIGINT stops it cleanly. Bad options exit with code 2.\n"
    "\n"
    "Seeds (on a new store only): \"demo\" adds the connections erp and retail_hub (sources)\n"
    "and web_shop (destination), each with a logo, the connected App content_translator, and\n"
    "eight days of history (products created, updated and read, business errors); retail_hub\n"
    "is not tracked; web_shop has an active event subscription to\n"
    "http://127.0.0.1:8081/akeneo-events and a day of event logs. \"empty\" adds none. Roles,\n"
    "user groups and a small catalogue (families, attributes and three products) are always\n"
    "installed.");

// "2020-01-07", "2020-01-07T23:30" or "2020-01-07T23:30:15" (UTC, a trailing Z allowed); a
// date alone means noon UTC, the same day in every time zone from UTC-12 to UTC+11.
QDateTime parseClockStart(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2})?)Z?)?$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time(12, 0);
    if (match.hasCaptured(2)) {
        const QString text = match.captured(2);
        time = QTime::fromString(text, text.size() == 5 ? QStringLiteral("HH:mm")
                                                        : QStringLiteral("HH:mm:ss"));
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

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
        Tr::tr("A back-office user without \"Manage connections settings\" and \"Manage apps\": "
               "listing works, reading, creating, changing, deleting and regenerating answer "
               "403, and so do the connected Apps' settings. Repeatable."),
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
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        Tr::tr("A request must send all its headers within this many seconds of its first byte, "
               "or it is answered 408 and its connection closed (default 20)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption app(
        QStringLiteral("app"),
        Tr::tr(
            "Adds a connected App (type \"app\") unless its code exists: it counts in the limit of "
            "50 and in code uniqueness, and the connection routes do not show it. Repeatable."),
        QStringLiteral("CODE:LABEL"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        Tr::tr("Starts the clock at this date (and time in UTC; noon when left out) instead of "
               "the system's; it then runs on. For repeatable days in the dashboard."),
        QStringLiteral("YYYY-MM-DD[THH:MM[:SS]]"));
    const QCommandLineOption timeZone(
        QStringLiteral("timezone"),
        Tr::tr("Time zone of the --admin user's profile, in which the Data flows dashboard counts "
               "its days (default UTC; --user users keep UTC)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption noEventsApi(
        QStringLiteral("no-events-api"),
        Tr::tr("Turns the Events API off: every event subscription and event log route answers "
               "404, as on a PIM after its retirement, and product changes send no events."));
    const QCommandLineOption anyHost(
        QStringLiteral("webhook-any-host"),
        Tr::tr("Lets event requests and the \"Test\" of a URL go to any host; by default only "
               "loopback addresses are contacted and other hosts answer as unreachable."));
    const QCommandLineOption webhookTimeout(
        QStringLiteral("webhook-timeout"),
        Tr::tr("How long an event request may take before it is logged as not answering, in "
               "milliseconds (default 500, the PIM's webhook_timeout)."),
        QStringLiteral("MS"));
    parser.addOptions({help, version, port, host, data, admin, user, seed, tokenTtl, sessionTtl,
                       headerTimeout, app, today, timeZone, noEventsApi, anyHost, webhookTimeout});

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
    if (parser.isSet(headerTimeout) &&
        !parsePositive(parser.value(headerTimeout), QStringLiteral("header-timeout"),
                       &result.headerTimeoutSeconds, message))
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
    if (parser.isSet(today)) {
        result.clockStart = parseClockStart(parser.value(today));
        if (!result.clockStart.isValid()) {
            *message = Tr::tr("--today takes a date like 2020-01-07, or 2020-01-07T23:30 (UTC), "
                              "not \"%1\"")
                           .arg(parser.value(today));
            return Outcome::Error;
        }
    }
    if (parser.isSet(timeZone)) {
        result.adminTimeZone = parser.value(timeZone);
        if (!QTimeZone(result.adminTimeZone.toUtf8()).isValid()) {
            *message = Tr::tr("--timezone takes a time zone like Europe/Paris, not \"%1\"")
                           .arg(result.adminTimeZone);
            return Outcome::Error;
        }
    }
    result.eventsApi = !parser.isSet(noEventsApi);
    result.webhookAnyHost = parser.isSet(anyHost);
    if (parser.isSet(webhookTimeout)) {
        bool ok = false;
        result.webhookTimeoutMs = parser.value(webhookTimeout).toInt(&ok);
        if (!ok || result.webhookTimeoutMs <= 0 || result.webhookTimeoutMs > 600000) {
            *message = Tr::tr("--webhook-timeout takes a number of milliseconds from 1 to 600000, "
                              "not \"%1\"")
                           .arg(parser.value(webhookTimeout));
            return Outcome::Error;
        }
    }
    *options = result;
    return Outcome::Run;
}
