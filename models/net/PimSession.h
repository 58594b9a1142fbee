#pragma once

#include "domain/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class SignInJob;

// One user's back-office session on one PIM (docs/pim-api.md §1): its address, the user's
// name and password (held in memory only, given by the caller, never logged nor saved), and
// the session cookie (in the network manager's cookie jar, memory only).
//
// signIn() goes through the back office's sign-in form: GET /user/login, read the hidden
// _csrf_token, POST /user/login-check (form-encoded). Success is a 302 anywhere but
// /user/login; a 302 back to /user/login is ApiError::Kind::SignInRefused ("wrong username
// or password"); a page without the form is Malformed ("not a PIM?"); Network, Timeout and
// Tls say why the PIM could not be reached.
//
// Jobs that find the session over (401, redirect to /user/login) call renewSignIn(): the
// first starts one sign-in, the others wait for it, and each retries its call once.
class PimSession : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    enum class Renewal {
        RetryNow,   // a sign-in happened since the call was sent: repeat it now
        Wait,       // a sign-in is under way: wait for stateChanged()
        Impossible, // no password (or no address) to sign in with
    };

    static constexpr int DefaultJobTimeoutMs = 30000;

    // The overall deadline of one request, by kind of job, on top of the inactivity timeout: an
    // answer that keeps trickling in still ends.
    enum class JobKind {
        Call,     // a route of the PIM's API: a list, details, a save
        Transfer, // an image upload or download
    };
    static constexpr int DefaultCallDeadlineMs = 60000;
    static constexpr int DefaultTransferDeadlineMs = 180000;

    // `network` is not owned; it is normally a PimNetworkAccessManager (see PimClient).
    explicit PimSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    // The network manager made by `makeNetwork` when first needed (the first request): a
    // window that opens from the offline copy does not set up Qt's network stack, about a MiB,
    // before its first frame, nor at all while it stays offline. Not owned either.
    explicit PimSession(std::function<QNetworkAccessManager *()> makeNetwork,
                        QObject *parent = nullptr);
    ~PimSession() override;

    // The address as PimAddress reads it (https by default, plain http only on loopback, a
    // path prefix kept). Changing the address ends the session (the credentials stay).
    // Returns false (and keeps the old address) when PimAddress refuses it, with its message
    // in *error.
    bool setBaseUrl(const QString &text, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    // Base URL + encodedPath ("/rest/connections", segments already percent-encoded).
    QUrl url(const QString &encodedPath, const QUrlQuery &query = QUrlQuery()) const;
    // Percent-encodes one path segment, "/" included ("a/b.png" → "a%2Fb.png").
    static QString encodeSegment(const QString &segment);

    // Changing the user ends the session. The password stays in memory only.
    void setCredentials(const QString &username, const QString &password);
    QString username() const { return m_username; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    void forgetPassword();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Why the last sign-in failed, or SignedOut after signOut(); None when signed in.
    ApiError lastError() const { return m_lastError; }
    // Incremented at every successful sign-in; jobs note it when they send.
    quint64 generation() const { return m_generation; }

    // Made now when it was to be made when first needed.
    QNetworkAccessManager *network() const;
    // The default inactivity timeout of new jobs.
    void setJobTimeout(int milliseconds);
    int jobTimeout() const { return m_jobTimeoutMs; }
    // The overall deadline of the requests of new jobs of this kind (tests shorten it). Zero or
    // less restores the default.
    void setJobDeadline(JobKind kind, int milliseconds);
    int jobDeadline(JobKind kind) const;

    // For jobs: the session answered "signed out" to a call sent at `sentAtGeneration`.
    Renewal renewSignIn(quint64 sentAtGeneration);

public slots:
    // Signs in (again). Does nothing while a sign-in is under way.
    void signIn();
    // Ends the session: tells the PIM (GET /user/logout, best effort), forgets the session
    // cookie and the password (so that no call signs in again by itself).
    void signOut();

signals:
    void signedIn();
    void signInFailed(const ApiError &error);
    // The session ended: signOut(), or it expired and could not be renewed.
    void signedOut();
    void stateChanged(PimSession::State state);

private:
    void endSession();
    void setState(State state);
    void clearCookies();
    void onSignInSucceeded();
    void onSignInFailed(const ApiError &error);

    mutable QNetworkAccessManager *m_network = nullptr; // see network()
    std::function<QNetworkAccessManager *()> m_makeNetwork;
    QPointer<SignInJob> m_signInJob;
    QUrl m_baseUrl;
    QString m_username;
    QString m_password;
    ApiError m_lastError = ApiError::make(ApiError::Kind::SignedOut);
    State m_state = State::SignedOut;
    quint64 m_generation = 0;
    int m_jobTimeoutMs = DefaultJobTimeoutMs;
    int m_callDeadlineMs = DefaultCallDeadlineMs;
    int m_transferDeadlineMs = DefaultTransferDeadlineMs;
    bool m_renewing = false;
};
