#include "CliProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

QJsonValue CliProcess::Result::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QJsonValue();
}

CliProcess::CliProcess()
{
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    QDir(m_home.path()).mkpath(QStringLiteral("config"));
    QDir(m_home.path()).mkpath(QStringLiteral("cache"));
}

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("PIM_PASSWORD"));
    if (!m_password.isEmpty())
        environment.insert(QStringLiteral("PIM_PASSWORD"), m_password);
    return environment;
}

CliProcess::Result CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    return runProgram(QStringLiteral(PIM_CLI_PATH), arguments, timeoutMs);
}

CliProcess::Result CliProcess::runProgram(const QString &program, const QStringList &arguments,
                                          int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel(); // no terminal, and nothing to read
    // waitForFinished() is false for a process already seen finished: ask only when running.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    else
        result.exitCode = process.exitCode();
    return result;
}

QString CliProcess::cacheFile() const
{
    return dataHome() + QStringLiteral("/pim-connections/pim-connections/cache.sqlite");
}

QString CliProcess::settingsFile() const
{
    return configHome() + QStringLiteral("/pim-connections/pim-connections.conf");
}

CliProcess::Result CliProcess::runInTerminal(const QStringList &arguments, QStringList answers,
                                             int timeoutMs) const
{
    Result result;
    int master = -1;
    int slave = -1;
    if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(QStringLiteral(PIM_CLI_PATH));
    process.setArguments(arguments);
    process.setChildProcessModifier([slave, master] {
        ::close(master);
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, STDIN_FILENO);
        dup2(slave, STDOUT_FILENO);
        dup2(slave, STDERR_FILENO);
        if (slave > STDERR_FILENO)
            ::close(slave);
    });
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start();
    ::close(slave);
    if (!process.waitForStarted(10000)) {
        ::close(master);
        return result;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pollfd fd{master, POLLIN, 0};
        const int ready = ::poll(&fd, 1, 200);
        if (ready > 0 && (fd.revents & POLLIN)) {
            char buffer[1024];
            const ssize_t count = ::read(master, buffer, sizeof buffer);
            if (count <= 0)
                break; // the child closed the terminal
            result.out.append(buffer, count);
            const QByteArray tail = result.out.right(2);
            if (!answers.isEmpty() && (tail == ": " || tail == "] ")) {
                const QByteArray line = answers.takeFirst().toUtf8() + '\n';
                if (::write(master, line.constData(), size_t(line.size())) != line.size())
                    break;
            }
        } else if (ready != 0 && !(fd.revents & POLLIN)) {
            break; // hung up
        }
        if (process.state() == QProcess::NotRunning && ready == 0)
            break;
        process.waitForFinished(0);
    }
    ::close(master);
    // waitForFinished() is false for a process already seen finished: ask only when running.
    if (process.state() != QProcess::NotRunning &&
        !process.waitForFinished(deadline.remainingTime() > 0 ? int(deadline.remainingTime())
                                                              : 1000)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
        return result;
    }
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    else
        result.exitCode = process.exitCode();
    return result;
}
