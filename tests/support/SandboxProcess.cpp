#include "SandboxProcess.h"

#include <QElapsedTimer>

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    const QByteArray overridden = qgetenv("PIM_SANDBOX");
    return overridden.isEmpty() ? QStringLiteral(PIM_SANDBOX_PATH)
                                : QString::fromLocal8Bit(overridden);
}

QString SandboxProcess::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_ownedData ? m_ownedData->path() : QString();
}

bool SandboxProcess::start(const Options &options, int timeoutMs)
{
    stop();
    m_options = options;
    if (m_options.dataDir.isEmpty() && !m_ownedData) {
        m_ownedData = std::make_unique<QTemporaryDir>();
        if (!m_ownedData->isValid()) {
            m_error = QStringLiteral("cannot create a temporary data directory");
            return false;
        }
    }
    m_url = QUrl();
    return restart(false, timeoutMs);
}

bool SandboxProcess::restart(bool keepPort, int timeoutMs)
{
    const int port = keepPort && m_url.isValid() ? m_url.port() : 0;
    stop();
    QStringList arguments = {QStringLiteral("--port"),  QString::number(port),
                             QStringLiteral("--host"),  QStringLiteral("127.0.0.1"),
                             QStringLiteral("--data"),  dataDir(),
                             QStringLiteral("--seed"),  m_options.seed,
                             QStringLiteral("--admin"), m_options.admin};
    if (!m_options.user.isEmpty())
        arguments << QStringLiteral("--user") << m_options.user;
    if (m_options.tokenTtlSeconds > 0)
        arguments << QStringLiteral("--token-ttl") << QString::number(m_options.tokenTtlSeconds);
    arguments << m_options.extraArguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(executablePath(), arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("pim-sandbox did not start: ") + m_process->errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    const QByteArray prefix = "pim-sandbox listening on ";
    while (timer.elapsed() < timeoutMs) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(200)) {
            out += m_process->readLine();
            if (out.endsWith('\n')) {
                const QByteArray line = out.trimmed();
                if (!line.startsWith(prefix)) {
                    m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(line);
                    return false;
                }
                m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
                return m_url.isValid();
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_stderr += m_process->readAllStandardError();
            m_error = QStringLiteral("pim-sandbox exited: ") + QString::fromUtf8(m_stderr);
            return false;
        }
    }
    m_error = QStringLiteral("pim-sandbox did not say it was listening in time");
    return false;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

QByteArray SandboxProcess::standardError() const
{
    QByteArray all = m_stderr;
    if (m_process)
        all += m_process->readAllStandardError();
    return all;
}
