// CliRunner: what every command shares: confirmation, printing, failing and finishing.
#include "CliRunner.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "TerminalPrompt.h"
#include "workspace/Workspace.h"

#include <cstdio>

// Helpers ------------------------------------------------------------------------------------

void CliRunner::confirmThen(const QString &question, std::function<void()> action)
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

void CliRunner::printDetailsAndFinish(const ConnectionDetails &details)
{
    if (m_args.json)
        print(CliOutput::detailsJson(details));
    else
        print(CliOutput::detailsText(details));
    finish(CliExit::Success);
}

void CliRunner::print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliRunner::print(const QString &text)
{
    print(text.toLocal8Bit());
}

void CliRunner::printError(const QString &message)
{
    const QStringList lines = message.split(u'\n');
    QByteArray out;
    for (const QString &line : lines)
        out += (CliCommands::program() + QStringLiteral(": ") + line + u'\n').toLocal8Bit();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    std::fflush(stderr);
}

void CliRunner::fail(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound && m_args.command.argument == u"CODE") {
        fail(CliExit::Refused, tr("There is no connection %1 on %2.")
                                   .arg(m_args.argument, m_instance.baseUrl.toDisplayString()));
        return;
    }
    fail(CliExit::forError(error), error.message());
}

void CliRunner::fail(int exitCode, const QString &message)
{
    if (m_finishing)
        return;
    printError(message);
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
