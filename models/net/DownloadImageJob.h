#pragma once

#include "net/NetworkJob.h"

// GET /media/show/{url-encoded filePath}/thumbnail (or /preview), docs/pim-api.md §2. A real
// PIM answers 302 to /media/cache/...: same-origin redirects are followed (at most
// NetworkJob::MaxRedirects). succeeded() gives the bytes and their content type, not decoded
// (LogoCache decodes off the GUI thread). Answers over MaxImageSize bytes fail (Malformed).
class DownloadImageJob : public NetworkJob
{
    Q_OBJECT

public:
    enum class Filter { Thumbnail, Preview };
    static constexpr qint64 MaxImageSize = 10 * 1024 * 1024;

    DownloadImageJob(PimSession *session, const QString &filePath,
                     Filter filter = Filter::Thumbnail, QObject *parent = nullptr);

    // "/media/show/a%2Fb%2Fc.png/thumbnail"
    static QString pathFor(const QString &filePath, Filter filter);

signals:
    void succeeded(const QByteArray &bytes, const QString &contentType);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
};
