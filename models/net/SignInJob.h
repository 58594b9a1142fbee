#pragma once

#include "net/NoResultJob.h"

// The back office's form sign-in (docs/pim-api.md §1.1 and 1.2), for PimSession:
// GET /user/login, read _csrf_token, POST /user/login-check form-encoded with _username,
// _password, _csrf_token and an empty _target_path. Never renews a session itself.
// Outcomes: succeeded(); failed() with SignInRefused (302 back to /user/login), Malformed
// (no sign-in form: not a PIM?), Network, Timeout, Tls, Server.
class SignInJob : public NoResultJob
{
    Q_OBJECT

public:
    SignInJob(PimSession *session, const QString &username, const QString &password,
              QObject *parent = nullptr);
    ~SignInJob() override;

    // "a=1&b=2" with every byte outside [A-Za-z0-9-._~] percent-encoded ("+" too, which PHP
    // would read as a space).
    static QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;

private:
    void forgetPassword();

    enum class Step { LoginPage, LoginCheck };
    Step m_step = Step::LoginPage;
    QString m_username;
    QString m_password;
    QString m_csrfToken;
};
