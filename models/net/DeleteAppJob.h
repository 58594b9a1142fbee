#pragma once

#include "net/AppRouteJob.h"
#include "net/NoResultJob.h"

// DELETE /rest/apps/connected-apps/{code} (docs/pim-api.md §11.2) → 204: removes the App, its
// connection and its authorisations. The way to remove an App: the connection routes of §2
// must never be used for one (§11.1). 403 (no "Manage apps") and 404 → Unavailable.
class DeleteAppJob : public AppRouteJob<NoResultJob>
{
    Q_OBJECT

public:
    DeleteAppJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

private:
    QString m_code;
};
