#pragma once

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

// This process's peak resident memory so far (VmHWM of /proc/self/status), in KiB; 0 where
// there is no such file. Header-only: the start-up benchmark's bare window uses it too, and
// links nothing of the app.
inline qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
