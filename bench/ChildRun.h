#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Runs a program until it prints a line starting with "first-paint" on its stdout and exits,
// measuring on the launcher's monotonic clock from just before the process is spawned (so the
// figure includes exec, dynamic loading and Qt's start-up) to the moment that line is read, and
// the process's peak resident memory: the one it prints on that line ("first-paint <ms> <KiB>",
// its VmHWM up to its first frame), else wait4()'s ru_maxrss, which also counts the launcher's
// own peak (posix_spawn shares the launcher's memory until exec, whose high-water mark stays).
struct ChildRunResult
{
    bool ok = false;
    QString error;           // why ok is false (times out, exits without the line, crashes...)
    double firstPaintMs = 0; // spawn -> "first-paint" line read
    long peakRssKiB = 0;     // the program's figure, else ru_maxrss
    long reportedPeakKiB = 0; // the third field of the first-paint line, 0 without one
    // The program's "phases" line (app/StartupPhases.h), each in ms since the spawn, in its
    // order; empty without one.
    QList<std::pair<QByteArray, double>> phases;
};

// "phases <name>=<ns on the steady clock>..." as ms after spawnNs, the same clock; nothing for
// a line that is not one, pairs that do not parse are left out.
QList<std::pair<QByteArray, double>> parsePhases(const QByteArray &line, long long spawnNs);

ChildRunResult runUntilFirstPaint(const QString &program, const QStringList &arguments,
                                  int timeoutMs);
// The same for a program that runs to its end (the CLI): firstPaintMs is then the time from
// spawn to its stdout closed (its exit); its output is read and dropped.
ChildRunResult runToExit(const QString &program, const QStringList &arguments, int timeoutMs);
