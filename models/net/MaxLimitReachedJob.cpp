#include "net/MaxLimitReachedJob.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

MaxLimitReachedJob::MaxLimitReachedJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{}

QNetworkReply *MaxLimitReachedJob::sendRequest()
{
    // Needs X-Requested-With, else a real PIM answers 302 to "/": PimNetworkAccessManager.
    return network()->get(backOfficeRequest(QStringLiteral("/rest/connections/max-limit-reached")));
}

void MaxLimitReachedJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QJsonValue root;
    QString why;
    if (!JsonRead::parse(answer.body, &root, &why)) {
        failMalformed(answer, why);
        return;
    }
    const QJsonValue value = root.toObject().value(QStringLiteral("limitReached"));
    if (!value.isBool()) {
        failMalformed(answer, QCoreApplication::translate("MaxLimitReachedJob",
                                                          "\"limitReached\" is not a boolean"));
        return;
    }
    succeed([this, &value] { emit succeeded(value.toBool()); });
}
