#pragma once

#include <QString>
#include <QUrl>

class RequestLog;

// The baseline of the sync benchmark: a bare QNetworkAccessManager client making the requests
// of a full refresh with the most parallelism docs/pim-api.md allows: sign in (the login page,
// then its form: two requests that depend on each other), then the list with the wrong
// credentials and the limit at once, then each connection and each logo at once.
// Nothing is parsed beyond what the next request needs, nothing is stored or decoded.
struct BareSyncResult
{
    double ms = 0;
    int connections = 0;
    int logos = 0;
    QString error;
};

BareSyncResult runBareSync(const QUrl &base, const QString &user, const QString &password,
                           bool getEachConnection, RequestLog *log);

// Signs in a QNetworkAccessManager the bare way (docs/pim-api.md §1); used by the seeding too.
class QNetworkAccessManager;
QString bareSignIn(QNetworkAccessManager *network, const QUrl &base, const QString &user,
                   const QString &password);
// One request, waited for in a local event loop (for seeding and sign-in only).
struct BareAnswer
{
    int status = 0;
    QByteArray body;
    QString error;
};
class QNetworkRequest;
BareAnswer bareWait(QNetworkAccessManager *network, const QByteArray &verb,
                    const QNetworkRequest &request, const QByteArray &body = QByteArray());
QNetworkRequest bareRequest(const QUrl &base, const QString &pathAndQuery);
