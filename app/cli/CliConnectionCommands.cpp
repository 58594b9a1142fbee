#include "CliConnectionCommands.h"

#include "CliEvents.h"
#include "CliExit.h"
#include "CliMonitoring.h"
#include "CliOutput.h"
#include "TerminalPrompt.h"
#include "domain/ConnectionRules.h"
#include "items/ConnectionListModel.h"
#include "workspace/FailureClass.h"
#include "workspace/Workspace.h"

#include <QFileInfo>

CliConnectionCommands::CliConnectionCommands(const CliArguments &arguments,
                                             const PimInstance &instance, Workspace *workspace,
                                             TerminalPrompt *prompt, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_instance(instance)
    , m_workspace(workspace)
    , m_prompt(prompt)
{}

template<typename T>
Workspace::Callback<T> CliConnectionCommands::orFail(std::function<void(const T &)> then)
{
    return [this, then = std::move(then)](const ApiError &error, const T &value) {
        if (error)
            fail(error);
        else
            then(value);
    };
}

Workspace::DoneCallback CliConnectionCommands::orFail(std::function<void()> then)
{
    return [this, then = std::move(then)](const ApiError &error) {
        if (error)
            fail(error);
        else
            then();
    };
}

template<typename T>
void CliConnectionCommands::confirmThenRun(const QString &question,
                                           void (Workspace::*operation)(const QString &, QObject *,
                                                                        Workspace::Callback<T>),
                                           std::function<void(const T &)> then)
{
    confirmThen(question, [this, operation, then = std::move(then)]() {
        (m_workspace->*operation)(m_args.argument, this, orFail<T>(then));
    });
}

void CliConnectionCommands::run(const ApiError &refreshError)
{
    m_refreshError = refreshError;
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
        (new CliMonitoring(this))->run(); // a child of these commands
    else if (CliEvents::handles(name))
        (new CliEvents(this))->run(); // the same
    else
        fail(CliExit::Usage, tr("unknown command \"%1\"").arg(name));
}

void CliConnectionCommands::list()
{
    const ConnectionListModel *model = m_workspace->model();
    if (m_args.offline) {
        if (!m_workspace->syncedAt().isValid()) {
            fail(CliExit::Unreachable, tr("There is no offline copy of %1 yet: run a command "
                                          "online first.")
                                           .arg(m_instance.name));
            return;
        }
        CliOutput::writeError(
            CliOutput::offlineNote(m_instance.name, m_workspace->syncedAt()).trimmed());
    } else if (m_refreshError.isError()) {
        fail(m_refreshError);
        return;
    }
    if (m_args.json)
        CliOutput::write(CliOutput::listJson(model->connections()));
    else
        CliOutput::write(CliOutput::listTable(model->connections(), model->wrongCredentials()));
    finish(CliExit::Success);
}

void CliConnectionCommands::show()
{
    const QString code = m_args.argument;
    if (m_args.offline && m_workspace->model()->rowOf(code) < 0) {
        fail(CliExit::Refused,
             tr("There is no connection %1 in the offline copy of %2.").arg(code, m_instance.name));
        return;
    }
    m_workspace->loadDetails(
        code, this, orFail<Workspace::Details>([this](const Workspace::Details &result) {
            ConnectionDetails details = result.details;
            details.credentials.password.reset(); // shown once, at creation (docs/pim-api.md §3)
            if (result.fromCache)
                CliOutput::writeError(
                    CliOutput::offlineNote(m_instance.name, result.fetchedAt).trimmed());
            if (m_args.json) {
                CliOutput::write(CliOutput::detailsJson(details));
            } else {
                CliOutput::DetailsText known;
                known.credentialsKnown = result.credentialsKnown;
                known.secretKnown = !result.fromCache || result.secretAvailable;
                CliOutput::write(CliOutput::detailsText(details, known));
            }
            finish(CliExit::Success);
        }));
}

void CliConnectionCommands::create()
{
    const QString label = m_args.argument;
    // docs/pim-api.md §3: the code comes from the label unless given.
    const QString code = m_args.has(QStringLiteral("code"))
                             ? m_args.value(QStringLiteral("code"))
                             : ConnectionRules::codeFromLabel(ConnectionRules::trimmed(label));
    m_workspace->createConnection(
        code, label, m_args.flowType.value_or(FlowType::Source), this,
        orFail<ConnectionDetails>([this](const ConnectionDetails &details) {
            if (!m_args.json)
                CliOutput::writeError(tr("Save the password now: it is not shown again."));
            printDetailsAndFinish(details);
        }));
}

void CliConnectionCommands::update()
{
    const QString image = m_args.value(QStringLiteral("image"));
    if (m_args.has(QStringLiteral("image"))) {
        const QFileInfo file(image);
        if (!file.isFile() || !file.isReadable()) {
            fail(CliExit::Usage, tr("cannot read the image file %1").arg(image));
            return;
        }
        m_workspace->uploadImage(
            file.absoluteFilePath(), this,
            orFail<QString>([this](const QString &path) { applyUpdate(path); }));
        return;
    }
    applyUpdate(QString());
}

void CliConnectionCommands::applyUpdate(const QString &image)
{
    const QString code = m_args.argument;
    m_workspace->loadDetails(
        code, this, orFail<Workspace::Details>([this, image](const Workspace::Details &result) {
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
                    CliOutput::writeError(
                        tr("A connection of flow type other is not tracked: --auditable yes "
                           "is ignored."));
                update.auditable = false;
            }
            m_workspace->updateConnection(
                update, this, orFail([this]() {
                    m_workspace->loadDetails(
                        m_args.argument, this,
                        orFail<Workspace::Details>([this](const Workspace::Details &updated) {
                            // Not a command that shows secrets.
                            if (m_args.json) {
                                CliOutput::write(
                                    CliOutput::updateJson(ConnectionUpdate::from(updated.details)));
                            } else {
                                CliOutput::DetailsText known;
                                known.showCredentials = false;
                                CliOutput::write(CliOutput::detailsText(updated.details, known));
                            }
                            finish(CliExit::Success);
                        }));
                }));
        }));
}

void CliConnectionCommands::regenerateSecret()
{
    confirmThenRun<ConnectionDetails>(
        tr("Regenerate the secret of %1? Connectors that use the old secret get 401 errors until "
           "they use the new one.")
            .arg(m_args.argument),
        &Workspace::regenerateSecret, [this](const ConnectionDetails &details) {
            ConnectionDetails shown = details;
            shown.credentials.password.reset();
            printDetailsAndFinish(shown);
        });
}

void CliConnectionCommands::regeneratePassword()
{
    confirmThenRun<QString>(
        tr("Regenerate the password of %1? Connectors that use the old password get 401 errors "
           "until they use the new one.")
            .arg(m_args.argument),
        &Workspace::regeneratePassword, [this](const QString &password) {
            if (m_args.json) {
                CliOutput::write(CliOutput::passwordJson(password));
            } else {
                CliOutput::writeError(tr("Save the password now: it is not shown again."));
                CliOutput::write(tr("Password: %1\n").arg(password));
            }
            finish(CliExit::Success);
        });
}

void CliConnectionCommands::remove()
{
    const QString code = m_args.argument;
    confirmThen(tr("Delete the connection %1? Its user and API client are deleted too; "
                   "connectors that use it get 401 errors.")
                    .arg(code),
                [this, code] {
                    m_workspace->deleteConnection(
                        code, this, orFail([this, code]() {
                            if (!m_args.json)
                                CliOutput::write(tr("Deleted the connection %1.\n").arg(code));
                            finish(CliExit::Success);
                        }));
                });
}

void CliConnectionCommands::testCredentials()
{
    const QString code = m_args.argument;
    m_workspace->loadDetails(
        code, this, orFail<Workspace::Details>([this, code](const Workspace::Details &result) {
            m_workspace->testCredentials(
                result.details.credentials, m_args.value(QStringLiteral("password")), this,
                [this, code](const ApiError &testError) {
                    if (!testError) {
                        if (!m_args.json)
                            CliOutput::write(
                                tr("The credentials of %1 work: the PIM's API gave a token and "
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
        }));
}

// Helpers ------------------------------------------------------------------------------------

void CliConnectionCommands::confirmThen(const QString &question, std::function<void()> action)
{
    if (m_args.yes) {
        action();
        return;
    }
    //: The answer that confirms; anything else cancels. Keep "y" working too.
    const QString yes = tr("y");
    m_prompt->ask(question + u' ' + tr("[y/N] "), true,
                  [this, yes, action](const std::optional<QString> &answer) {
                      const QString text = answer.value_or(QString()).trimmed().toLower();
                      if (!text.isEmpty() && (text.startsWith(yes) || text.startsWith(u'y'))) {
                          action();
                          return;
                      }
                      fail(CliExit::Usage, tr("Not confirmed: nothing was changed."));
                  });
}

void CliConnectionCommands::printDetailsAndFinish(const ConnectionDetails &details)
{
    if (m_args.json)
        CliOutput::write(CliOutput::detailsJson(details));
    else
        CliOutput::write(CliOutput::detailsText(details));
    finish(CliExit::Success);
}

void CliConnectionCommands::fail(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound && m_args.command.argument == u"CODE") {
        fail(CliExit::Refused, tr("There is no connection %1 on %2.")
                                   .arg(m_args.argument, m_instance.baseUrl.toDisplayString()));
        return;
    }
    fail(CliExit::forError(error), error.message());
}

void CliConnectionCommands::fail(int exitCode, const QString &message)
{
    finish(exitCode, message);
}

void CliConnectionCommands::finish(int exitCode, const QString &error)
{
    if (!std::exchange(m_done, true))
        emit finished(exitCode, error);
}
