#pragma once

#include "net/ErrorMapping.h"
#include "net/NetworkJob.h"

// The base of the connected-App jobs (docs/pim-api.md §11.2): their 403 and 404 are not
// failures to retry but "not available here" (ApiError::Kind::Unavailable, with a sentence
// saying whether the feature is off or the right "Manage apps" is missing).
class AppRouteJob : public NetworkJob
{
    Q_OBJECT

protected:
    AppRouteJob(PimSession *session, ErrorMapping::AppsScope scope, QObject *parent);

    // ErrorMapping::fromAppsStatus() for this job's scope.
    ApiError mapFailure(const HttpAnswer &answer) const override;
    // "/rest/apps/connected-apps/{code}" + rest, the code percent-encoded.
    static QString appPath(const QString &code, const QString &rest = QString());

private:
    ErrorMapping::AppsScope m_scope;
};
