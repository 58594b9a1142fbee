#include "HttpServer.h"

#include "DeferredResponse.h"
#include "ErrorResponses.h"
#include "GuardedTcpServer.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Router.h"
#include "SandboxLog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <exception>

HttpServer::HttpServer(const Router &router, int headerTimeoutMs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_headerTimeoutMs(headerTimeoutMs)
{}

quint16 HttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new GuardedTcpServer(this, HardBodyLimit, m_headerTimeoutMs);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest input = HttpRequest::fromQt(request, socket->localAddress(), socket->localPort());
    HttpResponse response;
    try {
        if (input.body.size() > HardBodyLimit)
            response = ErrorResponses::bodyTooLarge(input.path, HardBodyLimit);
        else
            response = m_router.dispatch(input);
    } catch (const std::exception &e) {
        qCWarning(lcSandboxHttp, "%s %s failed: %s", input.method.constData(),
                  qPrintable(input.path), e.what());
        response = ErrorResponses::internalError(input.path);
    }
    if (input.wantsClose())
        response.closeConnection = true;
    // Method, path and status only: query strings, headers and bodies may hold secrets.
    qCDebug(lcSandboxHttp, "%s %s -> %d", input.method.constData(), qPrintable(input.path),
            response.status);
    if (response.deferred)
        writeLater(socket, response);
    else
        write(request, socket, response);
    return true;
}

void HttpServer::writeLater(QTcpSocket *socket, const HttpResponse &placeholder)
{
    // Written as raw bytes: Qt 6.4's responder keeps a reference to a request object that the
    // server reuses for the connection's next request. The connection goes with the socket.
    const bool withoutBody = placeholder.withoutBody;
    const bool close = placeholder.closeConnection;
    connect(placeholder.deferred, &DeferredResponse::finished, socket,
            [socket, withoutBody, close](HttpResponse response) {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
                response.withoutBody = withoutBody;
                response.closeConnection = response.closeConnection || close;
                socket->write(response.serialize());
                if (response.closeConnection)
                    socket->disconnectFromHost();
            });
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest always answers); kept so that a future change still answers.
    const HttpRequest input = HttpRequest::fromQt(request, socket->localAddress(), socket->localPort());
    write(request, socket, ErrorResponses::notFound(input.method, input.path));
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                       const HttpResponse &response)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const HttpResponse::Header &header : response.wireHeaders())
        responder.writeHeader(header.first, header.second);
    responder.writeBody(response.status == 204 || response.withoutBody ? QByteArray()
                                                                       : response.body);
    if (response.closeConnection)
        socket->disconnectFromHost();
}
