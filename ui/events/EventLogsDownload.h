#pragma once

#include <QPointer>
#include <QWidget>

struct ApiError;
class FieldMessage;
class QProgressBar;
class QPushButton;
class Workspace;

// "Download logs" (docs/pim-api.md §8.7): asks where to save the .txt file (a QFileDialog opened
// without blocking), then saves every log of the connection there through
// Events::downloadLogs, showing the progress with a Cancel button, and then where it went or
// what failed. Disabled while the subscription is off, as in the PIM's UI.
class EventLogsDownload : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogsDownload(QWidget *parent = nullptr);
    ~EventLogsDownload() override;

    void setWorkspace(Workspace *workspace);
    // The connection whose logs are saved; empty: none (disabled). Cancels a download under way.
    void setCode(const QString &code);
    void setSubscriptionEnabled(bool enabled);

    bool isRunning() const { return m_running; }
    // What it says now ("Logs saved to …", an error).
    QString statusText() const;

public slots:
    // Opens the file dialog; the file chosen is downloadTo()'d.
    void chooseFile();
    // Saves the logs to this file.
    void downloadTo(const QString &filePath);
    void cancel();

signals:
    // The download ended (error None: saved).
    void finished(const ApiError &error);

private:
    void setRunning(bool running);
    void updateButton();

    QPointer<Workspace> m_workspace;
    QPushButton *m_download;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    FieldMessage *m_status;
    QString m_code;
    bool m_subscriptionEnabled = true;
    bool m_running = false;
    quint64 m_generation = 0;
};
