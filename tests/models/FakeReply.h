#pragma once

#include "FakeNetworkAccessManager.h"

// The QNetworkReply of FakeNetworkAccessManager: delivers a FakeAnswer from the event loop
// (at once, after a delay, or never), with the statuses, headers, errors and signals of a real
// HTTP reply; abort() behaves as Qt's (OperationCanceledError, finished() at once).
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetworkAccessManager *manager, QNetworkAccessManager::Operation op,
              const QNetworkRequest &request, const FakeAnswer &answer);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    void finishWith(QNetworkReply::NetworkError error, const QString &message);

    FakeNetworkAccessManager *m_manager;
    FakeAnswer m_answer;
    QByteArray m_body;
    qint64 m_offset = 0;
};
