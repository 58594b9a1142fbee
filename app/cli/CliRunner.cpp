#include "CliRunner.h"

#include "CliExit.h"
#include "CliMonitoring.h"
#include "CliOutput.h"
#include "TerminalPrompt.h"
#include "domain/ConnectionRules.h"
#include "items/ConnectionListModel.h"
#include "workspace/FailureClass.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QFileInfo>
#include <QSettings>

#include <cstdio>

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
    connect(m_workspace, &Workspace::notice, this, &CliRunner::printError);
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
    const QString &name = m_args.command.name;
    if (name == u"list")
        list();
    else if (name == u"show")
        show();
    else if (name == u"create")
        create();
    else if (name == u"update")
        update();
    else if (name == u"regenerate-secret")
        regenerateSecret();
    else if (name == u"regenerate-password")
        regeneratePassword();
    else if (name == u"delete")
        remove();
    else if (name == u"test-credentials")
        testCredentials();
    else if (CliMonitoring::handles(name))
        (new CliMonitoring(this))->run(); // a child of this runner
    else
        fail(CliExit::Usage, tr("unknown command \"%1\"").arg(name));
}

// Commands --------------------------------------------------------------------------------

void CliRunner::list()
{
    const ConnectionListModel *model = m_workspace->model();
    if (m_args.offline) {
        if (!m_workspace->syncedAt().isValid()) {
            fail(CliExit::Unreachable, tr("There is no offline copy of %1 yet: run a command "
                                          "online first.")
                                           .arg(m_instance.name));
            return;
        }
        printError(CliOutput::offlineNote(m_instance.name, m_workspace->syncedAt()).trimmed());
    } else if (m_refreshError.isError()) {
        fail(m_refreshError);
        return;
    }
    if (m_args.json)
        print(CliOutput::listJson(model->connections()));
    else
        print(CliOutput::listTable(model->connections(), model->wrongCredentials()));
    finish(CliExit::Success);
}

void CliRunner::show()
{
    const QString code = m_args.argument;
    if (m_args.offline && m_workspace->model()->rowOf(code) < 0) {
        fail(CliExit::Refused,
             tr("There is no connection %1 in the offline copy of %2.").arg(code, m_instance.name));
        return;
    }
    m_workspace->loadDetails(
        code, this, [this](const ApiError &error, const Workspace::Details &result) {
            if (error) {
                fail(error);
                return;
            }
            ConnectionDetails details = result.details;
            details.credentials.password.reset(); // shown once, at creation (docs/pim-api.md §3)
            if (result.fromCache)
                printError(CliOutput::offlineNote(m_instance.name, result.fetchedAt).trimmed());
            if (m_args.json) {
                print(CliOutput::detailsJson(details));
            } else {
                CliOutput::DetailsText known;
                known.credentialsKnown = result.credentialsKnown;
                known.secretKnown = !result.fromCache || result.secretAvailable;
                print(CliOutput::detailsText(details, known));
            }
            finish(CliExit::Success);
        });
}

void CliRunner::create()
{
    const QString label = m_args.argument;
    // docs/pim-api.md §3: the code comes from the label unless given.
    const QString code = m_args.has(QStringLiteral("code"))
                             ? m_args.value(QStringLiteral("code"))
                             : ConnectionRules::codeFromLabel(ConnectionRules::trimmed(label));
    m_workspace->createConnection(code, label, m_args.flowType.value_or(FlowType::Source), this,
                                  [this](const ApiError &error, const ConnectionDetails &details) {
                                      if (error) {
                                          fail(error);
                                          return;
                                      }
                                      if (!m_args.json)
                                          printError(
                                              tr("Save the password now: it is not shown again."));
                                      printDetailsAndFinish(details);
                                  });
}

void CliRunner::update()
{
    const QString image = m_args.value(QStringLiteral("image"));
    if (m_args.has(QStringLiteral("image"))) {
        const QFileInfo file(image);
        if (!file.isFile() || !file.isReadable()) {
            fail(CliExit::Usage, tr("cannot read the image file %1").arg(image));
            return;
        }
        m_workspace->uploadImage(file.absoluteFilePath(), this,
                                 [this](const ApiError &error, const QString &path) {
                                     if (error) {
                                         fail(error);
                                         return;
                                     }
                                     applyUpdate(path);
                                 });
        return;
    }
    applyUpdate(QString());
}

void CliRunner::applyUpdate(const QString &image)
{
    const QString code = m_args.argument;
    m_workspace->loadDetails(
        code, this, [this, image](const ApiError &error, const Workspace::Details &result) {
            if (error) {
                fail(error);
                return;
            }
            ConnectionUpdate update = ConnectionUpdate::from(result.details);
            if (m_args.has(QStringLiteral("label")))
                update.label = m_args.value(QStringLiteral("label"));
            if (m_args.flowType)
                update.flowType = *m_args.flowType;
            if (m_args.auditable)
                update.auditable = *m_args.auditable;
            if (!image.isEmpty())
                update.image = image;
            if (m_args.has(QStringLiteral("role")))
                update.userRoleId = m_args.value(QStringLiteral("role"));
            if (m_args.has(QStringLiteral("group"))) {
                const QString group = m_args.value(QStringLiteral("group"));
                update.userGroupId =
                    group == u"none" ? std::nullopt : std::optional<QString>(group);
            }
            // docs/pim-api.md §3: tracking is off for flow type "other" (the web UI forces it).
            if (update.flowType == FlowType::Other && update.auditable) {
                if (m_args.auditable)
                    printError(tr("A connection of flow type other is not tracked: --auditable yes "
                                  "is ignored."));
                update.auditable = false;
            }
            m_workspace->updateConnection(update, this, [this](const ApiError &updateError) {
                if (updateError) {
                    fail(updateError);
                    return;
                }
                m_workspace->loadDetails(
                    m_args.argument, this,
                    [this](const ApiError &readError, const Workspace::Details &updated) {
                        if (readError) {
                            fail(readError);
                            return;
                        }
                        // Not a command that shows secrets.
                        if (m_args.json) {
                            print(CliOutput::updateJson(ConnectionUpdate::from(updated.details)));
                        } else {
                            CliOutput::DetailsText known;
                            known.showCredentials = false;
                            print(CliOutput::detailsText(updated.details, known));
                        }
                        finish(CliExit::Success);
                    });
            });
        });
}

void CliRunner::regenerateSecret()
{
    const QString code = m_args.argument;
    confirmThen(tr("Regenerate the secret of %1? Connectors that use the old secret get 401 "
                   "errors until they use the new one.")
                    .arg(code),
                [this, code] {
                    m_workspace->regenerateSecret(
                        code, this,
                        [this](const ApiError &error, const ConnectionDetails &details) {
                            if (error) {
                                fail(error);
                                return;
                            }
                            ConnectionDetails shown = details;
                            shown.credentials.password.reset();
                            printDetailsAndFinish(shown);
                        });
                });
}

void CliRunner::regeneratePassword()
{
    const QString code = m_args.argument;
    confirmThen(tr("Regenerate the password of %1? Connectors that use the old password get 401 "
                   "errors until they use the new one.")
                    .arg(code),
                [this, code] {
                    m_workspace->regeneratePassword(
                        code, this, [this](const ApiError &error, const QString &password) {
                            if (error) {
                                fail(error);
                                return;
                            }
                            if (m_args.json) {
                                print(CliOutput::passwordJson(password));
                            } else {
                                printError(tr("Save the password now: it is not shown again."));
                                print(tr("Password: %1\n").arg(password));
                            }
                            finish(CliExit::Success);
                        });
                });
}

void CliRunner::remove()
{
    const QString code = m_args.argument;
    confirmThen(tr("Delete the connection %1? Its user and API client are deleted too; "
                   "connectors that use it get 401 errors.")
                    .arg(code),
                [this, code] {
                    m_workspace->deleteConnection(code, this, [this, code](const ApiError &error) {
                        if (error) {
                            fail(error);
                            return;
                        }
                        if (!m_args.json)
                            print(tr("Deleted the connection %1.\n").arg(code));
                        finish(CliExit::Success);
                    });
                });
}

void CliRunner::testCredentials()
{
    const QString code = m_args.argument;
    m_workspace->loadDetails(
        code, this, [this, code](const ApiError &error, const Workspace::Details &result) {
            if (error) {
                fail(error);
                return;
            }
            m_workspace->testCredentials(
                result.details.credentials, m_args.value(QStringLiteral("password")), this,
                [this, code](const ApiError &testError) {
                    if (!testError) {
                        if (!m_args.json)
                            print(tr("The credentials of %1 work: the PIM's API gave a token and "
                                     "answered with it.\n")
                                      .arg(code));
                        finish(CliExit::Success);
                        return;
                    }
                    // The API's refusal is the answer to the question, not a sign-in failure.
                    const FailureClass failure = FailureClasses::of(testError);
                    fail(
                        failure == FailureClass::Unreachable ? CliExit::Unreachable
                                                             : CliExit::Refused,
                        tr("The credentials of %1 do not work: %2").arg(code, testError.message()));
                });
        });
}
