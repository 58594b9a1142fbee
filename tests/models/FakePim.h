#pragma once

#include "FakeNetworkAccessManager.h"

#include <QHash>
#include <QSet>

// The back office's sign-in and session rules (docs/pim-api.md §1) on top of a
// FakeNetworkAccessManager: GET /user/login sets an anonymous BAPID cookie and shows a form
// with a CSRF token; POST /user/login-check checks cookie, token and credentials, then
// answers 302 to "/" with an authenticated cookie, or 302 back to /user/login.
// protect() answers a route only for an authenticated cookie, else 401 with the login page
// (or a 302 to /user/login when redirectWhenSignedOut).
class FakePim
{
public:
    explicit FakePim(FakeNetworkAccessManager *network, const QString &prefix = QString());

    QString username = QStringLiteral("admin");
    QString password = QStringLiteral("s3cret+&=é");
    bool redirectWhenSignedOut = false;

    void protect(const QByteArray &method, const QString &path, const FakeAnswer &answer);
    void protect(const QByteArray &method, const QString &path,
                 FakeNetworkAccessManager::Handler handler);
    // Every session so far is over (as after 3600 s idle).
    void expireSessions() { m_valid.clear(); }
    bool isAuthenticated(const RecordedRequest &request) const;

    int loginPages() const { return m_loginPages; }
    int loginChecks() const { return m_loginChecks; }
    int successfulSignIns() const { return m_signIns; }

    static QByteArray loginPage(const QByteArray &token);

private:
    static QByteArray cookieValue(const RecordedRequest &request);
    FakeAnswer signedOutAnswer() const;

    FakeNetworkAccessManager *m_network;
    QString m_prefix;
    QHash<QByteArray, QByteArray> m_tokens; // anonymous session → its CSRF token
    QSet<QByteArray> m_valid;               // authenticated sessions
    int m_next = 0;
    int m_loginPages = 0;
    int m_loginChecks = 0;
    int m_signIns = 0;
};
