#include "net/RegeneratePasswordJob.h"

#include "domain/JsonRead.h"
#include "net/PimSession.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

RegeneratePasswordJob::RegeneratePasswordJob(PimSession *session, const QString &code,
                                             QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{}

QString RegeneratePasswordJob::describe() const
{
    return QStringLiteral("POST /rest/connections/%1/regenerate-password").arg(m_code);
}

QNetworkReply *RegeneratePasswordJob::sendRequest()
{
    return network()->post(backOfficeRequest(QStringLiteral("/rest/connections/") +
                                             PimSession::encodeSegment(m_code) +
                                             QStringLiteral("/regenerate-password")),
                           QByteArray());
}

void RegeneratePasswordJob::handleAnswer(const HttpAnswer &answer)
{
    if (!expectStatus(answer, {200}))
        return;
    QJsonValue root;
    QString why;
    QString password;
    if (!JsonRead::parse(answer.body, &root, &why) ||
        !JsonRead::requiredString(root.toObject(), QStringLiteral("password"), &password, &why)) {
        failMalformed(answer, why);
        return;
    }
    if (password.isEmpty()) {
        failMalformed(answer, QCoreApplication::translate("RegeneratePasswordJob",
                                                          "the new password is empty"));
        return;
    }
    succeed([this, &password] { emit succeeded(password); });
}
