#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a finished QNetworkReply said, copied out of it so that the reply can go and the
// error mapping (ErrorMapping) can be a pure function.
struct HttpAnswer
{
    QUrl url;       // the URL that was asked
    int status = 0; // 0 when no HTTP answer came (network, TLS, timeout)
    QByteArray contentType;
    QUrl location; // the redirect target, resolved against url; empty if none
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;   // Qt's words for a transport failure
    QStringList sslErrors; // the certificate problems seen (PimNetworkAccessManager)

    bool hasHttpStatus() const { return status > 0; }
    bool isRedirect() const { return status >= 300 && status < 400 && !location.isEmpty(); }
    bool isJson() const { return contentType.contains("json"); }

    // Reads everything; call once the reply has finished.
    static HttpAnswer fromReply(QNetworkReply *reply);
};
