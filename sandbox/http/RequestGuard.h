#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Watches the raw bytes of one connection before QAbstractHttpServer reads them. Qt 6.4's server
// buffers a whole request in memory before handing it over, whatever its Content-Length; this
// guard answers 413 (JSON) as soon as the headers announce a body over the hard limit, and 431
// when the headers themselves never end, or as soon as a chunked body grows past the limit, then
// stops the server from reading that connection. It also answers "Expect: 100-continue", which
// Qt 6.4's server ignores (curl would otherwise wait a second before sending a body).
// Route-specific limits (300 bytes for the token endpoint, docs/pim-api.md §5) are checked later
// by the controllers, in the PIM's order. A Content-Length the guard cannot trust (not a number,
// several that differ, one next to Transfer-Encoding) is answered 400 (RequestHead). A request
// whose headers are not all there headerTimeoutMs after its first byte (a client trickling them
// to hold the connection) is answered 408 and closed. A connection silent for IdleTimeoutMs (a
// request that never completes, a body the HTTP parser refused, a forgotten keep-alive) is
// closed.
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxDiscardBytes = 64 * 1024 * 1024;
    static constexpr int IdleTimeoutMs = 120 * 1000;

    // Connects to socket's readyRead; must be created before the HTTP server connects.
    RequestGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes,
                 int headerTimeoutMs);

private:
    enum class State { Headers, Body, Passthrough, Rejected };

    void onReadyRead();
    void inspect(const QByteArray &fresh);
    // Returns false when the request was refused.
    bool headersComplete(const QByteArray &head);
    void sendContinue(bool expected);
    void reject(int status, const QString &path, const QString &message, qint64 bodyToDiscard);
    void discard();
    void responseWritten(qint64 bytes);

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    qint64 m_maxBody;
    State m_state = State::Headers;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    // Chunked bodies (and anything the guard cannot measure from the headers) are counted as they
    // come, until the server answers.
    qint64 m_unmeasuredBytes = 0;
    QString m_path;
    qint64 m_interimBytes = 0; // our own "100 Continue", not an answer of the server
    qint64 m_discardRemaining = 0;
    QTimer m_idle;
    QTimer m_headTimer; // from a request's first byte to the end of its headers
};
