#include "net/UploadImageJob.h"

#include "domain/ConnectionRules.h"
#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

ApiError refusal(const QString &why)
{
    ApiError error = ApiError::make(ApiError::Kind::Validation, 0, why);
    error.fieldErrors.append(FieldError{QStringLiteral("image"), why});
    return error;
}

// {"originalFilename","filePath"}: the file path must be there, and not empty.
std::optional<UploadedImage> readUploadedImage(const QByteArray &body, QString *why)
{
    QJsonValue root;
    UploadedImage image;
    if (!JsonRead::parse(body, &root, why) ||
        !JsonRead::requiredString(root.toObject(), QStringLiteral("filePath"), &image.filePath,
                                  why) ||
        !JsonRead::optionalString(root.toObject(), QStringLiteral("originalFilename"),
                                  &image.originalFilename, why))
        return std::nullopt;
    if (image.filePath.isEmpty()) {
        JsonRead::setError(
            why, QCoreApplication::translate("UploadImageJob", "the PIM gave an empty file path"));
        return std::nullopt;
    }
    return image;
}

} // namespace

UploadImageJob::UploadImageJob(PimSession *session, const QString &localFile, QObject *parent)
    : NetworkJob(session, parent)
    , m_localFile(localFile)
{
    setRoute(Verb::Post, QStringLiteral("/image-media"));
    setTransferDeadline();
    setResult({200, 201}, &readUploadedImage, &UploadImageJob::succeeded);
}

QByteArray UploadImageJob::contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("jpg"), "image/jpeg"},          {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("png"), "image/png"},           {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},         {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("wbmp"), "image/vnd.wap.wbmp"}, {QStringLiteral("xbm"), "image/x-xbitmap"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

QNetworkReply *UploadImageJob::sendRequest()
{
    const QFileInfo info(m_localFile);
    if (!ConnectionRules::isAcceptedImageFile(info.fileName())) {
        return rejectBeforeSending(refusal(
            tr("This file cannot be used as an image (%1). Accepted files: %2.")
                .arg(info.fileName(),
                     ConnectionRules::acceptedImageExtensions().join(QStringLiteral(", ")))));
    }
    auto file = std::make_unique<QFile>(m_localFile);
    if (!info.isFile() || !file->open(QIODevice::ReadOnly)) {
        return rejectBeforeSending(
            refusal(tr("The file %1 cannot be read: %2")
                        .arg(info.fileName(),
                             info.isFile() ? file->errorString() : tr("it does not exist"))));
    }

    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    // The file name as browsers send it: raw UTF-8, without quotes or line breaks.
    QByteArray name = info.fileName().toUtf8();
    name.replace('"', '_').replace('\r', '_').replace('\n', '_');
    part.setRawHeader("Content-Disposition",
                      QByteArrayLiteral("form-data; name=\"file\"; filename=\"") + name + '"');
    part.setHeader(QNetworkRequest::ContentTypeHeader, contentTypeFor(info.fileName()));
    part.setBodyDevice(file.get());
    file.release()->setParent(multiPart);
    multiPart->append(part);

    QNetworkReply *reply = network()->post(routeRequest(), multiPart);
    multiPart->setParent(reply); // lives as long as the upload
    return reply;
}
