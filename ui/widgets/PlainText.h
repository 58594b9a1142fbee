#pragma once

#include <QString>

// Text from the PIM shown as it is, never as markup.
namespace PlainText {

// For a tooltip (QToolTip::showText, Qt::ToolTipRole): Qt shows a tooltip as rich text when it
// looks like markup (Qt::mightBeRichText), so a label "<b>x</b>" or "<img src=...>" would be
// interpreted. This returns the rich text that shows `text` exactly (line breaks kept).
QString toolTip(const QString &text);

} // namespace PlainText
