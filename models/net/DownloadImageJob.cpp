#include "net/DownloadImageJob.h"

#include "net/PimSession.h"

#include <QCoreApplication>

DownloadImageJob::DownloadImageJob(PimSession *session, const QString &filePath, Filter filter,
                                   QObject *parent)
    : NetworkJob(session, parent)
{
    setFollowsRedirects(true);
    setMaxAnswerSize(MaxImageSize);
    setTransferDeadline();
    setRoute(Verb::Get, pathFor(filePath, filter));
}

QString DownloadImageJob::pathFor(const QString &filePath, Filter filter)
{
    return QStringLiteral("/media/show/") + PimSession::encodeSegment(filePath) +
           (filter == Filter::Thumbnail ? QStringLiteral("/thumbnail")
                                        : QStringLiteral("/preview"));
}

QNetworkReply *DownloadImageJob::sendRequest()
{
    QNetworkRequest request = routeRequest();
    request.setRawHeader("Accept", "image/*");
    return sendRoute(request);
}

void DownloadImageJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    if (answer.body.isEmpty()) {
        failMalformed(answer,
                      QCoreApplication::translate("DownloadImageJob", "the image is empty"));
        return;
    }
    // A page (a login form behind a proxy, an error page) is not an image.
    if (answer.contentType.startsWith("text/html") || answer.isJson()) {
        failMalformed(answer, QCoreApplication::translate("DownloadImageJob",
                                                          "the answer is not an image (%1)")
                                  .arg(QString::fromLatin1(answer.contentType)));
        return;
    }
    const QString type = QString::fromLatin1(answer.contentType.split(';').first().trimmed());
    succeed([this, &answer, &type] { emit succeeded(answer.body, type); });
}
