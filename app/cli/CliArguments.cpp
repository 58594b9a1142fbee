#include "CliArguments.h"

#include "domain/EventLog.h"
#include "domain/FlowType.h"
#include "domain/PimTime.h"

namespace {

// "source", "destination", "other", or the PIM's names (docs/pim-api.md §3).
std::optional<FlowType> flowTypeFromOption(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"source")
        return FlowType::Source;
    if (name == u"destination")
        return FlowType::Destination;
    return FlowTypes::fromApi(name);
}

std::optional<bool> yesNo(const QString &text)
{
    const QString answer = text.trimmed().toLower();
    if (answer == u"yes" || answer == u"true")
        return true;
    if (answer == u"no" || answer == u"false")
        return false;
    return std::nullopt;
}

} // namespace

CliArguments::Outcome CliArguments::parse(const QStringList &arguments, CliArguments *out,
                                          QString *message)
{
    CliArguments parsed;
    bool help = false;
    bool optionsEnded = false;
    QStringList positional;
    QList<QPair<QString, QString>> commandOptions; // in the order typed, checked once known

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (optionsEnded || !token.startsWith(u'-') || token == u"-") {
            positional.append(token);
            continue;
        }
        if (token == u"--") {
            optionsEnded = true;
            continue;
        }
        if (token == u"-h" || token == u"--help") {
            help = true;
            continue;
        }
        if (token == u"-v" || token == u"--version") {
            *message =
                CliCommands::program() + u' ' + QCoreApplication::applicationVersion() + u'\n';
            return Outcome::Version;
        }
        if (!token.startsWith(u"--")) {
            *message = tr("unknown option %1").arg(token);
            return Outcome::Error;
        }
        QString name = token.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (name == u"offline" || name == u"json" || name == u"yes") {
            if (inlineValue) {
                *message = tr("option --%1 takes no value").arg(name);
                return Outcome::Error;
            }
            (name == u"offline" ? parsed.offline
             : name == u"json"  ? parsed.json
                                : parsed.yes) = true;
            continue;
        }
        bool known = name == u"server" || name == u"user";
        bool flag = false;
        for (const CliCommandSpec &spec : CliCommands::all()) {
            known = known || spec.options.contains(name);
            flag = flag || spec.flags.contains(name);
        }
        if (flag && !known) {
            if (inlineValue) {
                *message = tr("option --%1 takes no value").arg(name);
                return Outcome::Error;
            }
            commandOptions.append({name, QString()});
            continue;
        }
        if (!known) {
            *message = tr("unknown option --%1").arg(name);
            return Outcome::Error;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *message = tr("option --%1 needs a value").arg(name);
            return Outcome::Error;
        }
        if (name == u"server")
            parsed.server = value;
        else if (name == u"user")
            parsed.user = value;
        else
            commandOptions.append({name, value});
    }

    if (positional.isEmpty()) {
        if (help) {
            *message = CliCommands::globalHelp();
            return Outcome::Help;
        }
        *message = tr("no command given");
        return Outcome::Error;
    }
    const std::optional<CliCommandSpec> spec = CliCommands::find(positional.first());
    if (!spec) {
        *message = tr("unknown command \"%1\"").arg(positional.first());
        return Outcome::Error;
    }
    parsed.command = *spec;
    if (help) {
        *message = CliCommands::commandHelp(*spec);
        return Outcome::Help;
    }
    for (const auto &[name, value] : std::as_const(commandOptions)) {
        if (!spec->options.contains(name) && !spec->flags.contains(name)) {
            *message = tr("unknown option --%1 for %2").arg(name, spec->name);
            return Outcome::Error;
        }
        if (parsed.values.contains(name)) {
            *message = tr("option --%1 given twice").arg(name);
            return Outcome::Error;
        }
        parsed.values.insert(name, value);
    }
    const qsizetype wanted = 1 + (spec->argument.isEmpty() ? 0 : spec->argument.split(u' ').size());
    if (positional.size() < wanted) {
        *message = tr("%1 needs %2").arg(spec->name, spec->argument);
        return Outcome::Error;
    }
    if (positional.size() > wanted) {
        *message = tr("unexpected argument \"%1\"").arg(positional.at(wanted));
        return Outcome::Error;
    }
    if (wanted >= 2)
        parsed.argument = positional.at(1);
    if (wanted >= 3)
        parsed.secondArgument = positional.at(2);
    if (parsed.offline && !spec->worksOffline) {
        *message = tr("%1 needs the PIM: it cannot run with --offline").arg(spec->name);
        return Outcome::Error;
    }
    if (parsed.has(QStringLiteral("flow-type"))) {
        parsed.flowType = flowTypeFromOption(parsed.value(QStringLiteral("flow-type")));
        if (!parsed.flowType) {
            *message = tr("--flow-type takes source, destination or other");
            return Outcome::Error;
        }
    }
    for (const QString &option : {QStringLiteral("auditable"), QStringLiteral("tracked")}) {
        if (!parsed.has(option))
            continue;
        parsed.auditable = yesNo(parsed.value(option));
        if (!parsed.auditable) {
            *message = tr("--%1 takes yes or no").arg(option);
            return Outcome::Error;
        }
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("enabled"), &parsed.enabled},
                                         std::pair{QStringLiteral("uuid"), &parsed.usesUuid}}) {
        if (!parsed.has(option))
            continue;
        *target = yesNo(parsed.value(option));
        if (!*target) {
            *message = tr("--%1 takes yes or no").arg(option);
            return Outcome::Error;
        }
    }
    if (parsed.has(QStringLiteral("level"))) {
        for (const QString &level : parsed.value(QStringLiteral("level")).split(u',')) {
            if (!EventLogLevels::isKnown(level.trimmed().toLower())) {
                *message = tr("--level takes info, notice, warning or error, separated by commas");
                return Outcome::Error;
            }
            parsed.levels.append(level.trimmed().toLower());
        }
    }
    if (parsed.has(QStringLiteral("event-type"))) {
        parsed.eventType = AuditTypes::eventFromApi(parsed.value(QStringLiteral("event-type")));
        if (!parsed.eventType) {
            *message = tr("--event-type takes product_created, product_updated or product_read");
            return Outcome::Error;
        }
    }
    if (parsed.has(QStringLiteral("end-date"))) {
        parsed.endDate = PimTime::parseDay(parsed.value(QStringLiteral("end-date")));
        if (!parsed.endDate->isValid()) {
            *message = tr("--end-date takes a date like 2020-01-07");
            return Outcome::Error;
        }
    }
    if (spec->name == u"update" && parsed.values.isEmpty()) {
        *message = tr("update needs at least one of --label, --flow-type, --auditable, --image, "
                      "--role, --group");
        return Outcome::Error;
    }
    if (spec->name == u"webhook-set" && parsed.values.isEmpty()) {
        *message = tr("webhook-set needs at least one of --url, --enabled, --uuid");
        return Outcome::Error;
    }
    if (spec->name == u"test-credentials" && !parsed.has(QStringLiteral("password"))) {
        *message = tr("test-credentials needs --password");
        return Outcome::Error;
    }
    *out = parsed;
    return Outcome::Run;
}
