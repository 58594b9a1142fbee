#pragma once

#include "net/ErrorMapping.h"
#include "net/NetworkJob.h"

// "/rest/apps/connected-apps/{code}" + rest, the code percent-encoded (docs/pim-api.md §11.2).
namespace AppRoutes {
QString appPath(const QString &code, const QString &rest = QString());
}

// The base of the connected-App jobs (docs/pim-api.md §11.2), over NetworkJob or NoResultJob:
// their 403 and 404 are not failures to retry but "not available here"
// (ApiError::Kind::Unavailable, with a sentence saying whether the feature is off or the right
// "Manage apps" is missing).
template<typename Base> class AppRouteJob : public Base
{
protected:
    AppRouteJob(PimSession *session, ErrorMapping::AppsScope scope, QObject *parent)
        : Base(session, parent)
        , m_scope(scope)
    {}

    // ErrorMapping::fromAppsStatus() for this job's scope.
    ApiError mapFailure(const HttpAnswer &answer) const override
    {
        return ErrorMapping::fromAppsStatus(answer, m_scope);
    }

private:
    ErrorMapping::AppsScope m_scope;
};
