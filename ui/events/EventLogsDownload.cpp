#include "events/EventLogsDownload.h"

#include "domain/ApiError.h"
#include "widgets/FieldMessage.h"
#include "workspace/Events.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

EventLogsDownload::EventLogsDownload(QWidget *parent)
    : QWidget(parent)
    , m_download(new QPushButton(tr("Download logs"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new FieldMessage(this))
{
    m_download->setObjectName(QStringLiteral("downloadLogs"));
    m_download->setAccessibleName(tr("Download the event logs"));
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_status->setObjectName(QStringLiteral("downloadStatus"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_download);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_status, 1);
    row->addStretch(0);
    connect(m_download, &QPushButton::clicked, this, &EventLogsDownload::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &EventLogsDownload::cancel);
    setRunning(false);
}

EventLogsDownload::~EventLogsDownload()
{
    if (m_running && m_workspace)
        m_workspace->events()->cancelDownload();
}

void EventLogsDownload::setWorkspace(Workspace *workspace)
{
    setCode(QString());
    m_workspace = workspace;
    updateButton();
}

void EventLogsDownload::setCode(const QString &code)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_code = code;
    m_status->clearMessage();
    setRunning(false);
}

void EventLogsDownload::setSubscriptionEnabled(bool enabled)
{
    m_subscriptionEnabled = enabled;
    updateButton();
}

QString EventLogsDownload::statusText() const
{
    return m_status->message();
}

void EventLogsDownload::chooseFile()
{
    if (!m_download->isEnabled())
        return;
    // The PIM's name for the file (docs/pim-api.md §8.7), in the user's documents.
    const QString name =
        QStringLiteral("events_api_logs_%1.txt")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save the event logs"), QDir(folder).filePath(name),
                                   tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("downloadFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &EventLogsDownload::downloadTo);
    dialog->open();
}

void EventLogsDownload::downloadTo(const QString &filePath)
{
    if (!m_workspace || m_code.isEmpty() || m_running || filePath.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_status->setMessage(Theme::Tone::Info, tr("Downloading the logs…"));
    m_progress->setRange(0, 0); // busy until the size is known
    setRunning(true);
    const QString shown = QDir::toNativeSeparators(filePath);
    m_workspace->events()->downloadLogs(
        m_code, filePath, this,
        [this, generation](qint64 received, qint64 total) {
            if (generation != m_generation)
                return;
            if (total > 0) {
                // In kilobytes: a QProgressBar counts in int.
                m_progress->setRange(0, int(qMax<qint64>(1, total / 1024)));
                m_progress->setValue(int(qMin(received, total) / 1024));
            }
        },
        [this, generation, shown](const ApiError &error) {
            if (generation != m_generation)
                return;
            setRunning(false);
            if (error.kind == ApiError::Kind::Cancelled)
                m_status->setMessage(Theme::Tone::Neutral, tr("Download cancelled."));
            else if (error.isError())
                m_status->setMessage(Theme::Tone::Negative, error.message());
            else
                m_status->setMessage(Theme::Tone::Positive, tr("Logs saved to %1").arg(shown));
            emit finished(error);
        });
}

void EventLogsDownload::cancel()
{
    if (m_running && m_workspace)
        m_workspace->events()->cancelDownload(); // answered Cancelled
}

void EventLogsDownload::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    updateButton();
}

void EventLogsDownload::updateButton()
{
    const bool canWrite = m_workspace && m_workspace->canWrite();
    m_download->setEnabled(canWrite && !m_code.isEmpty() && !m_running && m_subscriptionEnabled);
    m_download->setToolTip(!m_workspace || canWrite ? QString()
                                                    : m_workspace->writeDisabledReason());
}
