#pragma once

#include <chrono>

// When to try the PIM again while it cannot be reached: the first delay, then twice the
// previous one, up to a ceiling (Workspace::Options::retryInterval and maxRetryInterval).
// A success (or the user's own refresh) starts again from the first delay.
class RetryBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    RetryBackoff(Duration initial, Duration maximum);

    // The delay before the next attempt; each call doubles the following one.
    Duration next();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    Duration initial() const { return m_initial; }
    Duration maximum() const { return m_maximum; }

private:
    Duration m_initial;
    Duration m_maximum;
    int m_attempts = 0;
};
