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
    // Qt refused the header (a line or the whole too large: Qt 6.4 then keeps the status and
    // drops every header line, Content-Type and Content-Length included).
    bool headerDropped = false;

    bool hasHttpStatus() const { return status > 0; }
    bool isRedirect() const { return status >= 300 && status < 400 && !location.isEmpty(); }
    bool isJson() const { return contentType.contains("json"); }

    // Reads everything; call once the reply has finished. `received`: what was read out of
    // the reply before (readReady()), which comes first in the body.
    static HttpAnswer fromReply(QNetworkReply *reply, const QByteArray &received = QByteArray());

    // How much of an answer Qt may hold before it is read out: with this set, Qt's HTTP thread
    // stops reading the socket until the reply is read, so that an answer without
    // Content-Length (chunked) cannot fill the memory before a size cap is checked.
    static constexpr qint64 ReadBufferSize = 256 * 1024;
    static void limitReadBuffer(QNetworkReply *reply);
};
