#pragma once

#include "domain/Connection.h"
#include "net/NoResultJob.h"

// "Test credentials": uses a connection's credentials the way a connector would (docs/pim-api.md
// §5). Asks POST /api/oauth/v1/token (Basic client_id:secret, JSON password grant),
// then GET /api/rest/v1/products?limit=1 with the bearer token.
// succeeded() when both worked. Otherwise failed(): when the PIM refused the credentials
// (the token's 422, the products' 401...), kind Validation with the server's exact words in
// `detail` and httpStatus set; Network, Timeout, Tls and Server as for any job.
// Public API calls: no back-office cookie, no X-Requested-With, no session renewal.
// The secret, the password and the token are never logged and are wiped when the job ends.
class TestCredentialsJob : public NoResultJob
{
    Q_OBJECT

public:
    TestCredentialsJob(PimSession *session, const Credentials &credentials, const QString &password,
                       QObject *parent = nullptr);
    ~TestCredentialsJob() override;

    // Which step failed (or the last one, after a success).
    enum class Step { Token, Products };
    Step step() const { return m_step; }

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;

private:
    void wipe();

    Step m_step = Step::Token;
    QString m_clientId;
    QString m_secret;
    QString m_username;
    QString m_password;
    QByteArray m_accessToken;
};
