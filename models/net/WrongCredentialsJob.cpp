#include "net/WrongCredentialsJob.h"

WrongCredentialsJob::WrongCredentialsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, QStringLiteral("/rest/connections/wrong-credentials-combination"));
    setResult({200}, &WrongCredentials::fromJson, &WrongCredentialsJob::succeeded);
}
