// The reference program of the start-up benchmark: a QMainWindow as bare as can be, shown the
// same way the app shows its window, printing "first-paint" on its first painted frame and
// quitting. See StartupBench.cpp.
#include "PeakMemory.h"    // app/, header-only: nothing of the app is linked
#include "StartupPhases.h" // app/, header-only too

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QWidget>

#include <cstdio>

namespace {

class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            StartupPhases::mark("paint");
            StartupPhases::print();
            // Its own peak memory, as the app prints it (app/FirstPaintProbe.h).
            std::printf("first-paint 0 %lld\n", static_cast<long long>(peakResidentKiB()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    StartupPhases::mark("main");
    QApplication app(argc, argv);
    StartupPhases::mark("qapplication");
    QMainWindow window;
    auto *central = new QWidget(&window);
    window.setCentralWidget(central);
    window.resize(1100, 760);
    FirstPaintExit watcher;
    central->installEventFilter(&watcher);
    window.show();
    return app.exec();
}
