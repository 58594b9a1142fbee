#include "CliCommandSpec.h"

namespace {
// The columns of CliCommandSpec, in order.
constexpr bool Offline = true, NeedsPim = false;
constexpr bool Confirms = true, NoQuestion = false;
const QString Code = QStringLiteral("CODE");
const QStringList NoFlags;
} // namespace

QString CliCommands::program()
{
    return QStringLiteral("pim-connections-cli");
}

// The options every command accepts, for the help texts.
QString CliCommands::globalOptions()
{
    return tr("Options:\n"
              "  --server URL   the PIM's address; joins the app's list of PIMs once signed in\n"
              "  --user NAME    the administrator who signs in (with --server, or for the\n"
              "                 current PIM); without both: the PIM the app used last\n"
              "  --offline      no network: read the app's offline copy (list, show,\n"
              "                 dashboard, errors, apps and app only)\n"
              "  --json         print the PIM's JSON (list: the list items; show, create and\n"
              "                 regenerate-secret: the connection with its credentials;\n"
              "                 update: its settings; regenerate-password: the password;\n"
              "                 dashboard, errors, apps, app, app-settings: the route's answer)\n"
              "  --yes          do not ask for confirmation (regenerate-*, delete, delete-app)\n"
              "  -h, --help     this help; \"COMMAND --help\" for a command's\n"
              "  -v, --version  the version\n");
}

QList<CliCommandSpec> CliCommands::all()
{
    return QList<CliCommandSpec>{
               {QStringLiteral("list"),
                QString(),
                {},
                NoFlags,
                Offline,
                NoQuestion,
                QStringLiteral("list"),
                tr("list the connections"),
                tr("Lists the connections in the PIM's order (oldest first): code, label, flow "
                   "type, "
                   "tracking. A \"!\" marks a connection whose client ID was used with another "
                   "user's "
                   "username. With --offline: the app's offline copy, with the time it was "
                   "taken.")},
               {QStringLiteral("show"),
                Code,
                {},
                NoFlags,
                Offline,
                NoQuestion,
                QStringLiteral("show CODE"),
                tr("show a connection with its credentials (secret included)"),
                tr("Shows a connection: label, flow type, tracking, image, role and group, and its "
                   "credentials: client ID, secret, username. The password is never shown again "
                   "after "
                   "creation: regenerate it if it was lost. With --offline: the offline copy, and "
                   "the "
                   "secret kept in the keychain.")},
               {QStringLiteral("create"),
                QStringLiteral("LABEL"),
                {QStringLiteral("code"), QStringLiteral("flow-type")},
                NoFlags,
                NeedsPim,
                NoQuestion,
                QStringLiteral("create LABEL [--code CODE] [--flow-type source|destination|other]"),
                tr("create a connection and print its credentials"),
                tr("Creates a connection. Without --code, the code is made from the label as the "
                   "PIM's "
                   "form does (\"Magento 2 - Prod\" gives magento2_prod). The flow type is source "
                   "unless "
                   "given. Prints the credentials, including the one-time password: save it, it is "
                   "not "
                   "shown twice.")},
               {QStringLiteral("update"),
                Code,
                {QStringLiteral("label"), QStringLiteral("flow-type"), QStringLiteral("auditable"),
                 QStringLiteral("image"), QStringLiteral("role"), QStringLiteral("group")},
                NoFlags,
                NeedsPim,
                NoQuestion,
                QStringLiteral(
                    "update CODE [--label LABEL] [--flow-type source|destination|other]\n"
                    "       [--auditable yes|no] [--image FILE] [--role ID] [--group ID|none]"),
                tr("change a connection's label, flow type, tracking, image or permissions"),
                tr("Reads the connection, applies the changes given and saves it; what is not "
                   "given "
                   "stays as it is. --auditable is \"Track in Data flows dashboard\" (always no "
                   "for flow "
                   "type other). --image uploads a picture file (jpg, jpeg, gif, png, wbmp, xbm, "
                   "webp, "
                   "bmp) first. --role and --group take the ids the PIM uses; --group none removes "
                   "it.")},
               {QStringLiteral("regenerate-secret"),
                Code,
                {},
                NoFlags,
                NeedsPim,
                Confirms,
                QStringLiteral("regenerate-secret CODE [--yes]"),
                tr("give a connection a new secret, and print it"),
                tr("Regenerates the connection secret; the client ID stays. Connectors that use "
                   "the old "
                   "secret get 401 errors until they use the new one. Asks for confirmation unless "
                   "--yes is given.")},
               {QStringLiteral("regenerate-password"),
                Code,
                {},
                NoFlags,
                NeedsPim,
                Confirms,
                QStringLiteral("regenerate-password CODE [--yes]"),
                tr("give a connection a new password, and print it"),
                tr("Regenerates the password of the connection's user. Connectors that use the old "
                   "password get 401 errors until they use the new one. Asks for confirmation "
                   "unless "
                   "--yes is given.")},
               {QStringLiteral("delete"),
                Code,
                {},
                NoFlags,
                NeedsPim,
                Confirms,
                QStringLiteral("delete CODE [--yes]"),
                tr("delete a connection"),
                tr("Deletes the connection, its user and its API client. Connectors that use it "
                   "get "
                   "401 errors. Asks for confirmation unless --yes is given.")},
               {QStringLiteral("test-credentials"),
                Code,
                {QStringLiteral("password")},
                NoFlags,
                NeedsPim,
                NoQuestion,
                QStringLiteral("test-credentials CODE --password PASSWORD"),
                tr("check that a connection's credentials work on the PIM's API"),
                tr("Asks the PIM's API for a token with the connection's client ID, secret, "
                   "username and "
                   "the password given, then reads one product with it, as a connector would. Exit "
                   "code "
                   "1 with the PIM's words when it refuses them.")},
           } +
           monitoring() + events();
}

QList<CliCommandSpec> CliCommands::monitoring()
{
    return {
        {QStringLiteral("dashboard"),
         QString(),
         {QStringLiteral("event-type"), QStringLiteral("end-date")},
         NoFlags,
         Offline,
         NoQuestion,
         QStringLiteral("dashboard [--event-type product_created|product_updated|product_read]\n"
                        "       [--end-date YYYY-MM-DD]"),
         tr("show the Data flows dashboard: 8 days of counts per connection"),
         tr("Shows the Data flows dashboard for the 8 days ending with --end-date (default: the "
            "PIM's today, in the PIM user's time zone): the products created (or updated, or "
            "read: --event-type) per day and per tracked connection, \"<all>\" first, with the "
            "total of the last 7 days (the first day is the day before the week); then the errors "
            "per day of the data sources and their business errors over the 7 days. --json prints "
            "the PIM's answer for that event type. With --offline: the week kept in the offline "
            "copy.")},
        {QStringLiteral("errors"),
         Code,
         {QStringLiteral("search")},
         {QStringLiteral("csv")},
         Offline,
         NoQuestion,
         QStringLiteral("errors CODE [--search TEXT] [--csv]"),
         tr("list the business errors of a source connection"),
         tr("Lists the latest business errors (at most 100, of the last 7 days) of a source "
            "connection, newest first: date and time (this computer's time zone), message, "
            "product, family, locale and channel. --search keeps the errors whose content "
            "contains the text, ignoring case, as the PIM's screen does. --csv prints them as CSV "
            "with a header row; --json as the PIM's answer.")},
        {QStringLiteral("apps"),
         QString(),
         {},
         NoFlags,
         Offline,
         NoQuestion,
         QStringLiteral("apps"),
         tr("list the connected Apps"),
         tr("Lists the Apps connected to the PIM: code (their connection's), name, "
            "author and status. Exit code 1 when the PIM does not offer connected "
            "Apps, or not to this user.")},
        {QStringLiteral("app"),
         Code,
         {},
         NoFlags,
         Offline,
         NoQuestion,
         QStringLiteral("app CODE"),
         tr("show a connected App with its monitoring settings"),
         tr("Shows a connected App: name, author, user group, username, categories, "
            "scopes, logo address, and its monitoring settings (flow type, tracking). "
            "--json prints the App as the PIM lists it.")},
        {QStringLiteral("app-settings"),
         Code,
         {QStringLiteral("flow-type"), QStringLiteral("tracked")},
         NoFlags,
         NeedsPim,
         NoQuestion,
         QStringLiteral("app-settings CODE [--flow-type source|destination|other] "
                        "[--tracked yes|no]"),
         tr("show or change a connected App's monitoring settings"),
         tr("Without options, shows the App's flow type and whether it is tracked in the Data "
            "flows dashboard. With --flow-type or --tracked, changes them (what is not given "
            "stays as it is; an App of flow type other is never tracked) and shows the result.")},
        {QStringLiteral("delete-app"),
         Code,
         {},
         NoFlags,
         NeedsPim,
         Confirms,
         QStringLiteral("delete-app CODE [--yes]"),
         tr("disconnect and delete a connected App"),
         tr("Deletes the App, its connection and its authorizations: it can no "
            "longer call the PIM. Asks for confirmation unless --yes is given.")},
    };
}

std::optional<CliCommandSpec> CliCommands::find(const QString &name)
{
    const QList<CliCommandSpec> specs = all();
    for (const CliCommandSpec &spec : specs) {
        if (spec.name == name)
            return spec;
    }
    return std::nullopt;
}

QString CliCommands::globalHelp()
{
    QString commands;
    for (const CliCommandSpec &spec : all()) {
        const QString left = spec.argument.isEmpty() ? spec.name : spec.name + u' ' + spec.argument;
        commands += QStringLiteral("  %1  %2\n").arg(left, -24).arg(spec.summary);
    }
    return tr("Usage: %1 [--server URL] [--user NAME] [--offline] [--json] [--yes] COMMAND "
              "[ARGUMENTS]\n\n"
              "Manages the connections of an Akeneo PIM (System > Connections) from the command "
              "line, with the PIM Connections app's list of PIMs, offline copy and keychain.\n\n"
              "Commands:\n%2\n%3\n"
              "The administrator's password comes from the PIM_PASSWORD environment variable, or "
              "the keychain (when the app remembers it), or else is asked for without echo (only "
              "in a terminal).\n\n"
              "Exit codes: 0 success; 1 the PIM refused (its reasons on stderr); 2 usage "
              "(unknown command or option, missing argument, not confirmed); 3 the PIM cannot be "
              "reached or signing in failed.\n")
        .arg(program(), commands, globalOptions());
}

QString CliCommands::commandHelp(const CliCommandSpec &spec)
{
    return tr("Usage: %1 [OPTIONS] %2\n\n%3\n\n%4")
        .arg(program(), spec.synopsis, spec.description, globalOptions());
}

QString CliCommands::usageHint()
{
    return tr("Run \"%1 --help\" for the commands and options.").arg(program());
}
