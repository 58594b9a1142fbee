#pragma once

#include "net/EventsRouteJob.h"
#include "net/NoResultJob.h"

#include <QSaveFile>

#include <memory>

// GET /rest/events-api-debug/download-event-subscription-logs?connection_code={code}
// (docs/pim-api.md §8.7) → the logs as text, oldest first, written to `filePath` as they
// arrive. The file is written atomically (QSaveFile): it appears, whole, only when the answer
// is complete; a failure, a cancel or an answer over `maxBytes` leaves any previous file as it
// was. progress() follows the bytes received (total -1 when the PIM does not say).
// 403 → Forbidden; 404 → Unavailable; a file that cannot be written fails the job (Malformed,
// with the system's reason).
class DownloadEventLogsJob : public EventsRouteJob<NoResultJob>
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    DownloadEventLogsJob(PimSession *session, const QString &code, const QString &filePath,
                         qint64 maxBytes = DefaultMaxBytes, QObject *parent = nullptr);
    ~DownloadEventLogsJob() override;
    QString code() const { return m_code; }
    QString filePath() const { return m_filePath; }
    // The bytes written to the file so far.
    qint64 bytesWritten() const { return m_written; }

signals:
    void progress(qint64 received, qint64 total);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;

private:
    bool writeAvailable(QNetworkReply *reply);
    bool writeBytes(const QByteArray &bytes);

    QString m_code;
    QString m_filePath;
    std::unique_ptr<QSaveFile> m_file;
    QString m_writeError;
    qint64 m_written = 0;
};
