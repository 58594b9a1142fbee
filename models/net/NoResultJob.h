#pragma once

#include "net/NetworkJob.h"

// The base of the jobs whose success has nothing to give (a 204, a sign-in, a check of
// credentials): succeeded() without a value, then finished() (see NetworkJob).
class NoResultJob : public NetworkJob
{
    Q_OBJECT

signals:
    void succeeded();

protected:
    using NetworkJob::NetworkJob;
};
