#include "ChildRun.h"

#include "StartupPhases.h" // app/, header-only

#include <QByteArray>
#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace {

// Waits for the process to end, killing it after `timeoutMs`. Returns false when it had to.
bool reap(pid_t pid, int timeoutMs, int *status, rusage *usage)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const pid_t done = wait4(pid, status, WNOHANG, usage);
        if (done == pid)
            return true;
        if (done < 0 && errno != EINTR)
            return false;
        if (clock.elapsed() > timeoutMs) {
            kill(pid, SIGKILL);
            wait4(pid, status, 0, usage);
            return false;
        }
        usleep(2000);
    }
}

} // namespace

QList<std::pair<QByteArray, double>> parsePhases(const QByteArray &line, long long spawnNs)
{
    QList<std::pair<QByteArray, double>> phases;
    if (!line.startsWith("phases "))
        return phases;
    for (const QByteArray &pair : line.mid(7).split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        bool ok = false;
        const long long ns = pair.mid(equals + 1).toLongLong(&ok);
        if (equals > 0 && ok)
            phases.append({pair.left(equals), double(ns - spawnNs) / 1e6});
    }
    return phases;
}

namespace {

ChildRunResult runChild(const QString &program, const QStringList &arguments, int timeoutMs,
                        bool untilFirstPaint)
{
    ChildRunResult result;
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        result.error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return result;
    }

    const QByteArray path = program.toLocal8Bit();
    std::vector<QByteArray> storage;
    storage.push_back(path);
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    QElapsedTimer clock;
    clock.start();
    const long long spawnNs = StartupPhases::nowNs();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        result.error = QStringLiteral("cannot start %1: %2")
                           .arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return result;
    }

    QByteArray received;
    bool seen = false;
    while (!seen) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            break;
        pollfd fd{out[0], POLLIN, 0};
        const int ready = poll(&fd, 1, int(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        char buffer[512];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // The program closed its stdout (exited): without the line, or at its end.
            if (!untilFirstPaint) {
                result.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
                seen = true;
            }
            break;
        }
        if (!untilFirstPaint)
            continue;
        received.append(buffer, n);
        for (const QByteArray &line : received.split('\n')) {
            if (line.startsWith("phases ") && received.contains("first-paint"))
                result.phases = parsePhases(line, spawnNs);
            if (line.startsWith("first-paint")) {
                result.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
                // "first-paint <ms> <peak KiB>": the program's own peak so far.
                result.reportedPeakKiB = line.split(' ').value(2).toLong();
                seen = true;
                break;
            }
        }
    }
    close(out[0]);

    int status = 0;
    rusage usage{};
    const bool ended = reap(pid, seen ? 10000 : 0, &status, &usage);
    // wait4()'s ru_maxrss counts the launcher's own peak too (posix_spawn shares its memory
    // with the child until exec, and exec keeps that high-water mark): the program's own figure
    // when it printed one.
    result.peakRssKiB = result.reportedPeakKiB > 0 ? result.reportedPeakKiB : usage.ru_maxrss;
    if (!seen) {
        result.error = QStringLiteral("%1 did not print its first-paint line within %2 ms")
                           .arg(program)
                           .arg(timeoutMs);
    } else if (!ended) {
        result.error = QStringLiteral("%1 did not quit after its first paint").arg(program);
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        result.error = QStringLiteral("%1 ended abnormally (status %2)").arg(program).arg(status);
    } else {
        result.ok = true;
    }
    return result;
}

} // namespace

ChildRunResult runUntilFirstPaint(const QString &program, const QStringList &arguments,
                                  int timeoutMs)
{
    return runChild(program, arguments, timeoutMs, true);
}

ChildRunResult runToExit(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return runChild(program, arguments, timeoutMs, false);
}
