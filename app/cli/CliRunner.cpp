#include "CliRunner.h"

#include "CliConnectionCommands.h"
#include "CliExit.h"
#include "CliOutput.h"
#include "TerminalPrompt.h"
#include "workspace/FailureClass.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QSettings>

namespace {

// How long the CLI waits, once done, for the workspace to finish writing to the cache and the
// keychain (the keychain's own timeout is shorter).
constexpr auto IdleGuard = std::chrono::seconds(20);

} // namespace

CliRunner::CliRunner(CliArguments arguments, PimInstance instance, ConnectionCache *cache,
                     SecretStore *secrets, Environment environment, QObject *parent)
    : QObject(parent)
    , m_args(std::move(arguments))
    , m_instance(std::move(instance))
    , m_cache(cache)
    , m_secrets(secrets)
    , m_env(std::move(environment))
{
    m_idleGuard.setSingleShot(true);
    m_idleGuard.setInterval(IdleGuard);
    connect(&m_idleGuard, &QTimer::timeout, this, [this] {
        if (!std::exchange(m_done, true))
            emit finished(m_exitCode);
    });
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_args.command.asksConfirmation && !m_args.yes && !m_env.interactive) {
        fail(CliExit::Usage, tr("%1 asks for confirmation and there is no terminal to ask: add "
                                "--yes to confirm")
                                 .arg(m_args.command.name));
        return;
    }
    Workspace::Dependencies dependencies;
    dependencies.cache = m_cache;
    dependencies.secrets = m_secrets;
    Workspace::Options options;
    options.forceOffline = m_args.offline;
    options.loadLogos = false; // the CLI draws no logo
    options.keepSecretsInKeychain = WorkspaceSettings::keepSecretsInKeychain(QSettings());
    m_workspace = new Workspace(m_instance, dependencies, options, this);
    m_prompt = new TerminalPrompt(this);

    connect(m_workspace, &Workspace::snapshotLoaded, this, [this] {
        if (m_args.offline)
            QTimer::singleShot(0, this, &CliRunner::runCommand);
    });
    connect(m_workspace, &Workspace::connectivityChanged, this, &CliRunner::onConnectivityChanged);
    connect(m_workspace, &Workspace::passwordRequired, this, &CliRunner::onPasswordRequired);
    connect(m_workspace, &Workspace::errorOccurred, this, [this](const ApiError &error) {
        if (!m_commandStarted)
            m_refreshError = error;
    });
    connect(m_workspace, &Workspace::notice, this, &CliOutput::writeError);
    connect(m_workspace, &Workspace::signedIn, this, [this] { m_signedIn = true; });
    connect(m_workspace, &Workspace::busyChanged, this, [this](bool busy) {
        if (!busy && m_finishing)
            QTimer::singleShot(0, this, &CliRunner::quitWhenIdle);
    });

    if (!m_args.offline && !m_env.password.isEmpty())
        m_workspace->setPassword(m_env.password, false);
    m_workspace->start();
}

void CliRunner::onConnectivityChanged()
{
    if (m_args.offline || m_commandStarted || m_finishing)
        return;
    switch (m_workspace->connectivity()) {
    case Workspace::Connectivity::Online:
        // errorOccurred (a refused list) follows goOnline: run once the signals are through.
        QTimer::singleShot(0, this, [this] {
            if (!m_commandStarted && !m_finishing)
                runCommand();
        });
        return;
    case Workspace::Connectivity::Offline: {
        const ApiError reason = m_workspace->offlineReason();
        // A password is needed: passwordRequired() follows and says what to do.
        if (FailureClasses::of(reason) == FailureClass::NeedsPassword || m_asking)
            return;
        fail(CliExit::Unreachable,
             reason.isError()
                 ? reason.message()
                 : tr("The PIM %1 cannot be reached.").arg(m_instance.baseUrl.toDisplayString()));
        return;
    }
    case Workspace::Connectivity::Starting:
    case Workspace::Connectivity::Connecting:
        return;
    }
}

void CliRunner::onPasswordRequired(const ApiError &reason)
{
    if (m_finishing || m_commandStarted || m_asking)
        return;
    if (reason.isError()) {
        fail(CliExit::Unreachable, reason.message());
        return;
    }
    if (!m_env.interactive) {
        fail(CliExit::Unreachable,
             tr("No password for %1 at %2: set PIM_PASSWORD, or sign in once with the app and "
                "let it remember the password.")
                 .arg(m_instance.username, m_instance.baseUrl.toDisplayString()));
        return;
    }
    m_asking = true;
    m_prompt->ask(
        tr("Password of %1 at %2: ").arg(m_instance.username, m_instance.baseUrl.toDisplayString()),
        false, [this](const std::optional<QString> &password) {
            m_asking = false;
            if (!password || password->isEmpty()) {
                fail(CliExit::Unreachable, tr("No password given."));
                return;
            }
            m_workspace->setPassword(*password, false);
        });
}

void CliRunner::runCommand()
{
    if (m_commandStarted)
        return;
    m_commandStarted = true;
    auto *commands = new CliConnectionCommands(m_args, m_instance, m_workspace, m_prompt, this);
    connect(commands, &CliConnectionCommands::finished, this,
            [this](int exitCode, const QString &error) {
                if (error.isEmpty())
                    finish(exitCode);
                else
                    fail(exitCode, error);
            });
    commands->run(m_refreshError);
}

// Helpers ------------------------------------------------------------------------------------

void CliRunner::fail(int exitCode, const QString &message)
{
    if (m_finishing)
        return;
    CliOutput::writeError(message);
    finish(exitCode);
}

void CliRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    m_idleGuard.start();
    // A write's refresh and the keychain's updates may still be under way: let them end, so the
    // app's offline copy is current.
    QTimer::singleShot(0, this, &CliRunner::quitWhenIdle);
}

void CliRunner::quitWhenIdle()
{
    if (m_workspace && m_workspace->isBusy())
        return; // busyChanged(false) calls again
    m_idleGuard.stop();
    if (!std::exchange(m_done, true))
        emit finished(m_exitCode);
}
