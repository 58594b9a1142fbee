#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// Docs/pim-api.md §2's "the new secret is read with a new GET", in one job:
// POST /rest/connections/{code}/regenerate-secret (→ 204; every token of the client is revoked,
// section 3), then GET /rest/connections/{code}. succeeded() carries the connection with its
// new secret. When the regeneration worked but the GET failed, failed() says so and
// secretRegenerated() is true: the old secret is gone.
class RegenerateSecretAndGetJob : public NetworkJob
{
    Q_OBJECT

public:
    RegenerateSecretAndGetJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    bool secretRegenerated() const { return m_regenerated; }

signals:
    void succeeded(const ConnectionDetails &details);

protected:
    void handleAnswer(const HttpAnswer &answer) override;

private:
    QString m_code;
    bool m_regenerated = false;
};
