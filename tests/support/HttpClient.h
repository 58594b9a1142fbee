#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// Synchronous HTTP for tests that speak to a pim-sandbox over loopback. It waits on each reply
// with QSignalSpy (tests may block; application code never does). Redirects are not followed
// unless asked, so that a test sees each 302. Cookies persist between calls, like a browser's.
struct HttpReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    // The Location header, resolved against the request's URL.
    QUrl location() const;
    QUrl url;
    QJsonValue json() const;
};

class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(const QUrl &base);

    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }
    // Sends X-Requested-With: XMLHttpRequest, as the web UI does (on by default).
    void setXmlHttpRequest(bool on) { m_xhr = on; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void clearCookies();
    QByteArray cookie(const QByteArray &name) const;
    // Replaces the BAPID cookie (to replay an old session id, or forge one).
    void setSessionCookie(const QByteArray &value);

    HttpReply send(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {}, const Headers &headers = {});
    HttpReply get(const QString &pathAndQuery, const Headers &headers = {});
    HttpReply postJson(const QString &path, const QByteArray &json, const Headers &headers = {});
    HttpReply postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                       const Headers &headers = {});
    HttpReply postMultipart(const QString &path, const QString &field, const QString &fileName,
                            const QByteArray &data,
                            const QByteArray &contentType = "application/octet-stream");
    // GET on the Location of a redirect.
    HttpReply follow(const HttpReply &redirect, const Headers &headers = {});

    // The back office's sign-in (docs/pim-api.md §1): the login page, its CSRF token, the form.
    // True when it ends with a 302 that is not back to /user/login.
    bool signIn(const QString &username, const QString &password);
    static QByteArray csrfTokenOf(const QByteArray &loginPage);

    // POST /api/oauth/v1/token with Basic auth and a JSON body.
    HttpReply token(const QString &clientId, const QString &secret, const QByteArray &json);
    // An access token for a password grant, or empty.
    QString accessToken(const QString &clientId, const QString &secret, const QString &username,
                        const QString &password);

    // Writes bytes as they are on a fresh TCP connection and returns what comes back until the
    // server closes it or nothing more arrives for idleMs.
    QByteArray raw(const QByteArray &request, int idleMs = 1500) const;

private:
    QUrl m_base;
    bool m_xhr = true;
    int m_timeoutMs = 20000;
    QNetworkAccessManager m_manager;
};
