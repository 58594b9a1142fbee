#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

// The network access manager every call to a PIM goes through. The one place where what
// each request carries is decided (Nextcloud's AccessManager, in spirit):
//  - back-office calls get "X-Requested-With: XMLHttpRequest" (docs/pim-api.md §1.3) and the
//    session cookie from the cookie jar (memory only: QNetworkCookieJar, never saved);
//  - public API calls (marked with PublicApiAttribute, docs/pim-api.md §5) get neither;
//  - every request has a transfer timeout (transferTimeout(), 30 s by default);
//  - redirects are never followed by Qt: a job follows them itself (see redirectKind()) so
//    that a redirect to /user/login is seen as "signed out" (docs/pim-api.md §1.4), and only
//    same-origin redirects are followed (the thumbnail's 302 to /media/cache/..., docs/pim-api.md §2);
//  - TLS errors are never ignored: they are recorded on the reply (sslErrorsProperty) and
//    the reply fails; the jobs report them as ApiError::Kind::Tls.
class PimNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    // Set to true on a request to the public API (OAuth token, /api/rest/v1): no cookie,
    // no X-Requested-With.
    static constexpr QNetworkRequest::Attribute PublicApiAttribute =
        QNetworkRequest::Attribute(QNetworkRequest::User + 1);
    // The dynamic property of a reply that holds the TLS problems (QStringList) seen on it.
    static constexpr char sslErrorsProperty[] = "pimSslErrors";
    static constexpr int DefaultTransferTimeoutMs = 30000;

    enum class RedirectKind {
        Follow,    // same origin: follow it
        SignedOut, // to /user/login: the session is over (docs/pim-api.md §1.4)
        Refuse,    // to another origin (or scheme): do not follow
    };
    Q_ENUM(RedirectKind)

    explicit PimNetworkAccessManager(QObject *parent = nullptr);

    // Applies to requests that do not set their own transfer timeout. Zero or less restores
    // the default (a request always has a timeout).
    void setDefaultTransferTimeout(int milliseconds);
    int defaultTransferTimeout() const { return m_transferTimeoutMs; }

    // What a request becomes before it is sent: headers, timeout, redirect policy, cookies.
    QNetworkRequest prepareRequest(const QNetworkRequest &request) const;

    // How to treat a redirect from `from` to `target` (resolved against `from`). A redirect to
    // /user/login on the same host is "signed out" whatever its scheme and port: behind a
    // TLS-terminating proxy, Symfony often writes absolute http:// locations. Only same-origin
    // redirects are followed.
    static RedirectKind redirectKind(const QUrl &from, const QUrl &target);
    static bool isLoginPath(const QString &path);
    static bool sameOrigin(const QUrl &a, const QUrl &b);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    void recordSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};
