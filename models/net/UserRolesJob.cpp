#include "net/UserRolesJob.h"

UserRolesJob::UserRolesJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/user_role/"));
    setResult({200}, &UserRole::listFromJson, &UserRolesJob::succeeded);
}
