#pragma once

#include <QByteArray>

#include <array>
#include <chrono>
#include <cstdio>

// Where a start goes, for the start-up benchmark (bench/StartupBench.cpp): mark() keeps the
// moment a phase of the start is reached, on the monotonic clock the launcher reads too
// (std::chrono::steady_clock, CLOCK_MONOTONIC on Linux), and print() writes them all on one
// line of stdout, "phases <name>=<ns> <name>=<ns>...", which the launcher turns into
// milliseconds since it spawned the process. Header-only: the benchmark's bare window uses it
// too, and links nothing of the app. Not thread-safe: the GUI thread marks; names are string
// literals. Phases past the sixteenth are dropped.
namespace StartupPhases {

struct Phase
{
    const char *name = nullptr;
    long long ns = 0;
};

struct Record
{
    std::array<Phase, 16> phases;
    std::size_t count = 0;
};

inline Record &record()
{
    static Record kept;
    return kept;
}

// Now on the clock the marks are taken on, in ns: the launcher reads its spawn time with it.
inline long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline void mark(const char *name)
{
    Record &kept = record();
    if (kept.count == kept.phases.size())
        return;
    kept.phases[kept.count++] = {name, nowNs()};
}

inline QByteArray line()
{
    QByteArray text("phases");
    const Record &kept = record();
    for (std::size_t i = 0; i < kept.count; ++i) {
        text.append(' ');
        text.append(kept.phases[i].name);
        text.append('=');
        text.append(QByteArray::number(kept.phases[i].ns));
    }
    return text;
}

inline void print()
{
    std::printf("%s\n", line().constData());
}

} // namespace StartupPhases
