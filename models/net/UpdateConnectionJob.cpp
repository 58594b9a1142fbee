#include "net/UpdateConnectionJob.h"

#include "net/PimSession.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

UpdateConnectionJob::UpdateConnectionJob(PimSession *session, const ConnectionUpdate &update,
                                         QObject *parent)
    : NetworkJob(session, parent)
    , m_update(update)
{}

QString UpdateConnectionJob::describe() const
{
    return QStringLiteral("POST /rest/connections/") + m_update.code;
}

QNetworkReply *UpdateConnectionJob::sendRequest()
{
    QNetworkRequest request = backOfficeRequest(QStringLiteral("/rest/connections/") +
                                                PimSession::encodeSegment(m_update.code));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return network()->post(request,
                           QJsonDocument(m_update.toJson()).toJson(QJsonDocument::Compact));
}

void UpdateConnectionJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {204, 200}))
        return;
    succeed([this] { emit succeeded(); });
}
