#pragma once

#include "net/NetworkJob.h"

#include <QMetaType>

// What POST /image-media answers (docs/pim-api.md §2).
struct UploadedImage
{
    QString originalFilename; // "magento.png"
    QString filePath;         // "a/b/c/d/<sha1>_magento.png": put it in ConnectionUpdate::image
    bool operator==(const UploadedImage &) const = default;
};
Q_DECLARE_METATYPE(UploadedImage)

// POST /image-media, multipart with the field "file" (docs/pim-api.md §2). The file is
// streamed from disk by the network manager (QHttpMultiPart over a QFile), never read whole
// on the GUI thread. A file whose extension docs/pim-api.md §3 does not accept, or that cannot be
// opened, is refused before anything is sent (Validation, from the event loop).
// 400 {"":{"message":...}} → Validation with that message; 413 → Validation (too large).
class UploadImageJob : public NetworkJob
{
    Q_OBJECT

public:
    UploadImageJob(PimSession *session, const QString &localFile, QObject *parent = nullptr);

    // "image/png" for "logo.PNG"; application/octet-stream when unknown.
    static QByteArray contentTypeFor(const QString &fileName);

signals:
    void succeeded(const UploadedImage &image);

protected:
    QNetworkReply *sendRequest() override;

private:
    QString m_localFile;
};
