#include "widgets/StatusSlot.h"

StatusSlot::StatusSlot(int sideMargin)
    : m_sideMargin(sideMargin)
{
    setContentsMargins(sideMargin, 0, sideMargin, 0);
}

void StatusSlot::place(QWidget *area)
{
    if (!area)
        return;
    addWidget(area);
    setContentsMargins(m_sideMargin, 10, m_sideMargin, 0);
}
