#pragma once

#include "domain/ApiError.h"
#include "net/NetworkJob.h"
#include "workspace/PimClient.h"
#include "net/PimSession.h"

// Every job PimClient makes, so that a test can run any of them.
#include "net/CreateConnectionJob.h"
#include "net/DeleteConnectionJob.h"
#include "net/DownloadImageJob.h"
#include "net/GetConnectionJob.h"
#include "net/ListConnectionsJob.h"
#include "net/MaxLimitReachedJob.h"
#include "net/RegeneratePasswordJob.h"
#include "net/RegenerateSecretAndGetJob.h"
#include "net/TestCredentialsJob.h"
#include "net/UpdateConnectionJob.h"
#include "net/UploadImageJob.h"
#include "net/UserGroupsJob.h"
#include "net/UserRolesJob.h"
#include "net/WrongCredentialsJob.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <type_traits>
#include <utility>

// Running the real jobs of models/net to their end, for tests (tests may wait; the app never
// does). Every job ends by itself (its own timeout); WaitMs only guards against a job that
// would never end, which is itself a failure.
namespace E2e {

inline constexpr int WaitMs = 90000;

// "Validation (HTTP 422): <message>", for failure messages.
inline QString describe(const ApiError &error)
{
    if (!error.isError())
        return QStringLiteral("success");
    return ApiError::kindName(error.kind) + QStringLiteral(" (HTTP ") +
           QString::number(error.httpStatus) + QStringLiteral("): ") + error.message();
}

// Starts the job and waits for finished(); returns its outcome (Kind::None on success).
inline ApiError run(NetworkJob *job)
{
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    if (!finished.wait(WaitMs)) {
        job->cancel();
        return ApiError::make(
            ApiError::Kind::Timeout, 0,
            QStringLiteral("e2e: the job did not end within %1 s").arg(WaitMs / 1000));
    }
    return qvariant_cast<ApiError>(finished.constFirst().constFirst());
}

// Starts the job, hands its typed result to `onSuccess` and waits for its end.
template<typename Job, typename... Args, typename Receiver>
ApiError run(Job *job, void (Job::*succeeded)(Args...), Receiver &&onSuccess)
{
    QObject::connect(job, succeeded, job, std::forward<Receiver>(onSuccess));
    return run(job);
}

template<typename T> struct Outcome
{
    ApiError error;
    T value{};
    bool ok() const { return !error.isError(); }
};

// For jobs whose succeeded() carries one value: the value and the outcome.
template<typename Job, typename Arg>
Outcome<std::decay_t<Arg>> call(Job *job, void (Job::*succeeded)(Arg))
{
    Outcome<std::decay_t<Arg>> out;
    out.error = run(job, succeeded, [&out](Arg value) { out.value = value; });
    return out;
}

// Signs the session in and waits; returns why it failed, or Kind::None.
inline ApiError signIn(PimSession *session)
{
    QSignalSpy signedIn(session, &PimSession::signedIn);
    QSignalSpy failed(session, &PimSession::signInFailed);
    session->signIn();
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, WaitMs))
        return ApiError::make(ApiError::Kind::Timeout, 0,
                              QStringLiteral("e2e: signing in did not end"));
    return failed.isEmpty() ? ApiError()
                            : qvariant_cast<ApiError>(failed.constFirst().constFirst());
}

} // namespace E2e

// QVERIFY that an ApiError is a success, saying what it is otherwise.
#define E2E_VERIFY_OK(error)                                                                       \
    do {                                                                                           \
        const ApiError e2eError_ = (error);                                                        \
        QVERIFY2(!e2eError_.isError(), qPrintable(E2e::describe(e2eError_)));                      \
    } while (false)

// QCOMPARE of an ApiError's kind, saying what the error is when it differs.
#define E2E_COMPARE_KIND(error, expectedKind)                                                      \
    do {                                                                                           \
        const ApiError e2eError_ = (error);                                                        \
        QVERIFY2(e2eError_.kind == (expectedKind), qPrintable(E2e::describe(e2eError_)));          \
    } while (false)
