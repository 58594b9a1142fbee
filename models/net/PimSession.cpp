#include "net/PimSession.h"

#include "domain/PimAddress.h"
#include "net/NetLogging.h"
#include "net/SignInJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>

namespace {

void wipe(QString *text)
{
    // Best effort: overwrite before releasing, so the password does not linger in freed memory.
    text->fill(QChar(0));
    text->clear();
    text->squeeze();
}

} // namespace

PimSession::PimSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

PimSession::PimSession(std::function<QNetworkAccessManager *()> makeNetwork, QObject *parent)
    : QObject(parent)
    , m_makeNetwork(std::move(makeNetwork))
{
    Q_ASSERT(m_makeNetwork);
}

QNetworkAccessManager *PimSession::network() const
{
    if (!m_network) {
        m_network = m_makeNetwork();
        Q_ASSERT(m_network);
    }
    return m_network;
}

PimSession::~PimSession()
{
    if (m_signInJob)
        m_signInJob->cancel();
    wipe(&m_password);
}

bool PimSession::setBaseUrl(const QString &text, QString *error)
{
    const PimAddress address = PimAddress::parse(text);
    if (!address.isValid()) {
        if (error)
            *error = address.error();
        return false;
    }
    if (address.url() == m_baseUrl)
        return true;
    endSession();
    m_baseUrl = address.url();
    qCInfo(lcPimSession) << "PIM address" << m_baseUrl.toDisplayString();
    return true;
}

QString PimSession::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QUrl PimSession::url(const QString &encodedPath, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + encodedPath, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void PimSession::setCredentials(const QString &username, const QString &password)
{
    if (username != m_username)
        endSession();
    m_username = username;
    wipe(&m_password);
    m_password = password;
}

void PimSession::forgetPassword()
{
    wipe(&m_password);
}

void PimSession::setJobTimeout(int milliseconds)
{
    m_jobTimeoutMs = milliseconds > 0 ? milliseconds : DefaultJobTimeoutMs;
}

void PimSession::setJobDeadline(JobKind kind, int milliseconds)
{
    if (kind == JobKind::Transfer)
        m_transferDeadlineMs = milliseconds > 0 ? milliseconds : DefaultTransferDeadlineMs;
    else
        m_callDeadlineMs = milliseconds > 0 ? milliseconds : DefaultCallDeadlineMs;
}

int PimSession::jobDeadline(JobKind kind) const
{
    return kind == JobKind::Transfer ? m_transferDeadlineMs : m_callDeadlineMs;
}

void PimSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PimSession::clearCookies()
{
    // No network manager yet: no request was made, so no cookie was kept.
    QNetworkCookieJar *jar = m_network ? m_network->cookieJar() : nullptr;
    if (!jar || !m_baseUrl.isValid())
        return;
    const auto cookies = jar->cookiesForUrl(m_baseUrl);
    for (const QNetworkCookie &cookie : cookies)
        jar->deleteCookie(cookie);
}

void PimSession::signIn()
{
    if (m_state == State::SigningIn)
        return;
    if (!m_baseUrl.isValid() || m_username.isEmpty() || m_password.isEmpty()) {
        // Reported from the event loop, like every other failure.
        const ApiError error =
            ApiError::make(ApiError::Kind::SignInRefused, 0,
                           m_baseUrl.isValid() ? tr("Enter a username and a password.")
                                               : tr("Enter the address of the PIM."));
        m_lastError = error;
        QMetaObject::invokeMethod(
            this, [this, error] { emit signInFailed(error); }, Qt::QueuedConnection);
        return;
    }
    // A fresh session: the sign-in page of a signed-in session may not show the form.
    clearCookies();
    qCInfo(lcPimSession) << "signing in to" << m_baseUrl.toDisplayString() << "as" << m_username;
    auto *job = new SignInJob(this, m_username, m_password, this);
    m_signInJob = job;
    connect(job, &SignInJob::succeeded, this, &PimSession::onSignInSucceeded);
    connect(job, &NetworkJob::failed, this, &PimSession::onSignInFailed);
    setState(State::SigningIn);
    job->start();
}

void PimSession::onSignInSucceeded()
{
    m_signInJob = nullptr;
    m_renewing = false;
    ++m_generation;
    m_lastError = ApiError();
    qCInfo(lcPimSession) << "signed in";
    setState(State::SignedIn);
    emit signedIn();
}

void PimSession::onSignInFailed(const ApiError &error)
{
    m_signInJob = nullptr;
    const bool wasRenewal = m_renewing;
    m_renewing = false;
    m_lastError = error;
    qCInfo(lcPimSession) << "sign-in failed:" << ApiError::kindName(error.kind);
    setState(State::SignedOut);
    emit signInFailed(error);
    if (wasRenewal)
        emit signedOut();
}

void PimSession::signOut()
{
    wipe(&m_password);
    endSession();
}

void PimSession::endSession()
{
    const State previous = m_state;
    if (m_signInJob) {
        SignInJob *job = m_signInJob;
        m_signInJob = nullptr;
        job->cancel();
    }
    m_renewing = false;
    if (previous == State::SignedIn && m_baseUrl.isValid()) {
        // Best effort: end the session on the PIM too. The cookie is attached as the request
        // is created, so it can be forgotten right after.
        QNetworkRequest request(url(QStringLiteral("/user/logout")));
        request.setTransferTimeout(m_jobTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    clearCookies();
    m_lastError = ApiError::make(ApiError::Kind::SignedOut);
    setState(State::SignedOut);
    if (previous != State::SignedOut) {
        qCInfo(lcPimSession) << "signed out";
        emit signedOut();
    }
}

PimSession::Renewal PimSession::renewSignIn(quint64 sentAtGeneration)
{
    if (m_state == State::SignedIn && m_generation > sentAtGeneration)
        return Renewal::RetryNow;
    if (m_state == State::SigningIn)
        return Renewal::Wait;
    if (!m_baseUrl.isValid() || m_username.isEmpty() || m_password.isEmpty()) {
        qCInfo(lcPimSession) << "the session is over and there is no password to renew it";
        const bool wasSignedIn = m_state == State::SignedIn;
        m_lastError = ApiError::make(ApiError::Kind::SignedOut, 401);
        clearCookies();
        setState(State::SignedOut);
        if (wasSignedIn)
            emit signedOut();
        return Renewal::Impossible;
    }
    qCInfo(lcPimSession) << "the session is over: signing in again";
    const bool wasSignedIn = m_state == State::SignedIn;
    signIn();
    m_renewing = wasSignedIn; // a failure then ends a session the user had: signedOut()
    return m_state == State::SigningIn ? Renewal::Wait : Renewal::Impossible;
}
