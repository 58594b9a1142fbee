#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// POST /rest/connections/{code} with ConnectionUpdate::toJson() (docs/pim-api.md §2) → 204.
// 422 → Validation (docs/pim-api.md §4); 400 {"message"} (unknown connection, role or group) →
// Validation; 403 → Forbidden; a 500 for a body the server could not take → Server.
class UpdateConnectionJob : public NetworkJob
{
    Q_OBJECT

public:
    UpdateConnectionJob(PimSession *session, const ConnectionUpdate &update,
                        QObject *parent = nullptr);

signals:
    void succeeded();

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override;

private:
    ConnectionUpdate m_update;
};
