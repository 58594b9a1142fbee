#include "net/UserGroupsJob.h"

UserGroupsJob::UserGroupsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/user_group/"));
    setResult({200}, &UserGroup::listFromJson, &UserGroupsJob::succeeded);
}
