#include "GuardedTcpServer.h"

#include "RequestGuard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(QObject *httpServer, qint64 maxBodyBytes, int headerTimeoutMs)
    : m_httpServer(httpServer)
    , m_maxBody(maxBodyBytes)
    , m_headerTimeoutMs(headerTimeoutMs)
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected first, so it sees each chunk before the HTTP server reads it.
    new RequestGuard(socket, m_httpServer, m_maxBody, m_headerTimeoutMs);
    addPendingConnection(socket);
}
