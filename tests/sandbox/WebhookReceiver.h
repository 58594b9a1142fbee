#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// An event subscription endpoint for the tests of docs/pim-api.md §8: a QTcpServer on 127.0.0.1
// that reads each request whole (headers and a Content-Length body), keeps it, and answers with
// the status line it is given ("200 OK"), or closes the connection without answering.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    // "http://127.0.0.1:PORT/path"
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    bool isListening() const { return m_server.isListening(); }
    // The status line of the next answers; empty: close without answering.
    void setStatusLine(const QByteArray &statusLine) { m_statusLine = statusLine; }
    QList<Request> requests() const { return m_requests; }

signals:
    void received();

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);
        if (m_statusLine.isEmpty())
            socket->abort();
        else
            socket->write("HTTP/1.1 " + m_statusLine +
                          "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        emit received();
    }

    QTcpServer m_server;
    QByteArray m_statusLine = "200 OK";
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
