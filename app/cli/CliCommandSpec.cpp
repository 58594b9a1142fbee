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
    return specs + monitoring();
}

QList<CliCommandSpec> CliCommands::monitoring()
{
    QList<CliCommandSpec> specs;
    CliCommandSpec dashboard;
    dashboard.name = QStringLiteral("dashboard");
    dashboard.options = {QStringLiteral("event-type"), QStringLiteral("end-date")};
    dashboard.worksOffline = true;
    dashboard.synopsis =
        QStringLiteral("dashboard [--event-type product_created|product_updated|product_read]\n"
                       "       [--end-date YYYY-MM-DD]");
    dashboard.summary = tr("show the Data flows dashboard: 8 days of counts per connection");
    dashboard.description =
        tr("Shows the Data flows dashboard for the 8 days ending with --end-date (default: the "
           "PIM's today, in the PIM user's time zone): the products created (or updated, or "
           "read: --event-type) per day and per tracked connection, \"<all>\" first, with the "
           "total of the last 7 days (the first day is the day before the week); then the errors "
           "per day of the data sources and their business errors over the 7 days. --json prints "
           "the PIM's answer for that event type. With --offline: the week kept in the offline "
           "copy.");
    specs.append(dashboard);

    CliCommandSpec errors;
    errors.name = QStringLiteral("errors");
    errors.argument = QStringLiteral("CODE");
    errors.options = {QStringLiteral("search")};
    errors.flags = {QStringLiteral("csv")};
    errors.worksOffline = true;
    errors.synopsis = QStringLiteral("errors CODE [--search TEXT] [--csv]");
    errors.summary = tr("list the business errors of a source connection");
    errors.description =
        tr("Lists the latest business errors (at most 100, of the last 7 days) of a source "
           "connection, newest first: date and time (this computer's time zone), message, "
           "product, family, locale and channel. --search keeps the errors whose content "
           "contains the text, ignoring case, as the PIM's screen does. --csv prints them as CSV "
           "with a header row; --json as the PIM's answer.");
    specs.append(errors);

    CliCommandSpec apps;
    apps.name = QStringLiteral("apps");
    apps.worksOffline = true;
    apps.synopsis = QStringLiteral("apps");
    apps.summary = tr("list the connected Apps");
    apps.description = tr("Lists the Apps connected to the PIM: code (their connection's), name, "
                          "author and status. Exit code 1 when the PIM does not offer connected "
                          "Apps, or not to this user.");
    specs.append(apps);

    CliCommandSpec app;
    app.name = QStringLiteral("app");
    app.argument = QStringLiteral("CODE");
    app.worksOffline = true;
    app.synopsis = QStringLiteral("app CODE");
    app.summary = tr("show a connected App with its monitoring settings");
    app.description = tr("Shows a connected App: name, author, user group, username, categories, "
                         "scopes, logo address, and its monitoring settings (flow type, tracking). "
                         "--json prints the App as the PIM lists it.");
    specs.append(app);

    CliCommandSpec settings;
    settings.name = QStringLiteral("app-settings");
    settings.argument = QStringLiteral("CODE");
    settings.options = {QStringLiteral("flow-type"), QStringLiteral("tracked")};
    settings.synopsis = QStringLiteral("app-settings CODE [--flow-type source|destination|other] "
                                       "[--tracked yes|no]");
    settings.summary = tr("show or change a connected App's monitoring settings");
    settings.description =
        tr("Without options, shows the App's flow type and whether it is tracked in the Data "
           "flows dashboard. With --flow-type or --tracked, changes them (what is not given "
           "stays as it is; an App of flow type other is never tracked) and shows the result.");
    specs.append(settings);

    CliCommandSpec remove;
    remove.name = QStringLiteral("delete-app");
    remove.argument = QStringLiteral("CODE");
    remove.asksConfirmation = true;
    remove.synopsis = QStringLiteral("delete-app CODE [--yes]");
    remove.summary = tr("disconnect and delete a connected App");
    remove.description = tr("Deletes the App, its connection and its authorizations: it can no "
                            "longer call the PIM. Asks for confirmation unless --yes is given.");
    specs.append(remove);
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
