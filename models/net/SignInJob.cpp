#include "net/SignInJob.h"

#include "net/ErrorMapping.h"
#include "net/LoginForm.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"

#include <QCoreApplication>

SignInJob::SignInJob(PimSession *session, const QString &username, const QString &password,
                     QObject *parent)
    : NoResultJob(session, parent)
    , m_username(username)
    , m_password(password)
{
    setRenewsSession(false);
    setFollowsRedirects(false);
    setRoute(Verb::Get, QStringLiteral("/user/login"));
}

SignInJob::~SignInJob()
{
    forgetPassword();
}

void SignInJob::forgetPassword()
{
    m_password.fill(QChar(0));
    m_password.clear();
    m_csrfToken.clear();
}

QByteArray SignInJob::formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QNetworkReply *SignInJob::sendRequest()
{
    QNetworkRequest request = routeRequest();
    request.setRawHeader("Accept", "text/html,application/xhtml+xml");
    if (m_step == Step::LoginPage)
        return sendRoute(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body = formEncode({{QStringLiteral("_username"), m_username},
                                        {QStringLiteral("_password"), m_password},
                                        {QStringLiteral("_csrf_token"), m_csrfToken},
                                        {QStringLiteral("_target_path"), QString()}});
    QNetworkReply *reply = sendRoute(request, body);
    forgetPassword(); // sent once; a sign-in never repeats its POST
    return reply;
}

void SignInJob::handleAnswer(const HttpAnswer &answer)
{
    if (m_step == Step::LoginPage) {
        // The page lives elsewhere (http to https, another host): the address must change.
        if (answer.isRedirect()) {
            fail(ErrorMapping::redirectedElsewhere(answer));
            return;
        }
        if (!expectStatus(answer, {200}))
            return;
        const auto token = LoginForm::csrfToken(answer.body);
        if (!token) {
            failMalformed(answer, tr("no sign-in form was found at this address: is it an "
                                     "Akeneo PIM?"));
            return;
        }
        m_csrfToken = *token;
        m_step = Step::LoginCheck;
        setRoute(Verb::Post, QStringLiteral("/user/login-check"));
        sendNextStep();
        return;
    }
    // Section 1.2: a 302 back to /user/login is a refusal, anywhere else a success.
    if (answer.isRedirect()) {
        if (PimNetworkAccessManager::redirectKind(answer.url, answer.location) ==
            PimNetworkAccessManager::RedirectKind::SignedOut)
            fail(ApiError::make(ApiError::Kind::SignInRefused, answer.status));
        else
            succeed([this] { emit succeeded(); });
        return;
    }
    if (answer.status >= 200 && answer.status < 300) {
        failMalformed(answer, tr("the PIM answered the sign-in form without redirecting"));
        return;
    }
    expectStatus(answer, {});
}
