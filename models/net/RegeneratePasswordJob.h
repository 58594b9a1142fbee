#pragma once

#include "net/NetworkJob.h"

// POST /rest/connections/{code}/regenerate-password (docs/pim-api.md §2) → 200
// {"password":"..."}: the new password, shown once (docs/pim-api.md §7). Every token of the user is
// revoked (docs/pim-api.md §3). 400 {"message"} → Validation; 403 → Forbidden. Never logged.
class RegeneratePasswordJob : public NetworkJob
{
    Q_OBJECT

public:
    RegeneratePasswordJob(PimSession *session, const QString &code, QObject *parent = nullptr);
    QString code() const { return m_code; }

signals:
    void succeeded(const QString &password);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override;

private:
    QString m_code;
};
