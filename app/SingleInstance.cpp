#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

namespace {
constexpr char Taken = 'k';
constexpr int MaxMessageBytes = 64 * 1024; // a command line, not a file
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // QStandardPaths checks that the runtime folder belongs to the user and is 0700 (or makes a
    // private one under /tmp when XDG_RUNTIME_DIR is unset).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // One per settings folder too: a process with other settings (a test, the benchmark, a
    // throwaway HOME) knows other PIMs and keeps its own window.
    const QByteArray settings =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    const QString profile = QString::fromLatin1(
        QCryptographicHash::hash(settings, QCryptographicHash::Sha256).toHex().left(12));
    return QDir(folder).filePath(
        QStringLiteral("pim-connections-%1-%2").arg(::getuid()).arg(profile));
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    {
        QDataStream stream(&message, QIODevice::WriteOnly);
        stream << arguments;
    }
    QDataStream out(&socket);
    out << message;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    char answer = 0;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.getChar(&answer) && answer == Taken;
}

bool SingleInstance::listen(QString *error)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    if (!m_server->listen(m_serverName) &&
        m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered sendToRunning(): the file is left from a process that ended.
        QLocalServer::removeServer(m_serverName);
        m_server->listen(m_serverName);
    }
    if (!m_server->isListening() && error)
        *error = m_server->errorString();
    return m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxMessageBytes + 4) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.startTransaction();
    QByteArray message;
    in >> message;
    if (!in.commitTransaction())
        return; // the rest comes later
    QStringList arguments;
    QDataStream stream(message);
    stream >> arguments;
    socket->putChar(Taken);
    socket->flush();
    emit argumentsReceived(arguments);
}
