#include "TerminalPrompt.h"

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace {

// The terminal's settings before echo was turned off, for the signal handler.
struct termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreAndExit(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void setEcho(bool on)
{
    if (on) {
        if (echoIsOff) {
            tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
            echoIsOff = 0;
        }
        return;
    }
    if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return;
    struct termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    echoIsOff = 1;
    std::signal(SIGINT, restoreAndExit);
    std::signal(SIGTERM, restoreAndExit);
    std::signal(SIGHUP, restoreAndExit);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &quiet) != 0)
        echoIsOff = 0;
}

} // namespace

TerminalPrompt::TerminalPrompt(QObject *parent)
    : QObject(parent)
{}

TerminalPrompt::~TerminalPrompt()
{
    setEcho(true);
    // The line typed may be a password: overwrite what is left of it.
    m_buffer.fill('\0');
}

bool TerminalPrompt::isInteractive()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

void TerminalPrompt::ask(const QString &question, bool echo, Answer answer)
{
    m_answer = std::move(answer);
    m_buffer.clear();
    // Echo off before the question: an answer typed as soon as it shows is not echoed.
    if (!echo)
        setEcho(false);
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_echoOff = !echo;
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminalPrompt::readLine);
}

void TerminalPrompt::readLine()
{
    char chunk[256];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count <= 0) {
        finish(std::nullopt);
        return;
    }
    m_buffer.append(chunk, count);
    std::fill(chunk, chunk + sizeof chunk, '\0');
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    QByteArray line = m_buffer.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.fill('\0');
    m_buffer.clear();
    const QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    finish(text);
}

void TerminalPrompt::finish(const std::optional<QString> &line)
{
    m_notifier->setEnabled(false);
    m_notifier.release()->deleteLater();
    if (std::exchange(m_echoOff, false))
        setEcho(true);
    Answer answer = std::exchange(m_answer, {});
    if (answer)
        answer(line);
}
