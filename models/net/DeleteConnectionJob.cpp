#include "net/DeleteConnectionJob.h"

#include "net/PimSession.h"

#include <QNetworkAccessManager>

DeleteConnectionJob::DeleteConnectionJob(PimSession *session, const QString &code, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{}

QString DeleteConnectionJob::describe() const
{
    return QStringLiteral("DELETE /rest/connections/") + m_code;
}

QNetworkReply *DeleteConnectionJob::sendRequest()
{
    return network()->deleteResource(backOfficeRequest(QStringLiteral("/rest/connections/") +
                                                       PimSession::encodeSegment(m_code)));
}

void DeleteConnectionJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {204, 200}))
        return;
    succeed([this] { emit succeeded(); });
}
