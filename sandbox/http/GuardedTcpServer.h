#pragma once

#include <QTcpServer>

// A QTcpServer that puts a RequestGuard on every connection before QAbstractHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(QObject *httpServer, qint64 maxBodyBytes, int headerTimeoutMs);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QObject *m_httpServer;
    qint64 m_maxBody;
    int m_headerTimeoutMs;
};
