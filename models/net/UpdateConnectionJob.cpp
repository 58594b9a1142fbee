#include "net/UpdateConnectionJob.h"

UpdateConnectionJob::UpdateConnectionJob(PimSession *session, const ConnectionUpdate &update,
                                         QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Post, connectionPath(update.code));
    setJsonBody(update.toJson());
    setResult({204, 200}, &UpdateConnectionJob::succeeded);
}
