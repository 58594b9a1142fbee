#pragma once

#include "CliArguments.h"
#include "domain/ApiError.h"
#include "domain/Connection.h"
#include "store/PimInstance.h"
#include "workspace/Workspace.h"

#include <QObject>

#include <functional>

class TerminalPrompt;

// The commands of pim-connections-cli over a started Workspace (CliCommands: list, show,
// create, update, regenerate-secret, regenerate-password, delete, test-credentials; the
// monitoring ones through CliMonitoring). CliRunner
// runs one once the PIM is online, or with --offline once the cached snapshot is loaded. It
// prints its output (CliOutput), asks before a destructive change unless --yes is given, then
// emits finished() once with the exit code (CliExit) and, when it failed, why.
class CliConnectionCommands : public QObject
{
    Q_OBJECT

public:
    CliConnectionCommands(const CliArguments &arguments, const PimInstance &instance,
                          Workspace *workspace, TerminalPrompt *prompt, QObject *parent = nullptr);

    // `refreshError`: how the refresh before the command failed, if it did (list reports it).
    void run(const ApiError &refreshError);

signals:
    void finished(int exitCode, const QString &error);

private:
    friend class CliMonitoring; // the monitoring commands (CliMonitoring.cpp) use the helpers
    friend class CliEvents;     // so do the event subscription commands (CliEvents.cpp)

    void list();
    void show();
    void create();
    void update();
    void applyUpdate(const QString &image);
    void regenerateSecret();
    void regeneratePassword();
    void remove();
    void testCredentials();

    // Asks before a destructive command (unless --yes), then runs `action`.
    void confirmThen(const QString &question, std::function<void()> action);
    // The same, for a workspace operation on the command's code, then `then` with its answer.
    template<typename T>
    void confirmThenRun(const QString &question,
                        void (Workspace::*operation)(const QString &, QObject *,
                                                     Workspace::Callback<T>),
                        std::function<void(const T &)> then);
    // A workspace callback that ends the command when the workspace answers an error, and else
    // calls `then`.
    template<typename T> Workspace::Callback<T> orFail(std::function<void(const T &)> then);
    Workspace::DoneCallback orFail(std::function<void()> then);
    void printDetailsAndFinish(const ConnectionDetails &details);
    void fail(const ApiError &error);
    void fail(int exitCode, const QString &message);
    void finish(int exitCode, const QString &error = QString());

    CliArguments m_args;
    PimInstance m_instance;
    Workspace *m_workspace;
    TerminalPrompt *m_prompt;
    ApiError m_refreshError;
    bool m_done = false;
};
