#include "net/UserGroupsJob.h"

#include <QNetworkAccessManager>

UserGroupsJob::UserGroupsJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{}

QNetworkReply *UserGroupsJob::sendRequest()
{
    return network()->get(backOfficeRequest(QStringLiteral("/rest/user_group/")));
}

void UserGroupsJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QString why;
    const auto groups = UserGroup::listFromJson(answer.body, &why);
    if (!groups) {
        failMalformed(answer, why);
        return;
    }
    succeed([this, &groups] { emit succeeded(*groups); });
}
