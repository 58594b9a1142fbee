#include "widgets/WrappingLabel.h"

#include <QEvent>

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::Inputs WrappingLabel::inputs() const
{
    return {text(),
            textFormat(),
            font(),
            logicalDpiY(),
            contentsMargins(),
            frameWidth(),
            margin(),
            indent(),
            alignment(),
            layoutDirection(),
            wordWrap(),
            textInteractionFlags()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Inputs now = inputs();
    if (!(now == m_inputs)) {
        m_inputs = std::move(now);
        m_heights.fill(Height());
        m_next = 0;
    }
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappingLabel::setSelectableFromPointer(Qt::TextInteractionFlags flags)
{
    m_fromPointer = flags;
    if (underMouse())
        setTextInteractionFlags(flags);
}

bool WrappingLabel::event(QEvent *event)
{
    if (event->type() == QEvent::Enter && m_fromPointer != Qt::NoTextInteraction)
        setTextInteractionFlags(m_fromPointer);
    return QLabel::event(event);
}
