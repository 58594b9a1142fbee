#include "net/WrongCredentialsJob.h"

#include <QNetworkAccessManager>

WrongCredentialsJob::WrongCredentialsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{}

QNetworkReply *WrongCredentialsJob::sendRequest()
{
    return network()->get(
        backOfficeRequest(QStringLiteral("/rest/connections/wrong-credentials-combination")));
}

void WrongCredentialsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto result = WrongCredentials::fromJson(answer.body, &why);
    if (!result) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &result] { emit succeeded(*result); });
}
