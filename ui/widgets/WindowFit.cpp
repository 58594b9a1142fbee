#include "widgets/WindowFit.h"

#include <QLayout>
#include <QWidget>

namespace WindowFit {

void keepContentsVisible(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int needed = layout->totalHeightForWidth(window->width());
    if (needed <= 0)
        return;
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace WindowFit
