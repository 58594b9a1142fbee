#include "net/UpdateConnectionJob.h"

UpdateConnectionJob::UpdateConnectionJob(PimSession *session, const ConnectionUpdate &update,
                                         QObject *parent)
    : NoResultJob(session, parent)
{
    setRoute(Verb::Post, connectionPath(update.code));
    setJsonBody(update.toJson());
    setResult({204, 200}, &NoResultJob::succeeded);
}
