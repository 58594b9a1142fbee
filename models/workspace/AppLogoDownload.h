#pragma once

#include "domain/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One download of a connected App's logo (docs/pim-api.md §11.2: an absolute URL on another
// server). A plain request: no cookie is sent or kept, no header of the PIM's back office; TLS
// errors are never ignored (they fail the download as ApiError::Kind::Tls). It stops after
// `timeout` without data, or once more than `maxBytes` have come; it follows at most three
// redirects, never from https to http; it ends at its deadline whatever comes.
//
// Emits finished() once, from the event loop (never from inside start()), then deletes itself.
// Deleting it before aborts the download and emits nothing.
class AppLogoDownload : public QObject
{
    Q_OBJECT

public:
    AppLogoDownload(QNetworkAccessManager *network, const QUrl &url, int timeoutMs, qint64 maxBytes,
                    QObject *parent = nullptr);
    ~AppLogoDownload() override;

    void start();
    // The overall deadline of the download (redirects included), however steadily the bytes
    // trickle in; call before start().
    static constexpr int DefaultDeadlineMs = 180000;
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

signals:
    // `bytes` when `error` is none.
    void finished(const ApiError &error, const QByteArray &bytes);

private:
    void get(const QUrl &url);
    void onReadyRead();
    void onFinished();
    void finish(const ApiError &error);
    void dropReply();
    ApiError failure(ApiError::Kind kind, const QString &detail) const;
    bool tooLarge(qint64 size) const { return size > m_maxBytes; }

    QNetworkAccessManager *m_network;
    QUrl m_url; // as asked (messages name it)
    int m_timeoutMs;
    qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_bytes;
    QTimer m_timer;
    QTimer m_deadline;
    int m_deadlineMs = DefaultDeadlineMs;
    int m_redirects = 0;
    bool m_done = false;
};
