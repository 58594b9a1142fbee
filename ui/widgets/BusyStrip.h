#pragma once

#include <QTimer>
#include <QWidget>

// The thin line under a page's header. While something runs in the background (a refresh, a
// save), a short segment glides along it: a quiet progress indicator that never takes the
// focus nor blocks anything (never a modal). Idle, it is a hairline separator.
// Screen readers get "Busy" / "" as its accessible description.
class BusyStrip : public QWidget
{
    Q_OBJECT

public:
    explicit BusyStrip(QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_busy = false;
    int m_phase = 0; // 0..999, the segment's position
    QTimer m_timer;
};
