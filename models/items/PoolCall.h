#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <type_traits>
#include <utility>

// Runs work() on the global thread pool, then done(result) in the GUI thread, unless receiver
// was destroyed by then. One posted event per call: a QFutureWatcher posts one for each state
// the future goes through (about nine per decode during a sync, 4 ms of the GUI thread's 18 in
// pim-bench-sync).
//
// The result is posted to the application object, which outlives every pool task (its
// destructor waits for the global pool), and the receiver is checked there, in the GUI thread:
// nothing in the pool touches the receiver, which may be deleted at any time. A higher
// priority runs first among the tasks waiting in the pool.
namespace PoolCall {

template<typename Work, typename Done>
void run(QObject *receiver, Work work, Done done, int priority = 0)
{
    Q_ASSERT(receiver && receiver->thread() == QCoreApplication::instance()->thread());
    using Result = std::invoke_result_t<Work &>;
    QThreadPool::globalInstance()->start(
        [guard = QPointer<QObject>(receiver), work = std::move(work),
         done = std::move(done)]() mutable {
            Result result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard = std::move(guard), done = std::move(done),
                 result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        priority);
}

} // namespace PoolCall
