#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Starts pim-sandbox on a free loopback port for one test and stops it afterwards.
// Tests may block here: this is test set-up, not the application.
class SandboxProcess
{
public:
    struct Options
    {
        QString seed = QStringLiteral("empty"); // "demo" or "empty"
        QString admin = QStringLiteral("admin:admin");
        QString user = QStringLiteral("viewer:viewer"); // a user without the manage right
        int tokenTtlSeconds = 0;                        // 0: the sandbox's default
        QString dataDir;                                // empty: a directory owned by this object
        QStringList extraArguments;
    };

    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts it and waits (up to timeoutMs) for "pim-sandbox listening on http://HOST:PORT".
    // Returns false with errorString() set when it fails to start.
    bool start(const Options &options, int timeoutMs = 15000);
    bool start() { return start(Options()); }
    // Stops it (SIGTERM, then SIGKILL) and waits for the process to end.
    void stop();
    // Restarts on the same data directory, on a new port unless keepPort.
    bool restart(bool keepPort = true, int timeoutMs = 15000);

    QUrl url() const { return m_url; }
    // The process id while it runs (0 otherwise), to pause it with SIGSTOP in a test.
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QString dataDir() const;
    QString errorString() const { return m_error; }
    QByteArray standardError() const;
    static QString executablePath();

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_ownedData;
    Options m_options;
    QUrl m_url;
    QString m_error;
    QByteArray m_stderr;
};
