#include "RequestGuard.h"

#include "ErrorResponses.h"
#include "SandboxLog.h"

#include <QTcpSocket>

RequestGuard::RequestGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes)
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
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    if (question >= 0)
        target.truncate(question);
    const QString path = QString::fromLatin1(target);
    m_path = path;
    qint64 contentLength = 0;
    bool expectsContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "expect" && value.toLower() == "100-continue")
            expectsContinue = requestLine.value(2) == "HTTP/1.1";
        if (name == "transfer-encoding") {
            // Chunked: the size is known only as the chunks come.
            m_state = State::Passthrough;
            m_unmeasuredBytes = 0;
            continue;
        }
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                m_state = State::Passthrough; // the HTTP parser deals with it
                m_unmeasuredBytes = 0;
                contentLength = 0;
            }
        }
    }
    if (m_state == State::Passthrough) {
        sendContinue(expectsContinue);
        return true;
    }
    if (contentLength > m_maxBody) {
        reject(413, path,
               QStringLiteral("The request body is too large: at most %1 bytes are accepted.")
                   .arg(m_maxBody),
               contentLength);
        return false;
    }
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Headers;
    sendContinue(expectsContinue && contentLength > 0);
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
