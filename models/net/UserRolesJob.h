#pragma once

#include "domain/Permissions.h"
#include "net/NetworkJob.h"

// GET /rest/user_role/ (docs/pim-api.md §2): the roles a connection's user can have.
class UserRolesJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit UserRolesJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const QList<UserRole> &roles);
};
