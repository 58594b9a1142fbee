#include "RequestGuard.h"

#include "ErrorResponses.h"
#include "RequestHead.h"
#include "SandboxLog.h"

#include <QTcpSocket>

RequestGuard::RequestGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes,
                           int headerTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_maxBody(maxBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCDebug(lcSandboxHttp, "closing an idle connection");
        m_socket->abort();
        m_socket->deleteLater(); // also when the HTTP server gave up on it after a parse error
    });
    connect(socket, &QTcpSocket::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, this, &RequestGuard::responseWritten);
    m_idle.start();
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(headerTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Headers)
            return;
        reject(408, QString(), QStringLiteral("The request headers were not received in time."),
               0);
    });
}

void RequestGuard::onReadyRead()
{
    m_idle.start();
    switch (m_state) {
    case State::Passthrough:
        m_unmeasuredBytes += m_socket->bytesAvailable();
        if (m_unmeasuredBytes > m_maxBody + MaxHeaderBytes)
            reject(413, m_path,
                   QStringLiteral("The request body is too large: at most %1 bytes are accepted.")
                       .arg(m_maxBody),
                   MaxDiscardBytes);
        return;
    case State::Rejected:
        discard();
        return;
    default:
        // The server reads everything it is given, so what is left unread is what just came.
        inspect(m_socket->peek(m_socket->bytesAvailable()));
    }
}

void RequestGuard::inspect(const QByteArray &fresh)
{
    qsizetype pos = 0;
    while (pos < fresh.size() && (m_state == State::Headers || m_state == State::Body)) {
        if (m_state == State::Body) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, fresh.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            continue;
        }
        const qsizetype before = m_head.size();
        if (before == 0 && !m_headTimer.isActive())
            m_headTimer.start();
        m_head += fresh.mid(pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_head.size() > MaxHeaderBytes)
                reject(431, QString(), QStringLiteral("The request headers are too large."), 0);
            return;
        }
        const qsizetype headLength = end + 4;
        pos += headLength - before;
        const QByteArray head = m_head.left(headLength);
        m_head.clear();
        if (!headersComplete(head))
            return;
    }
}

bool RequestGuard::headersComplete(const QByteArray &head)
{
    m_headTimer.stop();
    const RequestHead request = RequestHead::parse(head);
    m_path = request.path;
    if (!request.error.isEmpty()) {
        reject(400, request.path, request.error, 0);
        return false;
    }
    if (request.framing == RequestHead::Framing::Chunked) {
        m_state = State::Passthrough;
        m_unmeasuredBytes = 0;
        sendContinue(request.expectsContinue);
        return true;
    }
    if (request.contentLength > m_maxBody) {
        reject(413, request.path,
               QStringLiteral("The request body is too large: at most %1 bytes are accepted.")
                   .arg(m_maxBody),
               request.contentLength);
        return false;
    }
    m_bodyRemaining = request.contentLength;
    m_state = request.contentLength > 0 ? State::Body : State::Headers;
    sendContinue(request.expectsContinue && request.contentLength > 0);
    return true;
}

void RequestGuard::sendContinue(bool expected)
{
    if (!expected)
        return;
    static const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n";
    m_interimBytes += interim.size();
    m_socket->write(interim);
}

void RequestGuard::reject(int status, const QString &path, const QString &message,
                          qint64 bodyToDiscard)
{
    qCInfo(lcSandboxHttp, "refused a request before reading it: %d", status);
    m_state = State::Rejected;
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    HttpResponse response = ErrorResponses::forPath(path, status, message);
    response.closeConnection = true;
    m_socket->write(response.serialize());
    // Read the body the client is still sending, so that it sees the answer rather than a reset;
    // past MaxDiscardBytes the connection is simply closed.
    m_discardRemaining = bodyToDiscard <= MaxDiscardBytes ? bodyToDiscard : 0;
    discard();
}

void RequestGuard::responseWritten(qint64 bytes)
{
    const qint64 interim = qMin(bytes, m_interimBytes);
    m_interimBytes -= interim;
    if (bytes == interim)
        return;
    // Qt 6.4's server answers one request at a time: once it has answered, the next bytes begin
    // a new request.
    if (m_state == State::Passthrough) {
        m_state = State::Headers;
        m_unmeasuredBytes = 0;
        m_head.clear();
    }
}

void RequestGuard::discard()
{
    const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
    if (dropped > 0)
        m_discardRemaining -= dropped;
    if (m_discardRemaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}
