#include "CliProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

QJsonValue CliProcess::Result::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QJsonValue();
}

CliProcess::CliProcess()
{
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    QDir(m_home.path()).mkpath(QStringLiteral("config"));
    QDir(m_home.path()).mkpath(QStringLiteral("cache"));
}

CliProcess::Result CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("PIM_PASSWORD"));
    if (!m_password.isEmpty())
        environment.insert(QStringLiteral("PIM_PASSWORD"), m_password);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(PIM_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel(); // no terminal, and nothing to read
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    else
        result.exitCode = process.exitCode();
    return result;
}

QString CliProcess::cacheFile() const
{
    return dataHome() + QStringLiteral("/pim-connections/pim-connections/cache.sqlite");
}

QString CliProcess::settingsFile() const
{
    return configHome() + QStringLiteral("/pim-connections/pim-connections.conf");
}
