#pragma once

#include "CliCommandSpec.h"
#include "domain/AuditCounts.h"
#include "domain/FlowType.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of pim-connections-cli, read without side effects (no output, no network).
// Global options may come anywhere; a command's own options only with that command; "--name
// value" and "--name=value" both work; "--" ends the options (a label that starts with "-").
struct CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    enum class Outcome {
        Run,     // a command to run
        Help,    // print `message` (the global help or a command's) and exit 0
        Version, // print `message` and exit 0
        Error,   // a usage error: print `message` and exit 2
    };

    QString server; // --server URL, as typed
    QString user;   // --user NAME
    bool offline = false;
    bool json = false;
    bool yes = false;
    CliCommandSpec command;
    QString argument;                        // CODE or LABEL
    QString secondArgument;                  // FILE (event-logs-download CODE FILE)
    QHash<QString, QString> values;          // the command's own options, by name without dashes
    std::optional<FlowType> flowType;        // --flow-type, checked
    std::optional<bool> auditable;           // --auditable or --tracked, checked
    std::optional<AuditEventType> eventType; // --event-type, checked
    std::optional<QDate> endDate;            // --end-date, checked
    std::optional<bool> enabled;             // --enabled, checked
    std::optional<bool> usesUuid;            // --uuid, checked
    QStringList levels;                      // --level info,error: checked, in the given order

    bool has(const QString &option) const { return values.contains(option); }
    QString value(const QString &option) const { return values.value(option); }

    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    static Outcome parse(const QStringList &arguments, CliArguments *out, QString *message);
};
