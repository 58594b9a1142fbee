#pragma once

#include "domain/WrongCredentials.h"
#include "net/NetworkJob.h"

// GET /rest/connections/wrong-credentials-combination (docs/pim-api.md §2): the connections
// whose client id was used with another user's username, by code; [] when there is none.
class WrongCredentialsJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit WrongCredentialsJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const WrongCredentials &wrongCredentials);
};
