#include "net/CreateConnectionJob.h"

CreateConnectionJob::CreateConnectionJob(PimSession *session, const QString &code,
                                         const QString &label, FlowType flowType, QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Post, QStringLiteral("/rest/connections"));
    setJsonBody(QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("label"), label},
        {QStringLiteral("flow_type"), FlowTypes::toApi(flowType)},
    });
    setResult({201, 200}, &ConnectionDetails::fromJson, &CreateConnectionJob::succeeded);
}
