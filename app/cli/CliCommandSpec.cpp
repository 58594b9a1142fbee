#include "CliCommandSpec.h"

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
              "  --offline      no network: read the app's offline copy (list and show only)\n"
              "  --json         print the PIM's JSON (list: the list items; show, create and\n"
              "                 regenerate-secret: the connection with its credentials;\n"
              "                 update: its settings; regenerate-password: the password)\n"
              "  --yes          do not ask for confirmation (regenerate-*, delete)\n"
              "  -h, --help     this help; \"COMMAND --help\" for a command's\n"
              "  -v, --version  the version\n");
}

QList<CliCommandSpec> CliCommands::all()
{
    // The columns of CliCommandSpec, in order.
    constexpr bool Offline = true, NeedsPim = false;
    constexpr bool Confirms = true, NoQuestion = false;
    const QString Code = QStringLiteral("CODE");
    return {
        {QStringLiteral("list"),
         QString(),
         {},
         Offline,
         NoQuestion,
         QStringLiteral("list"),
         tr("list the connections"),
         tr("Lists the connections in the PIM's order (oldest first): code, label, flow type, "
            "tracking. A \"!\" marks a connection whose client ID was used with another user's "
            "username. With --offline: the app's offline copy, with the time it was taken.")},
        {QStringLiteral("show"),
         Code,
         {},
         Offline,
         NoQuestion,
         QStringLiteral("show CODE"),
         tr("show a connection with its credentials (secret included)"),
         tr("Shows a connection: label, flow type, tracking, image, role and group, and its "
            "credentials: client ID, secret, username. The password is never shown again after "
            "creation: regenerate it if it was lost. With --offline: the offline copy, and the "
            "secret kept in the keychain.")},
        {QStringLiteral("create"),
         QStringLiteral("LABEL"),
         {QStringLiteral("code"), QStringLiteral("flow-type")},
         NeedsPim,
         NoQuestion,
         QStringLiteral("create LABEL [--code CODE] [--flow-type source|destination|other]"),
         tr("create a connection and print its credentials"),
         tr("Creates a connection. Without --code, the code is made from the label as the PIM's "
            "form does (\"Magento 2 - Prod\" gives magento2_prod). The flow type is source unless "
            "given. Prints the credentials, including the one-time password: save it, it is not "
            "shown twice.")},
        {QStringLiteral("update"),
         Code,
         {QStringLiteral("label"), QStringLiteral("flow-type"), QStringLiteral("auditable"),
          QStringLiteral("image"), QStringLiteral("role"), QStringLiteral("group")},
         NeedsPim,
         NoQuestion,
         QStringLiteral("update CODE [--label LABEL] [--flow-type source|destination|other]\n"
                        "       [--auditable yes|no] [--image FILE] [--role ID] [--group ID|none]"),
         tr("change a connection's label, flow type, tracking, image or permissions"),
         tr("Reads the connection, applies the changes given and saves it; what is not given "
            "stays as it is. --auditable is \"Track in Data flows dashboard\" (always no for flow "
            "type other). --image uploads a picture file (jpg, jpeg, gif, png, wbmp, xbm, webp, "
            "bmp) first. --role and --group take the ids the PIM uses; --group none removes it.")},
        {QStringLiteral("regenerate-secret"),
         Code,
         {},
         NeedsPim,
         Confirms,
         QStringLiteral("regenerate-secret CODE [--yes]"),
         tr("give a connection a new secret, and print it"),
         tr("Regenerates the connection secret; the client ID stays. Connectors that use the old "
            "secret get 401 errors until they use the new one. Asks for confirmation unless "
            "--yes is given.")},
        {QStringLiteral("regenerate-password"),
         Code,
         {},
         NeedsPim,
         Confirms,
         QStringLiteral("regenerate-password CODE [--yes]"),
         tr("give a connection a new password, and print it"),
         tr("Regenerates the password of the connection's user. Connectors that use the old "
            "password get 401 errors until they use the new one. Asks for confirmation unless "
            "--yes is given.")},
        {QStringLiteral("delete"),
         Code,
         {},
         NeedsPim,
         Confirms,
         QStringLiteral("delete CODE [--yes]"),
         tr("delete a connection"),
         tr("Deletes the connection, its user and its API client. Connectors that use it get "
            "401 errors. Asks for confirmation unless --yes is given.")},
        {QStringLiteral("test-credentials"),
         Code,
         {QStringLiteral("password")},
         NeedsPim,
         NoQuestion,
         QStringLiteral("test-credentials CODE --password PASSWORD"),
         tr("check that a connection's credentials work on the PIM's API"),
         tr("Asks the PIM's API for a token with the connection's client ID, secret, username and "
            "the password given, then reads one product with it, as a connector would. Exit code "
            "1 with the PIM's words when it refuses them.")},
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
