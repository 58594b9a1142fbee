#pragma once

#include "domain/Connection.h"
#include "net/NetworkJob.h"

// The convenience of docs/pim-api.md §2's "the new secret is read with a new GET":
// POST /rest/connections/{code}/regenerate-secret, then GET /rest/connections/{code}.
// succeeded() carries the connection with its new secret. When the regeneration worked but
// the GET failed, failed() says so and secretRegenerated() is true: the old secret is gone.
class RegenerateSecretAndGetJob : public NetworkJob
{
    Q_OBJECT

public:
    RegenerateSecretAndGetJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }
    bool secretRegenerated() const { return m_step == Step::Get; }

signals:
    void succeeded(const ConnectionDetails &details);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override;

private:
    enum class Step { Regenerate, Get };
    Step m_step = Step::Regenerate;
    QString m_code;
};
