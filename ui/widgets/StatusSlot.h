#pragma once

#include <QVBoxLayout>

// The place under a page's header for the bars the window's pages share (offline, messages):
// only the page's side margins while empty; once given the bars, a little space above them.
class StatusSlot : public QVBoxLayout
{
    Q_OBJECT

public:
    explicit StatusSlot(int sideMargin);

    // Moves `area` here (from the other page); nothing for null.
    void place(QWidget *area);

private:
    int m_sideMargin;
};
