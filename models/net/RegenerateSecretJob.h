#pragma once

#include "net/NetworkJob.h"

// POST /rest/connections/{code}/regenerate-secret (docs/pim-api.md §2) → 204, no body: read
// the new secret with a GetConnectionJob (or use RegenerateSecretAndGetJob). Every token of
// the client is revoked (docs/pim-api.md §3). 400 {"message"} → Validation; 403 → Forbidden.
class RegenerateSecretJob : public NetworkJob
{
    Q_OBJECT

public:
    RegenerateSecretJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded();

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override;

private:
    QString m_code;
};
