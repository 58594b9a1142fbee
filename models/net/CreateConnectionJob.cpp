#include "net/CreateConnectionJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

CreateConnectionJob::CreateConnectionJob(PimSession *session, const QString &code,
                                         const QString &label, FlowType flowType, QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
    , m_label(label)
    , m_flowType(flowType)
{}

QByteArray CreateConnectionJob::body() const
{
    const QJsonObject object{
        {QStringLiteral("code"), m_code},
        {QStringLiteral("label"), m_label},
        {QStringLiteral("flow_type"), FlowTypes::toApi(m_flowType)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QNetworkReply *CreateConnectionJob::sendRequest()
{
    QNetworkRequest request = backOfficeRequest(QStringLiteral("/rest/connections"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return network()->post(request, body());
}

void CreateConnectionJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {201, 200}))
        return;
    QString why;
    const auto details = ConnectionDetails::fromJson(answer.body, &why);
    if (!details) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &details] { emit succeeded(*details); });
}
