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
    QList<CliCommandSpec> specs;
    CliCommandSpec list;
    list.name = QStringLiteral("list");
    list.worksOffline = true;
    list.synopsis = QStringLiteral("list");
    list.summary = tr("list the connections");
    list.description = tr("Lists the connections in the PIM's order (oldest first): code, label, "
                          "flow type, tracking. A \"!\" marks a connection whose client ID was "
                          "used with another user's username. With --offline: the app's offline "
                          "copy, with the time it was taken.");
    specs.append(list);

    CliCommandSpec show;
    show.name = QStringLiteral("show");
    show.argument = QStringLiteral("CODE");
    show.worksOffline = true;
    show.synopsis = QStringLiteral("show CODE");
    show.summary = tr("show a connection with its credentials (secret included)");
    show.description = tr("Shows a connection: label, flow type, tracking, image, role and group, "
                          "and its credentials: client ID, secret, username. The password is "
                          "never shown again after creation: regenerate it if it was lost. With "
                          "--offline: the offline copy, and the secret kept in the keychain.");
    specs.append(show);

    CliCommandSpec create;
    create.name = QStringLiteral("create");
    create.argument = QStringLiteral("LABEL");
    create.options = {QStringLiteral("code"), QStringLiteral("flow-type")};
    create.synopsis =
        QStringLiteral("create LABEL [--code CODE] [--flow-type source|destination|other]");
    create.summary = tr("create a connection and print its credentials");
    create.description =
        tr("Creates a connection. Without --code, the code is made from the label as the PIM's "
           "form does (\"Magento 2 - Prod\" gives magento2_prod). The flow type is source unless "
           "given. Prints the credentials, including the one-time password: save it, it is not "
           "shown twice.");
    specs.append(create);

    CliCommandSpec update;
    update.name = QStringLiteral("update");
    update.argument = QStringLiteral("CODE");
    update.options = {QStringLiteral("label"),     QStringLiteral("flow-type"),
                      QStringLiteral("auditable"), QStringLiteral("image"),
                      QStringLiteral("role"),      QStringLiteral("group")};
    update.synopsis =
        QStringLiteral("update CODE [--label LABEL] [--flow-type source|destination|other]\n"
                       "       [--auditable yes|no] [--image FILE] [--role ID] [--group ID|none]");
    update.summary = tr("change a connection's label, flow type, tracking, image or permissions");
    update.description =
        tr("Reads the connection, applies the changes given and saves it; what is not given "
           "stays as it is. --auditable is \"Track in Data flows dashboard\" (always no for flow "
           "type other). --image uploads a picture file (jpg, jpeg, gif, png, wbmp, xbm, webp, "
           "bmp) first. --role and --group take the ids the PIM uses; --group none removes it.");
    specs.append(update);

    CliCommandSpec secret;
    secret.name = QStringLiteral("regenerate-secret");
    secret.argument = QStringLiteral("CODE");
    secret.asksConfirmation = true;
    secret.synopsis = QStringLiteral("regenerate-secret CODE [--yes]");
    secret.summary = tr("give a connection a new secret, and print it");
    secret.description = tr("Regenerates the connection secret; the client ID stays. Connectors "
                            "that use the old secret get 401 errors until they use the new one. "
                            "Asks for confirmation unless --yes is given.");
    specs.append(secret);

    CliCommandSpec password;
    password.name = QStringLiteral("regenerate-password");
    password.argument = QStringLiteral("CODE");
    password.asksConfirmation = true;
    password.synopsis = QStringLiteral("regenerate-password CODE [--yes]");
    password.summary = tr("give a connection a new password, and print it");
    password.description =
        tr("Regenerates the password of the connection's user. Connectors that use the old "
           "password get 401 errors until they use the new one. Asks for confirmation unless "
           "--yes is given.");
    specs.append(password);

    CliCommandSpec remove;
    remove.name = QStringLiteral("delete");
    remove.argument = QStringLiteral("CODE");
    remove.asksConfirmation = true;
    remove.synopsis = QStringLiteral("delete CODE [--yes]");
    remove.summary = tr("delete a connection");
    remove.description = tr("Deletes the connection, its user and its API client. Connectors that "
                            "use it get 401 errors. Asks for confirmation unless --yes is given.");
    specs.append(remove);

    CliCommandSpec test;
    test.name = QStringLiteral("test-credentials");
    test.argument = QStringLiteral("CODE");
    test.options = {QStringLiteral("password")};
    test.synopsis = QStringLiteral("test-credentials CODE --password PASSWORD");
    test.summary = tr("check that a connection's credentials work on the PIM's API");
    test.description =
        tr("Asks the PIM's API for a token with the connection's client ID, secret, username and "
           "the password given, then reads one product with it, as a connector would. Exit code "
           "1 with the PIM's words when it refuses them.");
    specs.append(test);
    return specs;
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
