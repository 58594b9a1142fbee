#include "net/MaxLimitReachedJob.h"

#include "domain/ShortAnswers.h"

MaxLimitReachedJob::MaxLimitReachedJob(PimSession *session, QObject *parent)
    : NetworkJob(session, parent)
{
    // Needs X-Requested-With, else a real PIM answers 302 to "/": PimNetworkAccessManager.
    setRoute(Verb::Get, QStringLiteral("/rest/connections/max-limit-reached"));
    setResult({200}, &ShortAnswers::limitReached, &MaxLimitReachedJob::succeeded);
}
