#pragma once

#include "domain/ConnectedApp.h"

#include <QDateTime>
#include <QObject>

class CliConnectionCommands;
class Monitoring;

// The monitoring commands of pim-connections-cli (docs/pim-api.md §9 to §11): dashboard,
// errors, apps, app, app-settings and delete-app, over the workspace's Monitoring. Made by
// CliConnectionCommands once the workspace is ready (online, or --offline), as its child; it
// prints (CliOutput) and finishes through those commands, whose exit codes it follows: an App
// feature the PIM does not offer (ApiError::Kind::Unavailable) is a refusal (1) with the PIM's
// reason.
class CliMonitoring : public QObject
{
    Q_OBJECT

public:
    explicit CliMonitoring(CliConnectionCommands *commands);

    static bool handles(const QString &command);
    // Runs the runner's command.
    void run();

private:
    void dashboard();
    void errors();
    void apps();
    void app();
    void appSettings();
    void saveSettings(const QString &code, AppMonitoringSettings settings);
    void deleteApp();

    // Says on stderr, for an answer read from the offline copy, how old it is.
    // `sentence` has %1 for the PIM's name and %2 for the time.
    void noteAsOf(bool fromCache, const QString &sentence, const QDateTime &asOf);
    Monitoring *monitoring() const;

    CliConnectionCommands *m_commands;
};
