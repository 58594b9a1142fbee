#include "widgets/PlainText.h"

#include <QTextDocument>

namespace PlainText {

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // an empty tooltip hides it
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace PlainText
