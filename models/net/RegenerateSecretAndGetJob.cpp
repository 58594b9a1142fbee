#include "net/RegenerateSecretAndGetJob.h"

RegenerateSecretAndGetJob::RegenerateSecretAndGetJob(PimSession *session, const QString &code,
                                                     QObject *parent)
    : NetworkJob(session, parent)
    , m_code(code)
{
    setRoute(Verb::Post, connectionPath(code, QStringLiteral("/regenerate-secret")));
    setResult({200}, &ConnectionDetails::fromJson, &RegenerateSecretAndGetJob::succeeded);
}

void RegenerateSecretAndGetJob::handleAnswer(const HttpAnswer &answer)
{
    if (m_regenerated) {
        NetworkJob::handleAnswer(answer); // the GET: the connection with its new secret
        return;
    }
    if (!expectStatus(answer, {204, 200}))
        return;
    m_regenerated = true;
    setRoute(Verb::Get, connectionPath(m_code));
    sendNextStep();
}
