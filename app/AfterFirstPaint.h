#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QWidget;

// Calls a function once a widget has painted for the first time, `delay` after that paint; or
// after `most` when it has not painted by then (a window that starts minimized). Once only;
// deletes itself after.
class AfterFirstPaint : public QObject
{
public:
    static void call(QWidget *widget, std::chrono::milliseconds delay,
                     std::chrono::milliseconds most, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::chrono::milliseconds delay, std::function<void()> then);
    void fire();

    std::chrono::milliseconds m_delay;
    std::function<void()> m_then;
    bool m_painted = false;
};
