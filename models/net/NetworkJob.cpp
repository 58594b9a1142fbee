#include "net/NetworkJob.h"

#include "net/ErrorMapping.h"
#include "net/NetLogging.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>

#include <utility>

namespace {

// The PIM did not answer at all (as opposed to answering "no").
bool couldNotReach(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Tls;
}

} // namespace

NetworkJob::NetworkJob(PimSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timeoutMs(session ? session->jobTimeout() : PimSession::DefaultJobTimeoutMs)
    , m_deadlineMs(session ? session->jobDeadline(PimSession::JobKind::Call)
                           : PimSession::DefaultCallDeadlineMs)
{
    Q_ASSERT(session);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &NetworkJob::onDeadline);
}

NetworkJob::~NetworkJob()
{
    detachReply(true);
}

QNetworkAccessManager *NetworkJob::network() const
{
    return m_session->network();
}

void NetworkJob::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds > 0 ? milliseconds : PimSession::DefaultJobTimeoutMs;
}

void NetworkJob::setDeadline(int milliseconds)
{
    m_deadlineMs = milliseconds > 0 ? milliseconds : PimSession::DefaultCallDeadlineMs;
}

void NetworkJob::setTransferDeadline()
{
    m_deadlineMs = m_session->jobDeadline(PimSession::JobKind::Transfer);
}

void NetworkJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    send();
}

void NetworkJob::cancel()
{
    if (m_finished)
        return;
    finish(ApiError::make(ApiError::Kind::Cancelled), {});
}

void NetworkJob::send()
{
    if (m_finished)
        return;
    m_sentGeneration = m_session->generation();
    QNetworkReply *reply = sendRequest();
    if (!reply) {
        // Reported from the event loop: never a signal from inside start().
        const ApiError rejection =
            m_rejection.isError()
                ? m_rejection
                : ApiError::make(ApiError::Kind::Malformed, 0, tr("the request could not be made"));
        QTimer::singleShot(0, this, [this, rejection] { fail(rejection); });
        return;
    }
    attach(reply);
}

QNetworkReply *NetworkJob::rejectBeforeSending(const ApiError &error)
{
    m_rejection = error;
    return nullptr;
}

void NetworkJob::sendNextStep()
{
    m_retried = false; // each step may sign in again once
    m_redirects = 0;
    send();
}

void NetworkJob::attach(QNetworkReply *reply)
{
    m_reply = reply;
    m_received.clear();
    m_lastRequest = reply->request();
    HttpAnswer::limitReadBuffer(reply);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    connect(reply, &QNetworkReply::readyRead, this, &NetworkJob::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &NetworkJob::onProgress);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this](qint64, qint64) { m_timer.start(m_timeoutMs); });
    m_timer.start(m_timeoutMs);
    m_deadline.start(m_deadlineMs);
    // A reply may have finished already (a local error): handle it from the event loop.
    if (reply->isFinished()) {
        QTimer::singleShot(0, this, [this, reply] {
            if (m_reply == reply)
                onReplyFinished();
        });
    }
}

void NetworkJob::detachReply(bool abort)
{
    m_timer.stop();
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (abort && !reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void NetworkJob::onProgress(qint64 done, qint64 total)
{
    m_timer.start(m_timeoutMs);
    // `total` is the Content-Length when there is one: no need to wait for the bytes.
    if (done > m_maxAnswerSize || total > m_maxAnswerSize)
        failTooLarge();
}

void NetworkJob::onReadyRead()
{
    // Read out as it comes (the reply's buffer is small: HttpAnswer::limitReadBuffer()), so
    // that an answer without Content-Length stops as soon as it passes the cap.
    if (!m_reply || m_finished)
        return;
    m_timer.start(m_timeoutMs);
    m_received += m_reply->readAll();
    if (m_received.size() > m_maxAnswerSize)
        failTooLarge();
}

void NetworkJob::failTooLarge()
{
    qCWarning(lcPimNet) << describe() << "answer larger than" << m_maxAnswerSize << "bytes";
    detachReply(true);
    m_received.clear();
    fail(ApiError::make(ApiError::Kind::Malformed, 0,
                        tr("the answer is larger than %1 MB").arg(m_maxAnswerSize >> 20)));
}

void NetworkJob::onTimeout()
{
    qCInfo(lcPimNet) << describe() << "timed out after" << m_timeoutMs << "ms";
    detachReply(true);
    ApiError error = ApiError::make(ApiError::Kind::Timeout);
    error.waitedMs = m_timeoutMs;
    fail(error);
}

void NetworkJob::onDeadline()
{
    qCInfo(lcPimNet) << describe() << "did not end within" << m_deadlineMs << "ms";
    detachReply(true);
    ApiError error = ApiError::make(ApiError::Kind::Timeout);
    error.waitedMs = m_deadlineMs;
    error.deadlinePassed = true;
    fail(error);
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !reply->isFinished() || m_finished)
        return;
    const HttpAnswer answer = HttpAnswer::fromReply(reply, std::exchange(m_received, {}));
    if (answer.body.size() > m_maxAnswerSize) {
        failTooLarge();
        return;
    }
    const bool signedOut = answer.hasHttpStatus() &&
                           (answer.status == 401 ||
                            (answer.isRedirect() &&
                             PimNetworkAccessManager::redirectKind(answer.url, answer.location) ==
                                 PimNetworkAccessManager::RedirectKind::SignedOut));
    saveCookies(reply, signedOut && m_renewsSession);
    detachReply(false);
    // Status and size only: bodies may hold secrets (NetLogging.h).
    if (answer.hasHttpStatus())
        qCDebug(lcPimNet) << describe() << "answered" << answer.status << answer.body.size()
                          << "bytes";
    else
        qCDebug(lcPimNet) << describe() << "got no answer:" << answer.error << answer.errorString;

    if (!answer.hasHttpStatus()) {
        fail(ErrorMapping::fromTransport(answer));
        return;
    }
    if (const auto cut = ErrorMapping::cutShort(answer)) {
        fail(*cut);
        return;
    }
    if (signedOut && m_renewsSession) {
        renewSessionAndRetry(answer.status);
        return;
    }
    if (answer.isRedirect() && m_followsRedirects &&
        PimNetworkAccessManager::redirectKind(answer.url, answer.location) ==
            PimNetworkAccessManager::RedirectKind::Follow) {
        if (++m_redirects > MaxRedirects) {
            fail(ApiError::make(ApiError::Kind::Server, answer.status, tr("too many redirects")));
            return;
        }
        qCDebug(lcPimNet) << describe() << "follows a redirect to"
                          << answer.location.toDisplayString();
        QNetworkRequest next = m_lastRequest;
        next.setUrl(answer.location);
        attach(network()->get(next));
        return;
    }
    handleAnswer(answer);
}

void NetworkJob::saveCookies(QNetworkReply *reply, bool saysSignedOut)
{
    // Back-office requests do not let Qt save their cookies (routeRequest()): an answer
    // saying "signed out" may set a new anonymous session cookie, and when it arrives after
    // another call has signed in again, that cookie would replace the signed-in one and the
    // retried call would be refused again (found end to end, tests/e2e). So the cookies of
    // such an answer, and of any answer to a call sent before the latest sign-in, are dropped.
    if (reply->request().attribute(QNetworkRequest::CookieSaveControlAttribute).toInt() !=
        QNetworkRequest::Manual)
        return; // Qt saved them (a request not made by routeRequest())
    if (reply->request().attribute(PimNetworkAccessManager::PublicApiAttribute).toBool())
        return; // docs/pim-api.md §5: the public API has no cookies
    if (saysSignedOut || m_sentGeneration != m_session->generation())
        return;
    const auto cookies =
        qvariant_cast<QList<QNetworkCookie>>(reply->header(QNetworkRequest::SetCookieHeader));
    QNetworkCookieJar *jar = network()->cookieJar();
    if (!cookies.isEmpty() && jar)
        jar->setCookiesFromUrl(cookies, reply->url());
}

void NetworkJob::renewSessionAndRetry(int status)
{
    if (m_retried) {
        // Signed in again, and the PIM still says no (docs/pim-api.md §1.4: retry once only).
        fail(ApiError::make(ApiError::Kind::SignedOut, status));
        return;
    }
    m_retried = true;
    m_redirects = 0;
    switch (m_session->renewSignIn(m_sentGeneration)) {
    case PimSession::Renewal::RetryNow:
        qCDebug(lcPimNet) << describe() << "retries with the renewed session";
        send();
        return;
    case PimSession::Renewal::Wait:
        qCDebug(lcPimNet) << describe() << "waits for the session to be renewed";
        m_sessionWait =
            connect(m_session, &PimSession::stateChanged, this, &NetworkJob::onSessionStateChanged);
        return;
    case PimSession::Renewal::Impossible:
        fail(ApiError::make(ApiError::Kind::SignedOut, status));
        return;
    }
}

void NetworkJob::onSessionStateChanged()
{
    switch (m_session->state()) {
    case PimSession::State::SigningIn:
        return;
    case PimSession::State::SignedIn:
        disconnect(m_sessionWait);
        send();
        return;
    case PimSession::State::SignedOut: {
        disconnect(m_sessionWait);
        // The PIM cannot be reached at all: say so. Otherwise the user must sign in.
        const ApiError why = m_session->lastError();
        fail(couldNotReach(why) ? why : ApiError::make(ApiError::Kind::SignedOut, 401));
        return;
    }
    }
}

void NetworkJob::setRoute(Verb verb, const QString &encodedPath, const QUrlQuery &query)
{
    m_verb = verb;
    m_path = encodedPath;
    m_query = query;
}

void NetworkJob::setJsonBody(const QJsonObject &body)
{
    m_jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString NetworkJob::connectionPath(const QString &code, const QString &suffix)
{
    return QStringLiteral("/rest/connections/") + PimSession::encodeSegment(code) + suffix;
}

QString NetworkJob::describe() const
{
    switch (m_verb) {
    case Verb::Get:
        return QStringLiteral("GET ") + m_path;
    case Verb::Post:
        return QStringLiteral("POST ") + m_path;
    case Verb::Delete:
        return QStringLiteral("DELETE ") + m_path;
    }
    return m_path;
}

QNetworkRequest NetworkJob::routeRequest() const
{
    QNetworkRequest request(m_session->url(m_path, m_query));
    request.setRawHeader("Accept", "application/json");
    if (m_publicApi) {
        request.setAttribute(PimNetworkAccessManager::PublicApiAttribute, true);
    } else {
        // The job saves the answer's cookies itself, when they belong to the current session
        // (saveCookies()).
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    return request;
}

QNetworkReply *NetworkJob::sendRoute(const QNetworkRequest &request, const QByteArray &body)
{
    switch (m_verb) {
    case Verb::Get:
        return network()->get(request);
    case Verb::Post:
        return network()->post(request, body);
    case Verb::Delete:
        return network()->deleteResource(request);
    }
    return nullptr;
}

QNetworkReply *NetworkJob::sendRequest()
{
    QNetworkRequest request = routeRequest();
    if (!m_jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    return sendRoute(request, m_jsonBody);
}

void NetworkJob::handleAnswer(const HttpAnswer &answer)
{
    Q_ASSERT_X(m_readResult, "NetworkJob", "a job without setResult() must handle its answers");
    if (!expectStatus(answer, m_expectedStatuses))
        return;
    if (m_readResult)
        m_readResult(answer);
    else
        fail(ApiError::make(ApiError::Kind::Server, answer.status));
}

bool NetworkJob::expectStatus(const HttpAnswer &answer, const QList<int> &statuses)
{
    for (int status : statuses) {
        if (answer.status == status)
            return true;
    }
    fail(mapFailure(answer));
    return false;
}

ApiError NetworkJob::mapFailure(const HttpAnswer &answer) const
{
    return m_publicApi ? ErrorMapping::fromPublicApiStatus(answer)
                       : ErrorMapping::fromStatus(answer);
}

void NetworkJob::fail(const ApiError &error)
{
    ApiError failure = error.isError() ? error : ApiError::make(ApiError::Kind::Server);
    // The PIM could not be reached: the message names the address that was tried.
    if (couldNotReach(failure) && failure.address.isEmpty())
        failure.address = m_session->baseUrl();
    finish(failure, {});
}

void NetworkJob::failMalformed(const HttpAnswer &answer, const QString &why)
{
    fail(ErrorMapping::malformed(answer, why));
}

void NetworkJob::succeed(const std::function<void()> &emitResult)
{
    finish(ApiError(), emitResult);
}

void NetworkJob::finish(const ApiError &error, const std::function<void()> &emitResult)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    disconnect(m_sessionWait);
    detachReply(true);
    if (error.kind == ApiError::Kind::Cancelled) {
        qCDebug(lcPimNet) << describe() << "cancelled";
    } else if (error.isError()) {
        qCInfo(lcPimNet) << describe() << "failed:" << ApiError::kindName(error.kind)
                         << error.httpStatus;
        emit failed(error);
    } else if (emitResult) {
        emitResult();
    }
    emit finished(error);
    deleteLater();
}
