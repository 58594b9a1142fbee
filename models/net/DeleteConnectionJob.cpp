#include "net/DeleteConnectionJob.h"

DeleteConnectionJob::DeleteConnectionJob(PimSession *session, const QString &code, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Delete, connectionPath(code));
    setResult({204, 200}, &DeleteConnectionJob::succeeded);
}
