#pragma once

#include "FaultServer.h"

#include <QByteArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <atomic>

class QTcpSocket;

// The part of FaultServer that lives in its thread: the listening socket, the connections, the
// faults. Only setFault() and the counters are called from other threads.
class FaultWorker : public QTcpServer
{
public:
    explicit FaultWorker(const QUrl &upstream);

    bool begin(bool tls, QString *error);
    void stop();
    QUrl url() const;

    void setFault(FaultServer::Fault fault, const QRegularExpression &path);
    int faultsServed() const { return m_served; }
    qint64 giantBytesWritten() const { return m_giantWritten; }
    int elsewhereConnections() const { return m_elsewhereCount; }
    QByteArray passedOnAnswers() const
    {
        QMutexLocker locker(&m_mutex);
        return m_passedOn;
    }
    void holdGiant(bool held) { m_giantHeld = held; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool makeCertificate(QString *error);
    void onData(QTcpSocket *socket, QByteArray *buffer);
    void handle(QTcpSocket *socket, const QByteArray &request, const QByteArray &path);
    // The fault for this path, if any (and "401 once" turns itself off).
    FaultServer::Fault faultFor(const QByteArray &path);
    void serveFault(QTcpSocket *socket, FaultServer::Fault fault);
    void passOn(QTcpSocket *client, const QByteArray &request);
    void trickle(QTcpSocket *socket);
    void sendGiant(QTcpSocket *socket);
    // Writes a whole answer and closes the connection once it is written.
    static void answer(QTcpSocket *socket, int status, const QByteArray &reason,
                       const QByteArray &contentType, const QByteArray &body,
                       const QByteArray &extraHeaders = QByteArray());

    QUrl m_upstream;
    QTcpServer m_elsewhere; // the other origin of RedirectElsewhere
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    std::atomic<quint16> m_port{0};

    mutable QMutex m_mutex; // guards the fault and its pattern
    FaultServer::Fault m_fault = FaultServer::Fault::None;
    QRegularExpression m_path;

    std::atomic<int> m_served{0};
    std::atomic<qint64> m_giantWritten{0};
    std::atomic<int> m_elsewhereCount{0};
    QByteArray m_passedOn; // guarded by m_mutex: the answers passed on, as written to clients
    std::atomic<bool> m_giantHeld{false};
};
