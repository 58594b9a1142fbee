#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

void AfterFirstPaint::call(QWidget *widget, std::chrono::milliseconds delay,
                           std::chrono::milliseconds most, std::function<void()> then)
{
    auto *watcher = new AfterFirstPaint(widget, delay, std::move(then));
    QTimer::singleShot(most, watcher, &AfterFirstPaint::fire);
}

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::chrono::milliseconds delay,
                                 std::function<void()> then)
    : QObject(widget)
    , m_delay(delay)
    , m_then(std::move(then))
{
    widget->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        watched->removeEventFilter(this);
        // After the paint, not from inside it.
        QTimer::singleShot(m_delay, this, &AfterFirstPaint::fire);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::fire()
{
    if (!m_then)
        return;
    std::exchange(m_then, {})();
    deleteLater();
}
