#include "net/DeleteConnectionJob.h"

DeleteConnectionJob::DeleteConnectionJob(PimSession *session, const QString &code, QObject *parent)
    : NoResultJob(session, parent)
{
    setRoute(Verb::Delete, connectionPath(code));
    setResult({204, 200}, &NoResultJob::succeeded);
}
