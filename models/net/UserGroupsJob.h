#pragma once

#include "domain/Permissions.h"
#include "net/NetworkJob.h"

// GET /rest/user_group/ (docs/pim-api.md §2): the groups a connection's user can be in.
class UserGroupsJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit UserGroupsJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const QList<UserGroup> &groups);
};
