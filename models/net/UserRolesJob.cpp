#include "net/UserRolesJob.h"

#include <QNetworkAccessManager>

UserRolesJob::UserRolesJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{}

QNetworkReply *UserRolesJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/user_role/")));
}

void UserRolesJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto roles = UserRole::listFromJson(answer.body, &why);
    if (!roles) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &roles] { emit succeeded(*roles); });
}
