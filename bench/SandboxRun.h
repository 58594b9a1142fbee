#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// A pim-sandbox on loopback for the sync benchmark: started on a free port with an empty
// temporary store (removed when it ends), then filled through its HTTP routes with N
// connections, each with a logo, as a user would (create, upload, update).
class SandboxRun
{
public:
    ~SandboxRun();

    bool start(const QString &program, QString *error);
    bool seed(int connections, QString *error);
    QUrl url() const { return m_url; }
    static QString user() { return QStringLiteral("admin"); }
    static QString password() { return QStringLiteral("admin"); }

private:
    QProcess m_process;
    QUrl m_url;
};
