#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What each command of pim-connections-cli takes, and the help texts (translated).
struct CliCommandSpec
{
    QString name;              // "update"
    QString argument;          // "CODE", "LABEL", or empty when it takes none
    QStringList options;       // its own options, without dashes: "label", "flow-type"...
    QStringList flags;         // its own options that take no value: "csv"
    bool worksOffline = false; // may run with --offline (reads the cache)
    bool asksConfirmation = false;
    QString synopsis;    // "update CODE [--label LABEL] ..."
    QString summary;     // one line
    QString description; // a few lines: what it does, what it prints
};

// The commands and their help texts (translation context "CliCommands").
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    static QList<CliCommandSpec> all();
    // The monitoring commands (dashboard, errors, connected Apps), part of all().
    static QList<CliCommandSpec> monitoring();
    // The event subscription and event log commands, part of all() (CliEventsSpec.cpp).
    static QList<CliCommandSpec> events();
    // nullopt when unknown.
    static std::optional<CliCommandSpec> find(const QString &name);

    // "Usage: pim-connections-cli [OPTIONS] COMMAND [ARGUMENTS]" and the rest.
    static QString globalHelp();
    static QString commandHelp(const CliCommandSpec &spec);
    // The short reminder printed after a usage error.
    static QString usageHint();
    static QString program();

private:
    static QString globalOptions();
};
