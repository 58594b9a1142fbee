#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class OverviewPage;

// The hook of the start-up benchmark (bench/): with PIM_CONNECTIONS_FIRST_PAINT_EXIT=1
// in the environment, the first time the overview paints its tiles (a section's grid with rows),
// each tile on screen with its logo when the app has that logo or has it coming (not a
// placeholder standing in for a logo still being decoded), or the empty state (no connection
// cached, or no PIM known yet), the app prints one line
// "first-paint <ms since process start> <peak resident KiB>" to stdout and quits with status 0.
// Before it, a line "phases <name>=<ns>..." (StartupPhases.h) tells when the start reached
// main(), QApplication, the stores (set-up), the window built, the offline copy applied
// (snapshot), the counted paint and its end (painted).
// The peak is this process's VmHWM so far (0 where /proc/self/status has none): the launcher's
// wait4() figure would also count the launcher's own memory, which posix_spawn() shares with
// the child until exec. Nothing at all happens without that variable.
//
// The process start is read from /proc/self/stat (starttime) where there is one; elsewhere it
// is the moment markApplicationStart() was called (right after QApplication is built).
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Call right after constructing the QApplication (the fallback clock).
    static void markApplicationStart();
    // Milliseconds since the process started (see above).
    static qint64 msSinceProcessStart();
    // Watches this page's grids and empty state; the probe is a child of the page.
    static void install(OverviewPage *overview);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(OverviewPage *overview);
    bool showsWhatCounts(QObject *watched) const;
    void report();

    OverviewPage *m_overview;
    bool m_done = false;
};
