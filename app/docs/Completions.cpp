#include "Completions.h"

#include "CliCommandSpec.h"
#include "CliCompletion.h"
#include "HelpText.h"

#include <QMap>
#include <QSet>

namespace {

const QString Code = QStringLiteral("CODE");
const QString File = QStringLiteral("FILE");

// What the generators need, gathered once.
struct Table
{
    QList<CliCommandSpec> commands = CliCommands::all();
    QList<HelpText::Option> globals = HelpText::options(CliCommands::globalHelp());
    QMap<QString, QString> values; // a command option's value in the synopses, by option name

    Table()
    {
        for (const CliCommandSpec &spec : std::as_const(commands)) {
            for (const QString &option : spec.options) {
                const QString value = HelpText::valueInSynopsis(spec.synopsis, option);
                if (!value.isEmpty() && !values.contains(option))
                    values.insert(option, value);
            }
        }
    }
};

QString dashed(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result.append(QStringLiteral("--") + name);
    return result.join(u' ');
}

// For a single-quoted shell word.
QString quoted(const QString &text)
{
    QString result = text;
    result.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + result + u'\'';
}

// The start of a help text, for a zsh description: up to "; " or " (".
QString firstPart(const QString &help)
{
    QString text = HelpText::oneLine(help);
    for (const QString &end : {QStringLiteral("; "), QStringLiteral(" (")}) {
        if (const qsizetype at = text.indexOf(end); at > 0)
            text.truncate(at);
    }
    return text;
}

QString zshDescription(const QString &text)
{
    QString result = firstPart(text);
    result.replace(u'\\', QStringLiteral("\\\\"));
    result.replace(u'[', QStringLiteral("\\["));
    result.replace(u']', QStringLiteral("\\]"));
    result.replace(u':', QStringLiteral("\\:"));
    return result;
}

// A zsh _arguments spec for a command's option.
QString zshOption(const Table &table, const QString &option, bool flag)
{
    if (flag)
        return quoted(QStringLiteral("--%1[%1]").arg(option));
    const QString value = table.values.value(option, option.toUpper());
    const QStringList choices = HelpText::choices(value);
    QString action;
    if (!choices.isEmpty())
        action = u'(' + choices.join(u' ') + u')';
    else if (value == File)
        action = QStringLiteral("_files");
    return quoted(QStringLiteral("--%1=[%1]:%2:%3").arg(option, zshDescription(value), action));
}

} // namespace

QString Completions::bash()
{
    const Table table;
    QStringList commandNames;
    QStringList globalOptions;
    QStringList valued; // every option that takes a value (skipped with it)
    QString valueCases;
    QString optionCases;
    QStringList codeCommands;
    QMap<QString, QStringList> choicesByOption;
    QStringList fileOptions;

    for (const HelpText::Option &option : std::as_const(table.globals)) {
        globalOptions += option.names;
        if (!option.valueName.isEmpty())
            valued += option.names;
    }
    for (const CliCommandSpec &spec : std::as_const(table.commands)) {
        commandNames.append(spec.name);
        if (spec.argument == Code)
            codeCommands.append(spec.name);
        if (!spec.options.isEmpty() || !spec.flags.isEmpty()) {
            optionCases += QStringLiteral("            %1) options+=\" %2\" ;;\n")
                               .arg(spec.name, dashed(spec.options + spec.flags).trimmed());
        }
        for (const QString &option : spec.options) {
            const QString dashedName = QStringLiteral("--") + option;
            if (!valued.contains(dashedName))
                valued.append(dashedName);
        }
    }
    for (auto it = table.values.cbegin(); it != table.values.cend(); ++it) {
        if (const QStringList choices = HelpText::choices(it.value()); !choices.isEmpty())
            choicesByOption[choices.join(u' ')].append(QStringLiteral("--") + it.key());
        else if (it.value() == File)
            fileOptions.append(QStringLiteral("--") + it.key());
    }
    for (auto it = choicesByOption.cbegin(); it != choicesByOption.cend(); ++it) {
        valueCases += QStringLiteral("        %1)\n"
                                     "            COMPREPLY=($(compgen -W \"%2\" -- \"$cur\"))\n"
                                     "            return ;;\n")
                          .arg(it.value().join(u'|'), it.key());
    }
    if (!fileOptions.isEmpty()) {
        valueCases += QStringLiteral("        %1)\n"
                                     "            compopt -o filenames 2>/dev/null\n"
                                     "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                                     "            return ;;\n")
                          .arg(fileOptions.join(u'|'));
    }

    QString script = QStringLiteral(
        "# bash completion for pim-connections-cli. Made by pim-docgen from the CLI's command\n"
        "# table and --help: do not edit.\n"
        "\n"
        "# The connection codes of the offline copy (no network):\n"
        "#   _pim_connections_cli_codes PROGRAM [SERVER] [USER]\n"
        "_pim_connections_cli_codes()\n"
        "{\n"
        "    local -a arguments=(%5)\n"
        "    [[ -n $2 ]] && arguments+=(--server \"$2\")\n"
        "    [[ -n $3 ]] && arguments+=(--user \"$3\")\n"
        "    \"${1/#\\~/$HOME}\" \"${arguments[@]}\" 2>/dev/null\n"
        "}\n"
        "\n"
        "_pim_connections_cli()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev= command= server= user= word i\n"
        "    local -i arguments=0\n"
        "    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    COMPREPLY=()\n"
        "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
        "        word=${COMP_WORDS[i]}\n"
        "        case $word in\n"
        "            --server) server=${COMP_WORDS[i+1]}; (( i++ )) ;;\n"
        "            --user) user=${COMP_WORDS[i+1]}; (( i++ )) ;;\n"
        "            --server=*) server=${word#*=} ;;\n"
        "            --user=*) user=${word#*=} ;;\n"
        "            %1) (( i++ )) ;;\n"
        "            -*) ;;\n"
        "            *) if [[ -z $command ]]; then command=$word; else arguments+=1; fi ;;\n"
        "        esac\n"
        "    done\n"
        "\n"
        "    case $prev in\n"
        "%2"
        "        %1)\n"
        "            return ;;\n"
        "    esac\n"
        "\n"
        "    if [[ $cur == -* ]]; then\n"
        "        local options=\"%3\"\n"
        "        case $command in\n"
        "%4"
        "        esac\n"
        "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    if [[ -z $command ]]; then\n"
        "        COMPREPLY=($(compgen -W \"%6\" -- \"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    case $command in\n"
        "        %7)\n"
        "            if (( arguments == 0 )); then\n"
        "                COMPREPLY=($(compgen -W \"$(_pim_connections_cli_codes "
        "\"${COMP_WORDS[0]}\" "
        "\"$server\" \"$user\")\" -- \"$cur\"))\n"
        "            fi ;;\n"
        "    esac\n"
        "}\n"
        "\n"
        "complete -F _pim_connections_cli pim-connections-cli\n");
    return script.arg(valued.join(u'|'), valueCases, globalOptions.join(u' '), optionCases,
                      CliCompletion::command(), commandNames.join(u' '), codeCommands.join(u'|'));
}

QString Completions::zsh()
{
    const Table table;
    QStringList globals;
    for (const HelpText::Option &option : std::as_const(table.globals)) {
        // --help and --version end the command line.
        const bool alone = option.names.contains(QStringLiteral("--help")) ||
                           option.names.contains(QStringLiteral("--version"));
        const QString exclusive = alone ? QStringLiteral("(- *)") : QString();
        for (const QString &name : option.names) {
            QString spec = exclusive + name;
            if (!option.valueName.isEmpty())
                spec += u'=';
            spec += u'[' + zshDescription(option.help) + u']';
            if (!option.valueName.isEmpty())
                spec += u':' + option.valueName + u':';
            globals.append(QStringLiteral("        ") + quoted(spec));
        }
    }
    QStringList commands;
    QString cases;
    for (const CliCommandSpec &spec : std::as_const(table.commands)) {
        commands.append(QStringLiteral("        ") +
                        quoted(spec.name + u':' + zshDescription(spec.summary)));
        QStringList arguments;
        if (spec.argument == Code)
            arguments.append(
                quoted(QStringLiteral("1:connection code:_pim-connections-cli_codes")));
        else if (!spec.argument.isEmpty())
            arguments.append(quoted(QStringLiteral("1:%1:").arg(spec.argument.toLower())));
        for (const QString &option : spec.options)
            arguments.append(zshOption(table, option, false));
        for (const QString &flag : spec.flags)
            arguments.append(zshOption(table, flag, true));
        cases += QStringLiteral("            %1)\n"
                                "                _arguments -S $global_options %2 && ret=0 ;;\n")
                     .arg(spec.name, arguments.join(u' '));
    }

    QString script = QStringLiteral(
        "#compdef pim-connections-cli\n"
        "# zsh completion for pim-connections-cli. Made by pim-docgen from the CLI's command\n"
        "# table and --help: do not edit.\n"
        "\n"
        "# The connection codes of the offline copy (no network).\n"
        "_pim-connections-cli_codes() {\n"
        "    local -a codes arguments\n"
        "    arguments=(%4)\n"
        "    [[ -n ${opt_args[--server]} ]] && arguments+=(--server ${opt_args[--server]})\n"
        "    [[ -n ${opt_args[--user]} ]] && arguments+=(--user ${opt_args[--user]})\n"
        "    codes=(${(f)\"$(_call_program codes pim-connections-cli ${arguments} "
        "2>/dev/null)\"})\n"
        "    _describe -t codes 'connection code' codes\n"
        "}\n"
        "\n"
        "_pim-connections-cli() {\n"
        "    local curcontext=$curcontext state line ret=1\n"
        "    typeset -A opt_args\n"
        "    local -a global_options commands\n"
        "    global_options=(\n%1\n    )\n"
        "    commands=(\n%2\n    )\n"
        "    _arguments -C -S $global_options '1:command:->command' '*::argument:->argument' "
        "&& ret=0\n"
        "    case $state in\n"
        "        command)\n"
        "            _describe -t commands command commands && ret=0 ;;\n"
        "        argument)\n"
        "            curcontext=${curcontext%:*:*}:pim-connections-cli-$words[1]:\n"
        "            case $words[1] in\n"
        "%3"
        "            esac ;;\n"
        "    esac\n"
        "    return ret\n"
        "}\n"
        "\n"
        "_pim-connections-cli \"$@\"\n");
    return script.arg(globals.join(u'\n'), commands.join(u'\n'), cases, CliCompletion::command());
}
