#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// Runs pim-connections-cli for a test, with a throwaway HOME and XDG folders (so its settings,
// its list of PIMs and its cache are private), no terminal (stdin closed), and the password
// given through PIM_PASSWORD. Tests may block here.
class CliProcess
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool crashed = false;
        QJsonValue json() const;
    };

    CliProcess();
    bool isValid() const { return m_home.isValid(); }

    // Empty: no PIM_PASSWORD at all.
    void setPassword(const QString &password) { m_password = password; }
    Result run(const QStringList &arguments, int timeoutMs = 60000) const;
    // Another program with the same environment (a shell that completes the CLI's commands).
    Result runProgram(const QString &program, const QStringList &arguments,
                      int timeoutMs = 60000) const;
    // Runs it in a pseudo-terminal (standard input, output and error), as a person would: each
    // time the output ends with a prompt (": " or "] "), types the next answer and Enter. The
    // terminal's output (echo included) is in `out`.
    Result runInTerminal(const QStringList &arguments, QStringList answers,
                         int timeoutMs = 60000) const;

    QString home() const { return m_home.path(); }
    QString dataHome() const { return m_home.path() + QStringLiteral("/data"); }
    QString configHome() const { return m_home.path() + QStringLiteral("/config"); }
    // The app's cache file (and its -wal and -shm companions).
    QString cacheFile() const;
    QString settingsFile() const;

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    QString m_password;
};

// Fails the test unless the CLI ended normally with `code`, showing what it printed.
#define CLI_EXPECT(result, code)                                                                   \
    do {                                                                                           \
        QVERIFY2(!(result).crashed, QByteArray((result).err + (result).out).constData());          \
        QVERIFY2((result).exitCode == (code),                                                      \
                 qPrintable(                                                                       \
                     QStringLiteral("exit %1, expected %2; stderr: %3; stdout: %4")                \
                         .arg((result).exitCode)                                                   \
                         .arg(code)                                                                \
                         .arg(QString::fromUtf8((result).err), QString::fromUtf8((result).out)))); \
    } while (false)
