#include "net/DeleteAppJob.h"

DeleteAppJob::DeleteAppJob(PimSession *session, const QString &code, QObject *parent)
    : AppRouteJob(session, ErrorMapping::AppsScope::OneApp, parent)
    , m_code(code)
{
    setRoute(Verb::Delete, AppRoutes::appPath(code));
    setResult({204, 200}, &NoResultJob::succeeded);
}
