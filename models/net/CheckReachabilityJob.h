#pragma once

#include "domain/EventSubscription.h"
#include "net/EventsRouteJob.h"

// POST /rest/connections/{code}/webhook/check-reachability with {"url","secret"}
// (docs/pim-api.md §8.5): the PIM sends one signed request to the URL and answers 200 with its
// status line and whether it worked; every failure of the URL is a 200 with success false.
// The PIM sets no timeout of its own, so this job waits longer than others (TimeoutMs).
// Nothing is stored on the PIM. Never sent as HEAD or OPTIONS (§12: they would test too).
class CheckReachabilityJob : public EventsRouteJob<NetworkJob>
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 60000;

    CheckReachabilityJob(PimSession *session, const QString &code, const QString &url,
                         const QString &secret, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const ReachabilityResult &result);

protected:
    // The route with its body, and Qt's transfer timeout as long as the job's (the network
    // manager's default is shorter).
    QNetworkReply *sendRequest() override;

private:
    QString m_code;
    QByteArray m_body;
};
