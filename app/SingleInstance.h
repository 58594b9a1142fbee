#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One window app per user (and settings folder): the first process listens on a local socket (a
// QLocalServer in the user's runtime folder, readable by the user only); a later one hands its
// command line to it and exits, and the first raises its window and opens the PIM named by
// --server. The messages are the arguments as a QDataStream QStringList; the listener answers one
// byte once it took them. Nothing secret goes through (PIM_PASSWORD stays in the later process).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // serverName: a socket path (a test gives its own); see defaultServerName().
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime folder>/pim-connections-<uid>-<hash of the settings folder>: $XDG_RUNTIME_DIR
    // (0700) or the fallback QStandardPaths makes for the user; one per user and settings.
    static QString defaultServerName();

    // Hands the arguments to the process listening, waiting at most timeoutMs for each step
    // (connect, write, answer). True when it took them; false when none listens (or it hangs).
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 3000);

    // Listens for later processes. A socket file left by a process that crashed is removed
    // first (call after sendToRunning() failed). False with *error when it cannot.
    bool listen(QString *error = nullptr);

    QString serverName() const { return m_serverName; }

signals:
    // A later process's arguments (with its program name first).
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();
    void readFrom(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
