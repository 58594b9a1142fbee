#pragma once

#include <QDateTime>

// The time every expiry is measured against (sessions, access and refresh tokens, the wrong
// credentials window). The server takes it as a dependency so that a test can hand in its own.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime nowUtc() const;
    qint64 nowSeconds() const { return nowUtc().toSecsSinceEpoch(); }
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};
