#pragma once
#include <cstdio>
#include <cstdlib>
#include <ctime>
inline void TRX(const char *x)
{
    static const bool on = std::getenv("TRACE") != nullptr;
    if (on) {
        timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        std::fprintf(stderr, "TRACE %.3f %s\n", t.tv_sec * 1000.0 + t.tv_nsec / 1e6, x);
    }
}
