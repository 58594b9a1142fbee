#include "net/RegeneratePasswordJob.h"

#include "domain/ShortAnswers.h"

RegeneratePasswordJob::RegeneratePasswordJob(PimSession *session, const QString &code,
                                             QObject *parent)
    : NetworkJob(session, parent)
{
    setRoute(Verb::Post, connectionPath(code, QStringLiteral("/regenerate-password")));
    setResult({200}, &ShortAnswers::newPassword, &RegeneratePasswordJob::succeeded);
}
