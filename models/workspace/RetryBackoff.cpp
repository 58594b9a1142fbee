#include "workspace/RetryBackoff.h"

#include <algorithm>

RetryBackoff::RetryBackoff(Duration initial, Duration maximum)
    : m_initial(std::max(initial, Duration(1)))
    , m_maximum(std::max(maximum, m_initial))
{}

RetryBackoff::Duration RetryBackoff::next()
{
    Duration delay = m_initial;
    // Double without overflowing: stop as soon as the ceiling is reached.
    for (int i = 0; i < m_attempts && delay < m_maximum; ++i)
        delay = std::min(delay * 2, m_maximum);
    ++m_attempts;
    return std::min(delay, m_maximum);
}
