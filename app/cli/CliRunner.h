#pragma once

#include "CliArguments.h"
#include "domain/ApiError.h"
#include "domain/Connection.h"
#include "store/PimInstance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <functional>

class ConnectionCache;
class SecretStore;
class TerminalPrompt;
class Workspace;

// Runs one command of pim-connections-cli over a Workspace, inside the event loop: it starts
// the workspace (the cached snapshot first), signs in and refreshes like the window does (so
// the app's offline copy is refreshed too), runs the command when the PIM is online (or, with
// --offline, on the cached snapshot), prints, waits for what the workspace still writes to
// the cache and the keychain, then emits finished() with the exit code (CliExit). Nothing
// blocks: every step is a callback.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    struct Environment
    {
        QString password;         // PIM_PASSWORD; empty: the keychain, then a prompt
        bool interactive = false; // a terminal to ask for a password or a confirmation
    };

    CliRunner(CliArguments arguments, PimInstance instance, ConnectionCache *cache,
              SecretStore *secrets, Environment environment, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // The PIM accepted the password at least once during this run.
    bool hasSignedIn() const { return m_signedIn; }

signals:
    void finished(int exitCode);

private:
    friend class CliMonitoring; // the monitoring commands (CliMonitoring.cpp) use the helpers

    void onConnectivityChanged();
    void onPasswordRequired(const ApiError &reason);
    void runCommand();

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
    void printDetailsAndFinish(const ConnectionDetails &details);

    void print(const QByteArray &bytes);
    void print(const QString &text);
    void printError(const QString &message);
    void fail(const ApiError &error);
    void fail(int exitCode, const QString &message);
    void finish(int exitCode);
    void quitWhenIdle();

    CliArguments m_args;
    PimInstance m_instance;
    ConnectionCache *m_cache;
    SecretStore *m_secrets;
    Environment m_env;
    Workspace *m_workspace = nullptr;
    TerminalPrompt *m_prompt = nullptr;
    ApiError m_refreshError;
    bool m_commandStarted = false;
    bool m_asking = false;
    bool m_finishing = false;
    bool m_done = false;
    bool m_signedIn = false;
    int m_exitCode = 0;
    QTimer m_idleGuard;
};
