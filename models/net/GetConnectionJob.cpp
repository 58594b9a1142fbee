#include "net/GetConnectionJob.h"

GetConnectionJob::GetConnectionJob(PimSession *session, const QString &code, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Get, connectionPath(code));
    setResult({200}, &ConnectionDetails::fromJson, &GetConnectionJob::succeeded);
}
