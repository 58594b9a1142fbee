#include "FaultWorker.h"

#include <QFile>
#include <QMutexLocker>
#include <QPointer>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 GiantChunk = 64 * 1024;
constexpr qint64 GiantQueue = 256 * 1024; // written ahead, at most

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// An HTTP message is whole: its head, and its body by Content-Length (a chunked one ends
// with its last chunk). Without either, it ends when the connection closes.
bool isWhole(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = message.left(end);
    if (headerValue(head, "transfer-encoding").toLower() == "chunked")
        return message.endsWith("\r\n0\r\n\r\n");
    const QByteArray length = headerValue(head, "content-length");
    return !length.isEmpty() && message.size() >= end + 4 + length.toLongLong();
}

// The head's lines without `names` (lower case), then `added`, then the rest as it is.
QByteArray rewriteHead(const QByteArray &message, const QList<QByteArray> &names,
                       const QByteArray &added)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        return message;
    QByteArray head;
    for (const QByteArray &line : message.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && names.contains(line.left(colon).trimmed().toLower()))
            continue;
        head += line.trimmed() + "\r\n";
    }
    return head + added + "\r\n" + message.mid(end + 4);
}

} // namespace

FaultWorker::FaultWorker(const QUrl &upstream)
    : m_upstream(upstream)
{
    m_elsewhere.setParent(this); // moves to the worker's thread with it
    connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_elsewhere.nextPendingConnection()) {
            ++m_elsewhereCount;
            socket->close();
            socket->deleteLater();
        }
    });
}

bool FaultWorker::begin(bool tls, QString *error)
{
    m_tls = tls;
    if (tls && !makeCertificate(error))
        return false;
    if (!listen(QHostAddress::LocalHost, 0) || !m_elsewhere.listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    m_port = serverPort();
    return true;
}

void FaultWorker::stop()
{
    close();
    m_elsewhere.close();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

QUrl FaultWorker::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port.load()));
}

bool FaultWorker::makeCertificate(QString *error)
{
    // A test-only key, made for this run and gone with it.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: ") +
                 QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    if (!key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the certificate files cannot be read");
        return false;
    }
    m_key = QSslKey(key.readAll(), QSsl::Ec);
    m_certificate = QSslCertificate(cert.readAll());
    return !m_key.isNull() && !m_certificate.isNull();
}

void FaultWorker::setFault(FaultServer::Fault fault, const QRegularExpression &path)
{
    const QMutexLocker lock(&m_mutex);
    m_fault = fault;
    m_path = path;
    m_served = 0;
    m_giantWritten = 0;
    m_elsewhereCount = 0;
}

FaultServer::Fault FaultWorker::faultFor(const QByteArray &path)
{
    const QMutexLocker lock(&m_mutex);
    if (m_fault == FaultServer::Fault::None || !m_path.match(QString::fromLatin1(path)).hasMatch())
        return FaultServer::Fault::None;
    const FaultServer::Fault fault = m_fault;
    if (fault == FaultServer::Fault::UnauthorizedOnce)
        m_fault = FaultServer::Fault::None;
    return fault;
}

void FaultWorker::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, buffer] { onData(socket, buffer.get()); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FaultWorker::onData(QTcpSocket *socket, QByteArray *buffer)
{
    if (socket->property("handled").toBool()) {
        socket->readAll(); // one request per connection: every answer closes it
        return;
    }
    buffer->append(socket->readAll());
    if (!isWhole(*buffer) && !(buffer->contains("\r\n\r\n") &&
                               headerValue(buffer->left(buffer->indexOf("\r\n\r\n")),
                                           "content-length")
                                   .isEmpty()))
        return;
    socket->setProperty("handled", true);
    const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    handle(socket, *buffer, parts.value(1));
    buffer->clear();
}

void FaultWorker::handle(QTcpSocket *socket, const QByteArray &request, const QByteArray &path)
{
    const FaultServer::Fault fault = faultFor(path);
    if (fault == FaultServer::Fault::None) {
        passOn(socket, request);
        return;
    }
    ++m_served;
    serveFault(socket, fault);
}

void FaultWorker::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                         const QByteArray &contentType, const QByteArray &body,
                         const QByteArray &extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: " + contentType +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    socket->disconnectFromHost(); // once written
}

void FaultWorker::serveFault(QTcpSocket *socket, FaultServer::Fault fault)
{
    using Fault = FaultServer::Fault;
    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=UTF-8";
    switch (fault) {
    case Fault::None:
    case Fault::Silence:
        return; // the connection stays open, and nothing comes
    case Fault::Trickle:
        trickle(socket);
        return;
    case Fault::Html500:
        answer(socket, 500, "Internal Server Error", html,
               "<!DOCTYPE html><html><body><h1>Oops! An Error Occurred</h1></body></html>");
        return;
    case Fault::UnauthorizedOnce:
    case Fault::UnauthorizedAlways:
        answer(socket, 401, "Unauthorized", json, R"({"message":"Unauthorized"})");
        return;
    case Fault::Forbidden:
        answer(socket, 403, "Forbidden", json, R"({"message":"Access Denied."})");
        return;
    case Fault::NotFound:
        answer(socket, 404, "Not Found", json, R"({"message":"Not Found"})");
        return;
    case Fault::Unprocessable:
        answer(socket, 422, "Unprocessable Entity", json,
               R"({"errors":[{"name":"label","reason":)"
               R"("akeneo_connectivity.connection.connection.constraint.label.required"}],)"
               R"("message":"akeneo_connectivity.connection.constraint_violation_list_exception"})");
        return;
    case Fault::MalformedJson:
        answer(socket, 200, "OK", json, R"({"code":"fault","label":])");
        return;
    case Fault::TruncatedBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "400\r\nConnection: close\r\n\r\n{\"code\":\"fault\",\"label\":\"Cut");
        socket->disconnectFromHost();
        return;
    case Fault::HtmlForJson:
        answer(socket, 200, "OK", html,
               "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
               "<body>Back soon.</body></html>");
        return;
    case Fault::WrongShape:
        answer(socket, 200, "OK", json, R"([{"unexpected":true}])");
        return;
    case Fault::ChunkedGiant:
        sendGiant(socket);
        return;
    case Fault::HeaderGiant:
        answer(socket, 200, "OK", json, "{}",
               "X-Filler: " + QByteArray(1 << 20, 'a') + "\r\n");
        return;
    case Fault::Reset:
        socket->abort();
        return;
    case Fault::RedirectElsewhere:
        answer(socket, 302, "Found", json, "{}",
               "Location: http://127.0.0.1:" + QByteArray::number(m_elsewhere.serverPort()) +
                   "/rest/connections\r\n");
        return;
    }
}

void FaultWorker::trickle(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  "1000000\r\nConnection: close\r\n\r\n[");
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
    timer->start(50);
}

void FaultWorker::sendGiant(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    const QByteArray chunk = QByteArray::number(GiantChunk, 16) + "\r\n" +
                             QByteArray(GiantChunk, ' ') + "\r\n";
    auto queued = std::make_shared<qint64>(0);
    auto refill = [this, socket, chunk, queued] {
        while (socket->bytesToWrite() < GiantQueue && *queued < FaultServer::GiantSize) {
            socket->write(chunk);
            *queued += GiantChunk;
        }
        if (*queued >= FaultServer::GiantSize && socket->property("giantEnd").isNull()) {
            socket->setProperty("giantEnd", true);
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, [this, refill, queued](qint64 written) {
        m_giantWritten += written;
        if (*queued > 0)
            refill();
    });
    if (!m_giantHeld) {
        refill();
        return;
    }
    // Held: the body starts once released (FaultServer::holdGiant()).
    auto *poll = new QTimer(socket);
    connect(poll, &QTimer::timeout, socket, [this, poll, refill] {
        if (m_giantHeld)
            return;
        poll->deleteLater();
        refill();
    });
    poll->start(10);
}

void FaultWorker::passOn(QTcpSocket *client, const QByteArray &request)
{
    const QByteArray upstreamHost =
        m_upstream.host().toLatin1() + ':' + QByteArray::number(m_upstream.port());
    const QByteArray sent = rewriteHead(request, {"connection", "host", "keep-alive"},
                                        "Host: " + upstreamHost + "\r\nConnection: close\r\n");
    auto *upstream = new QTcpSocket(client);
    auto response = std::make_shared<QByteArray>();
    // The client's deletion deletes the upstream socket, whose destructor still emits
    // disconnected(): by then the client is half destroyed (its QPointer already null).
    const QPointer<QTcpSocket> alive(client);
    auto relay = [this, alive, client, upstream, response] {
        if (!alive || upstream->property("relayed").toBool())
            return;
        upstream->setProperty("relayed", true);
        // Answers that name the upstream (a redirect) name the proxy instead.
        const QByteArray from = "http://" + m_upstream.host().toLatin1() + ':' +
                                QByteArray::number(m_upstream.port());
        const QByteArray to = url().toString().toLatin1();
        QByteArray out = rewriteHead(*response, {"connection"}, "Connection: close\r\n");
        const qsizetype end = out.indexOf("\r\n\r\n");
        out = out.left(end).replace(from, to) + out.mid(end);
        client->write(out);
        client->disconnectFromHost();
        upstream->abort();
        QMutexLocker locker(&m_mutex);
        m_passedOn += out;
    };
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, sent] { upstream->write(sent); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, response, relay] {
        response->append(upstream->readAll());
        if (isWhole(*response))
            relay();
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, relay);
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [relay, response, alive] {
        if (!alive)
            return;
        if (response->isEmpty())
            alive->abort();
        else
            relay();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}
