#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

class HttpResponse;
class Router;

// The sandbox's HTTP server. It derives from QAbstractHttpServer rather than using QHttpServer:
// Qt 6.4's QHttpServer has no hook for a request no route matches and answers a wrong method on a
// known path with a bare 404, while a PIM gives a JSON message for every error, a 401
// HTML page for a missing session, and its own status for everything else. Here every request
// goes to our Router, which always answers.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Bodies over this are refused from the headers alone (see RequestGuard).
    static constexpr qint64 HardBodyLimit = 16 * 1024 * 1024;

    // headerTimeoutMs: how long a request may take to send its headers (see RequestGuard).
    HttpServer(const Router &router, int headerTimeoutMs, QObject *parent = nullptr);

    // Returns the port, or 0 with *error set.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);
    // A DeferredResponse's answer, when it comes.
    void writeLater(QTcpSocket *socket, const HttpResponse &placeholder);

    const Router &m_router;
    int m_headerTimeoutMs;
};
