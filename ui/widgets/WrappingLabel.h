#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QString>

#include <array>

// A QLabel whose text wraps (word wrap on), that remembers the heights it has worked out for the
// last few widths. Qt's layouts ask a wrapped label its height for the same widths again and
// again (each item's own cache is emptied at every invalidation of the layout, as the window
// fills), and QLabel lays its text out anew each time: the count sentence of the overview was
// laid out 13 times for 4 widths before the first frame (bench/README.md, round 8). The heights
// are forgotten when anything they depend on changes: the text, its format, the font and the
// screen's dots per inch, the margins and the frame, the indent, the alignment, the layout
// direction, the interaction flags (a selectable text is laid out as a document).
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

    // Makes the text selectable with `flags` (QLabel::setTextInteractionFlags()) from the first
    // time the pointer enters the label. Until then the label is laid out and drawn as plain
    // text: QLabel keeps a selectable text as a document, laid out several times over for each
    // size hint, which was 13 of the 149 million instructions of the GUI thread's start
    // (callgrind; the message bar and the count sentence, bench/README.md, round 9). Nothing is
    // lost: a selection begins with the pointer, and selecting by keyboard needs a click into
    // the text first (QLabel gives such a label click focus only).
    void setSelectableFromPointer(Qt::TextInteractionFlags flags);

protected:
    bool event(QEvent *event) override;

private:
    // What a height depends on besides the width.
    struct Inputs
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        QFont font;
        int dpi = 0;
        QMargins margins;
        int frame = 0;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool wordWrap = true;
        Qt::TextInteractionFlags interaction;
        bool operator==(const Inputs &other) const = default;
    };
    Inputs inputs() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable Inputs m_inputs;
    mutable std::array<Height, 4> m_heights; // the last widths asked, the oldest replaced first
    mutable std::size_t m_next = 0;
    Qt::TextInteractionFlags m_fromPointer = Qt::NoTextInteraction;
};
