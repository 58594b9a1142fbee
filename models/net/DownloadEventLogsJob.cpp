#include "net/DownloadEventLogsJob.h"

#include "net/NetLogging.h"

#include <QNetworkReply>

DownloadEventLogsJob::DownloadEventLogsJob(PimSession *session, const QString &code,
                                           const QString &filePath, qint64 maxBytes,
                                           QObject *parent)
    : EventsRouteJob(session, parent)
    , m_code(code)
    , m_filePath(filePath)
{
    setRoute(Verb::Get, EventsRoutes::debugPath(QStringLiteral("download-event-subscription-logs")),
             EventsRoutes::logsQuery(code));
    setMaxAnswerSize(maxBytes);
    // Any end but a success (failure, cancel, the cap) drops the partial file at once.
    connect(this, &NetworkJob::finished, this, [this] {
        if (m_file) {
            m_file->cancelWriting();
            m_file.reset();
        }
    });
}

DownloadEventLogsJob::~DownloadEventLogsJob()
{
    if (m_file)
        m_file->cancelWriting(); // never commit a partial file
}

QNetworkReply *DownloadEventLogsJob::sendRequest()
{
    // A retry (after signing in again) starts the file over.
    m_file = std::make_unique<QSaveFile>(m_filePath);
    m_written = 0;
    m_writeError.clear();
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return rejectBeforeSending(ApiError::make(ApiError::Kind::Malformed, 0,
                                                  tr("cannot write %1: %2").arg(m_filePath, why)));
    }
    QNetworkRequest request = routeRequest();
    request.setRawHeader("Accept", "text/plain, */*");
    QNetworkReply *reply = sendRoute(request);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { writeAvailable(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, &DownloadEventLogsJob::progress);
    return reply;
}

bool DownloadEventLogsJob::writeAvailable(QNetworkReply *reply)
{
    // Only the success is the file; any other answer stays in the reply for handleAnswer().
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return true;
    return writeBytes(reply->readAll());
}

bool DownloadEventLogsJob::writeBytes(const QByteArray &bytes)
{
    if (!m_file || !m_writeError.isEmpty() || bytes.isEmpty())
        return m_writeError.isEmpty();
    if (m_file->write(bytes) != bytes.size()) {
        m_writeError = m_file->errorString();
        return false;
    }
    m_written += bytes.size();
    return true;
}

void DownloadEventLogsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    writeBytes(answer.body); // what readyRead had not given yet
    if (!m_writeError.isEmpty() || !m_file || !m_file->commit()) {
        const QString why = !m_writeError.isEmpty() ? m_writeError
                            : m_file                ? m_file->errorString()
                                                    : QString();
        m_file.reset();
        fail(ApiError::make(ApiError::Kind::Malformed, 0,
                            tr("cannot write %1: %2").arg(m_filePath, why)));
        return;
    }
    m_file.reset();
    qCInfo(lcPimNet) << describe() << "saved" << m_written << "bytes";
    succeed([this] { emit succeeded(); });
}
