#pragma once

#include "domain/ApiError.h"
#include "net/HttpAnswer.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class PimSession;
class QNetworkAccessManager;
class QNetworkReply;

// The base of every call to a PIM (Nextcloud's AbstractNetworkJob, in spirit). A job:
//  - owns its QNetworkReply, and aborts it when cancelled, timed out or destroyed;
//  - has an inactivity timeout (timeout(), the session's by default) on top of the network
//    manager's transfer timeout, so that even a reply that never moves ends, and an overall
//    deadline per request (deadline()), so that a reply that trickles in ends too;
//  - reads the answer as it comes and stops it as soon as it passes the size cap
//    (setMaxAnswerSize()), with or without a Content-Length;
//  - signs in again and repeats its call ONCE when the PIM says the session is over
//    (401, or a redirect to /user/login: docs/pim-api.md §1.4); jobs that hit this at the
//    same time share one sign-in (PimSession::renewSignIn);
//  - follows same-origin redirects when the route needs it (the thumbnail's 302);
//  - maps every failure to one ApiError (ErrorMapping);
//  - emits exactly one outcome, then deletes itself (deleteLater):
//      success: the subclass's typed signal `succeeded(...)`, then finished(ApiError{});
//      failure: failed(error), then finished(error);
//      cancel(): finished(Cancelled) only, synchronously from cancel(); no typed signal and
//      no failed() follow. Destroying a running job aborts its reply and emits nothing.
// A subclass names its route and its result in its constructor (setRoute(), setResult());
// one that sends something special or has several steps overrides sendRequest() or
// handleAnswer().
// Use: create it, connect to its signals, then start(). Nothing blocks; no signal is ever
// emitted from inside start(). A job must not outlive its session (PimClient parents its
// jobs to itself, and the session to itself).
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    ~NetworkJob() override;

    void start();
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // The outcome, once finished (Kind::None for a success).
    ApiError error() const { return m_error; }

    // Inactivity timeout in milliseconds: the job fails with Kind::Timeout when nothing is
    // received or sent for this long. Takes effect for the next request sent.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    // Overall deadline of each request in milliseconds (the session's for the job's kind by
    // default): the job fails with Kind::Timeout (deadlinePassed) when an answer has not ended
    // by then, however steadily it trickles in. Takes effect for the next request sent.
    void setDeadline(int milliseconds);
    int deadline() const { return m_deadlineMs; }

    static constexpr int MaxRedirects = 5;
    static constexpr qint64 DefaultMaxAnswerSize = 16 * 1024 * 1024;

signals:
    void failed(const ApiError &error);
    void finished(const ApiError &error);

protected:
    NetworkJob(PimSession *session, QObject *parent);

    PimSession *session() const { return m_session; }
    QNetworkAccessManager *network() const;

    enum class Verb { Get, Post, Delete };
    // The route the job calls (docs/pim-api.md §2), set by the subclass's constructor; a job of
    // several steps sets the next step's route before sendNextStep().
    void setRoute(Verb verb, const QString &encodedPath, const QUrlQuery &query = QUrlQuery());
    // A JSON body, for a POST route: the default sendRequest() sends it.
    void setJsonBody(const QJsonObject &body);
    // The same, already written (a body whose key order matters: SymfonyJson::toJson()).
    void setJsonBody(const QByteArray &json) { m_jsonBody = json; }
    // "/rest/connections/{code}" with the code encoded, and `suffix` ("/regenerate-password").
    static QString connectionPath(const QString &code, const QString &suffix = QString());
    // "GET /rest/connections", for logs: the route's verb and path, never a secret.
    QString describe() const;

    // What the default handleAnswer() does with the answer: when its status is one of
    // `statuses`, reads the body with `read` (a parser of models/domain) and emits `signal` (the
    // subclass's typed succeeded()) with what it read; a body it cannot read fails the job
    // (Malformed). The overload without `read` emits `signal` for the status alone.
    template<typename Job, typename Value, typename Arg>
    void setResult(const QList<int> &statuses,
                   std::optional<Value> (*read)(const QByteArray &body, QString *why),
                   void (Job::*signal)(Arg));
    template<typename Job> void setResult(const QList<int> &statuses, void (Job::*signal)());

    // Sends the job's request (again, for a retry after signing in, or for the next step of
    // a job that has several). Returns the reply, or nullptr after calling rejectBeforeSending().
    // By default: the route (routeRequest()), with its JSON body.
    virtual QNetworkReply *sendRequest();
    // Handles an answer that is not a transport failure, a "signed out" answer that the job
    // renews, nor a redirect it follows. Must end with succeed(), fail() or sendNextStep().
    // By default: what setResult() said.
    virtual void handleAnswer(const HttpAnswer &answer);

    // Switches, for the subclass's constructor.
    void setRenewsSession(bool renews) { m_renewsSession = renews; }
    void setFollowsRedirects(bool follows) { m_followsRedirects = follows; }
    void setMaxAnswerSize(qint64 bytes) { m_maxAnswerSize = bytes; }
    // An upload or a download: the session's longer deadline (PimSession::JobKind::Transfer).
    void setTransferDeadline();
    // Public API jobs (docs/pim-api.md §5) map failures with ErrorMapping::fromPublicApiStatus.
    void setPublicApi(bool publicApi) { m_publicApi = publicApi; }

    // The request for the route, asking for JSON: a back-office request to base URL + path, or
    // with setPublicApi() a public API one (no cookie, no X-Requested-With:
    // PimNetworkAccessManager).
    QNetworkRequest routeRequest() const;
    // Sends `request` with the route's verb (and `body`, for a POST).
    QNetworkReply *sendRoute(const QNetworkRequest &request, const QByteArray &body = QByteArray());

    // For handleAnswer(): true when the status is one of `statuses`; otherwise fails the job
    // with mapFailure(answer) and returns false.
    bool expectStatus(const HttpAnswer &answer, const QList<int> &statuses);
    // The error of an answer that is not the route's success: ErrorMapping::fromStatus, or
    // fromPublicApiStatus for a public API job. A family of routes with answers of its own
    // (the connected Apps' 403 and 404) overrides it.
    virtual ApiError mapFailure(const HttpAnswer &answer) const;
    void fail(const ApiError &error);
    void failMalformed(const HttpAnswer &answer, const QString &why);
    // Ends the job with a success: calls emitResult (which emits the typed signal), then
    // emits finished().
    void succeed(const std::function<void()> &emitResult);
    // Sends sendRequest() again for the next step (it may sign in again once per step).
    void sendNextStep();
    // For sendRequest(): the job cannot send (a file cannot be read...). It fails from the
    // event loop; sendRequest() then returns nullptr.
    QNetworkReply *rejectBeforeSending(const ApiError &error);

private:
    void send();
    void attach(QNetworkReply *reply);
    void detachReply(bool abort);
    void onReplyFinished();
    void onProgress(qint64 done, qint64 total);
    void onReadyRead();
    void failTooLarge();
    void onTimeout();
    void onDeadline();
    void saveCookies(QNetworkReply *reply, bool saysSignedOut);
    void renewSessionAndRetry(int status);
    void onSessionStateChanged();
    void finish(const ApiError &error, const std::function<void()> &emitResult);

    PimSession *m_session = nullptr;
    Verb m_verb = Verb::Get;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_jsonBody;
    QList<int> m_expectedStatuses;
    std::function<void(const HttpAnswer &)> m_readResult;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_lastRequest;
    QTimer m_timer;
    QTimer m_deadline;
    QByteArray m_received; // the answer read so far (onReadyRead())
    QMetaObject::Connection m_sessionWait;
    ApiError m_error;
    ApiError m_rejection;
    int m_timeoutMs = 0;
    int m_deadlineMs = 0;
    int m_redirects = 0;
    quint64 m_sentGeneration = 0;
    qint64 m_maxAnswerSize = DefaultMaxAnswerSize;
    bool m_started = false;
    bool m_finished = false;
    bool m_retried = false;
    bool m_renewsSession = true;
    bool m_followsRedirects = false;
    bool m_publicApi = false;
};

template<typename Job, typename Value, typename Arg>
void NetworkJob::setResult(const QList<int> &statuses,
                           std::optional<Value> (*read)(const QByteArray &body, QString *why),
                           void (Job::*signal)(Arg))
{
    m_expectedStatuses = statuses;
    m_readResult = [this, read, signal](const HttpAnswer &answer) {
        QString why;
        const std::optional<Value> value = read(answer.body, &why);
        if (!value) {
            failMalformed(answer, why);
            return;
        }
        succeed([this, signal, &value] { emit(static_cast<Job *>(this)->*signal)(*value); });
    };
}

template<typename Job> void NetworkJob::setResult(const QList<int> &statuses, void (Job::*signal)())
{
    m_expectedStatuses = statuses;
    m_readResult = [this, signal](const HttpAnswer &) {
        succeed([this, signal] { emit(static_cast<Job *>(this)->*signal)(); });
    };
}
